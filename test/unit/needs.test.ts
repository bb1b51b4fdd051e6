import type { Need, NeedStatus } from '../../types/domain';
import {
  applyCommand,
  availableCommands,
  listedStatuses,
  NEED_COMMANDS,
  newlyAssigned,
  refusalOf,
  type NeedCommand,
} from '../../cloudfunctions/api/src/domain/needs';

const STATUSES: NeedStatus[] = ['submitted', 'accepted', 'declined', 'withdrawn', 'in_service', 'resolved', 'closed'];

/** The whole lifecycle as the issue states it: the one status each step starts from. */
const ALLOWED: Record<NeedCommand, NeedStatus[]> = {
  accept: ['submitted'],
  decline: ['submitted'],
  withdraw: ['submitted'],
  assign: ['accepted', 'in_service'],
  serve: ['accepted'],
  proposeResolution: ['in_service'],
  resolve: ['in_service'],
  evaluate: ['resolved'],
};

const need = (status: NeedStatus, extra: Partial<Need> = {}): Need => ({
  _id: 'n1',
  stationId: 's1',
  societyId: 'soc',
  stationName: '站',
  demandUnitName: '单位',
  title: '标题',
  description: '描述',
  industry: 'aluminium',
  serviceType: 'consulting',
  expectedOutcome: '成果',
  urgency: 'normal',
  desiredDate: '',
  attachments: [],
  status,
  submittedBy: 'u1',
  onBehalf: false,
  year: 2026,
  assignedExperts: [],
  history: [{ kind: 'submitted', at: '2026-01-01T00:00:00.000Z', by: 'u1', role: 'demand_unit' }],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});

describe('the need lifecycle', () => {
  const cases = NEED_COMMANDS.flatMap((command) => STATUSES.map((status) => [command, status] as const));

  it.each(cases)('%s from %s follows the table', (command, status) => {
    const refusal = refusalOf(need(status), command);
    if (ALLOWED[command].includes(status)) expect(refusal).toBeNull();
    else expect(refusal).toMatch(/不能/);
  });

  it('moves status and appends who, when and why to the history', () => {
    const changes = applyCommand(need('submitted'), 'decline', {
      at: '2026-02-01T00:00:00.000Z',
      by: 'head',
      role: 'station_head',
      reason: '不在服务范围',
    });
    expect(changes.status).toBe('declined');
    expect(changes.history?.at(-1)).toEqual({
      kind: 'declined',
      at: '2026-02-01T00:00:00.000Z',
      by: 'head',
      role: 'station_head',
      reason: '不在服务范围',
    });
  });

  it('keeps the status on an assignment and on a proposal, and refuses a second proposal', () => {
    const assigned = applyCommand(need('accepted', { assignedExperts: ['e1'] }), 'assign', {
      at: 't',
      by: 'head',
      role: 'station_head',
      experts: ['e1', 'e2'],
    });
    expect(assigned.status).toBeUndefined();
    expect(assigned.assignedExperts).toEqual(['e1', 'e2']);
    expect(newlyAssigned(['e1'], ['e1', 'e2'])).toEqual(['e2']);
    const proposed = applyCommand(need('in_service'), 'proposeResolution', {
      at: 't',
      by: 'head',
      role: 'station_head',
    });
    expect(proposed).toMatchObject({ resolutionProposedAt: 't' });
    expect(refusalOf(need('in_service', { resolutionProposedAt: 't' }), 'proposeResolution')).toMatch(/等待/);
  });

  it('offers each party only its own steps', () => {
    expect(availableCommands(need('submitted'), ['unit'])).toEqual(['withdraw']);
    expect(availableCommands(need('submitted'), ['manager'])).toEqual(['accept', 'decline']);
    expect(availableCommands(need('in_service'), ['manager', 'unit'])).toEqual([
      'assign',
      'proposeResolution',
      'resolve',
    ]);
    expect(availableCommands(need('accepted'), [])).toEqual([]);
  });

  it('lists for an expert only what the station took on', () => {
    const expert = ['accepted', 'in_service', 'resolved', 'closed'] as const;
    expect(listedStatuses(undefined, null)).toBeUndefined();
    expect(listedStatuses([], null)).toBeUndefined();
    expect(listedStatuses(['submitted'], null)).toEqual(['submitted']);
    expect(listedStatuses(['submitted', 'accepted'], null)).toEqual(['submitted', 'accepted']);
    expect(listedStatuses(undefined, expert)).toEqual([...expert]);
    expect(listedStatuses([], expert)).toEqual([...expert]);
    expect(listedStatuses(['submitted'], expert)).toEqual([]);
    expect(listedStatuses(['closed'], expert)).toEqual(['closed']);
    expect(listedStatuses(['submitted', 'accepted', 'in_service'], expert)).toEqual(['accepted', 'in_service']);
  });
});
