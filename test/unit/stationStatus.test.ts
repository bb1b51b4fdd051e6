import {
  agreementState,
  endedYearOf,
  isFinal,
  operatedDuring,
  reminderHorizon,
  STATUS_COMMANDS,
  statusAfterCommand,
  statusRefusal,
  type StatusCommand,
} from '../../cloudfunctions/api/src/domain/stationStatus';
import { STATION_STATUSES, type StationStatus } from '../../types/catalogue';
import type { Station } from '../../types/domain';

const at = (status: StationStatus) => ({ status });

describe('the station lifecycle', () => {
  it('allows exactly the table’s transitions', () => {
    const allowed: Record<StatusCommand, StationStatus[]> = {
      suspend: ['operating'],
      resume: ['suspended'],
      revoke: ['operating', 'suspended'],
      close: ['operating', 'suspended'],
    };
    for (const command of STATUS_COMMANDS) {
      for (const status of STATION_STATUSES) {
        expect([command, status, statusRefusal(at(status), command) === null]).toEqual([
          command,
          status,
          allowed[command].includes(status),
        ]);
      }
    }
    expect(statusAfterCommand('suspend')).toBe('suspended');
    expect(statusAfterCommand('resume')).toBe('operating');
    expect(statusAfterCommand('revoke')).toBe('revoked');
    expect(statusAfterCommand('close')).toBe('closed');
  });

  it('says why in words, naming the status now', () => {
    expect(statusRefusal(at('revoked'), 'resume')).toBe('该工作站当前为「已撤销」，不能恢复运行');
    expect(statusRefusal(at('operating'), 'resume')).toBe('该工作站当前为「运行中」，不能恢复运行');
    expect(statusRefusal(at('closed'), 'revoke')).toBe('该工作站当前为「已撤并」，不能撤销');
  });

  it('keeps revoked and closed final', () => {
    expect(STATION_STATUSES.filter(isFinal)).toEqual(['revoked', 'closed']);
  });

  it('ends a station in the Shanghai year of the decision', () => {
    expect(endedYearOf('2026-12-31T15:59:59Z')).toBe(2026);
    expect(endedYearOf('2026-12-31T16:00:00Z')).toBe(2027);
  });
});

describe('the years a station operated', () => {
  const station = (fields: Partial<Station>) => ({
    status: 'operating' as StationStatus,
    createdAt: '2025-06-01T02:00:00Z',
    ...fields,
  });

  it('starts with the recognition date, else the Shanghai date it was registered', () => {
    expect(operatedDuring(station({ recognition: { documentNumber: 'x', recognisedOn: '2025-12-31' } }), 2025)).toBe(
      true,
    );
    expect(operatedDuring(station({ recognition: { documentNumber: 'x', recognisedOn: '2026-01-01' } }), 2025)).toBe(
      false,
    );
    // 16:30 UTC on 31 December is already 1 January in Guiyang.
    expect(operatedDuring(station({ createdAt: '2025-12-31T16:30:00Z' }), 2025)).toBe(false);
    expect(operatedDuring(station({ createdAt: '2025-12-31T15:30:00Z' }), 2025)).toBe(true);
    expect(operatedDuring(station({}), 2024)).toBe(false);
  });

  it('keeps a suspended station in every year since', () => {
    expect(operatedDuring(station({ status: 'suspended' }), 2030)).toBe(true);
  });

  it('keeps a revoked or closed station up to the year it ended, and not after', () => {
    for (const status of ['revoked', 'closed'] as const) {
      expect(operatedDuring(station({ status, endedYear: 2026 }), 2025)).toBe(true);
      expect(operatedDuring(station({ status, endedYear: 2026 }), 2026)).toBe(true);
      expect(operatedDuring(station({ status, endedYear: 2026 }), 2027)).toBe(false);
    }
  });
});

describe('the agreement’s end', () => {
  // 2026-03-01 09:00 in Guiyang.
  const now = new Date('2026-03-01T01:00:00Z');

  it('counts the last day as still in force', () => {
    expect(agreementState('2026-03-01', now)).toEqual({ ended: false, endsInDays: 0 });
    expect(agreementState('2026-02-28', now)).toEqual({ ended: true, endsInDays: null });
  });

  it('counts the days only within the 60-day window', () => {
    expect(agreementState('2026-04-30', now)).toEqual({ ended: false, endsInDays: 60 });
    expect(agreementState('2026-05-01', now)).toEqual({ ended: false, endsInDays: null });
    expect(reminderHorizon(now)).toBe('2026-04-30');
  });

  it('reads today in Asia/Shanghai, not UTC', () => {
    // 2026-02-28 23:30 UTC is already 1 March in Guiyang.
    expect(agreementState('2026-02-28', new Date('2026-02-28T23:30:00Z')).ended).toBe(true);
    expect(agreementState('2026-02-28', new Date('2026-02-28T15:30:00Z')).ended).toBe(false);
  });
});
