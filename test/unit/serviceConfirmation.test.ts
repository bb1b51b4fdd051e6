import type { Need, NeedStatus, Station, UserProfile, Visit } from '../../types/domain';
import {
  confirmationPeople,
  hasConfirmation,
  serviceConfirmation,
  type ConfirmationRecords,
} from '../../cloudfunctions/api/src/domain/serviceConfirmation';
import {
  CONFIRMATION_HEADINGS,
  CONFIRMATION_STATEMENT,
  CONFIRMATION_TITLE,
  renderServiceConfirmation,
} from '../../cloudfunctions/api/src/documents/serviceConfirmation';
import { readWord, tableStarting } from '../support/wordReadBack';

const shanghai = (local: string) => new Date(`${local}+08:00`).toISOString();

const need = (status: NeedStatus = 'resolved', extra: Partial<Need> = {}): Need => ({
  _id: 'n1',
  stationId: 'st1',
  societyId: 'soc1',
  stationName: '旧站名',
  demandUnitName: '贵州华铝新材料有限公司',
  title: '熔铸气孔问题诊断',
  description: '铸锭气孔率超标',
  industry: 'aluminium',
  serviceType: 'joint_tackling',
  expectedOutcome: '气孔率降到 0.5% 以下',
  urgency: 'normal',
  desiredDate: '',
  attachments: [],
  status,
  submittedBy: 'unit-1',
  onBehalf: false,
  year: 2026,
  assignedExperts: ['expert-a', 'expert-b'],
  history: [
    { kind: 'submitted', at: shanghai('2026-03-01T09:00:00'), by: 'unit-1', role: 'demand_unit' },
    { kind: 'accepted', at: shanghai('2026-03-02T09:00:00'), by: 'head-1', role: 'station_head' },
    { kind: 'in_service', at: shanghai('2026-03-05T09:00:00'), by: 'system', role: 'system' },
    {
      kind: 'resolution_proposed',
      at: shanghai('2026-04-01T10:00:00'),
      by: 'head-1',
      role: 'station_head',
      reason: '气孔率已降至 0.4%',
    },
    { kind: 'resolved', at: shanghai('2026-04-02T15:30:00'), by: 'unit-2', role: 'demand_unit', reason: '确认有效' },
  ],
  createdAt: shanghai('2026-03-01T09:00:00'),
  updatedAt: shanghai('2026-04-02T15:30:00'),
  ...extra,
});

const station = { _id: 'st1', name: '华铝工作站', societyName: '旧学会名', headOpenid: 'head-1' } as Station;

function visit(id: string, expert: string, at: string, minutes: number, extra: Partial<Visit> = {}): Visit {
  return {
    _id: id,
    stationId: 'st1',
    societyId: 'soc1',
    stationName: '华铝工作站',
    needId: 'n1',
    needTitle: '熔铸气孔问题诊断',
    expertOpenid: expert,
    expertName: `快照${expert}`,
    serviceType: 'joint_tackling',
    status: 'confirmed',
    checkIn: { at: shanghai(at), receivedAt: shanghai(at), late: false, proof: 'location', photos: [] },
    checkOut: {
      at: shanghai(at),
      receivedAt: shanghai(at),
      late: false,
      summary: `${id} 的服务内容`,
      outcomes: id === 'v1' ? '出具除气工艺方案' : '',
      photos: [],
      attachments: [],
    },
    durationMinutes: minutes,
    year: 2026,
    month: 3,
    outOfProvince: false,
    createdAt: shanghai(at),
    updatedAt: shanghai(at),
    ...extra,
  };
}

const profile = (id: string, name: string, workUnit = '', title = '') =>
  [id, { _id: id, name, workUnit, title } as UserProfile] as const;

const records = (overrides: Partial<ConfirmationRecords> = {}): ConfirmationRecords => ({
  need: need(),
  station,
  society: { _id: 'soc1', name: '中国有色金属学会' } as ConfirmationRecords['society'],
  // Out of order, as a query might give them.
  visits: [
    visit('v3', 'expert-a', '2026-03-20T09:00:00', 30),
    visit('v1', 'expert-a', '2026-03-05T09:00:00', 120, {
      rating: {
        responsiveness: 5,
        professionalism: 4,
        effect: 5,
        comment: '很专业',
        by: 'unit-1',
        firstAt: shanghai('2026-03-06T09:00:00'),
        at: shanghai('2026-03-06T09:00:00'),
      },
    }),
    visit('v2', 'expert-b', '2026-03-10T14:00:00', 90),
  ],
  profiles: new Map([
    profile('unit-1', '刘洋'),
    profile('unit-2', '王敏'),
    profile('head-1', '张伟'),
    profile('expert-a', '陈静', '中南大学', '教授'),
    profile('expert-b', '赵磊', '贵州大学', '高级工程师'),
  ]),
  ...overrides,
});

describe('hasConfirmation', () => {
  it('is true once the unit confirmed the need resolved, and after it closed it', () => {
    const statuses: NeedStatus[] = [
      'submitted',
      'accepted',
      'declined',
      'withdrawn',
      'in_service',
      'resolved',
      'closed',
    ];
    expect(statuses.filter((status) => hasConfirmation({ status }))).toEqual(['resolved', 'closed']);
  });
});

describe('confirmationPeople', () => {
  it('names everyone once, without the service itself', () => {
    const { need: n, visits } = records();
    expect(confirmationPeople(n, station, visits).sort()).toEqual([
      'expert-a',
      'expert-b',
      'head-1',
      'unit-1',
      'unit-2',
    ]);
  });
});

describe('serviceConfirmation', () => {
  it('lists the visits oldest first with what was done and the unit’s rating, and sums the minutes', () => {
    const c = serviceConfirmation(records());
    expect(c.visits.map((v) => v.id)).toEqual(['v1', 'v2', 'v3']);
    expect(c.visits[0]).toMatchObject({
      expertName: '陈静',
      durationMinutes: 120,
      summary: 'v1 的服务内容',
      outcomes: '出具除气工艺方案',
      rating: { responsiveness: 5, professionalism: 4, effect: 5, comment: '很专业', byName: '刘洋' },
    });
    expect(c.visits[1].rating).toBeNull();
    expect(c.totalMinutes).toBe(240);
  });

  it('lists each expert once, in the order they first served, with unit and title from the profile', () => {
    expect(serviceConfirmation(records()).experts).toEqual([
      { openid: 'expert-a', name: '陈静', workUnit: '中南大学', title: '教授', visits: 2, minutes: 150 },
      { openid: 'expert-b', name: '赵磊', workUnit: '贵州大学', title: '高级工程师', visits: 1, minutes: 90 },
    ]);
  });

  it('takes the outcome from the head’s proposal and the unit’s confirmation on the timeline', () => {
    const c = serviceConfirmation(records());
    expect(c.outcome).toEqual({
      proposedAt: shanghai('2026-04-01T10:00:00'),
      proposedByName: '张伟',
      proposal: '气孔率已降至 0.4%',
      confirmedAt: shanghai('2026-04-02T15:30:00'),
      confirmedByName: '王敏',
      confirmation: '确认有效',
    });
    expect(c).toMatchObject({
      stationName: '华铝工作站',
      societyName: '中国有色金属学会',
      demandUnitName: '贵州华铝新材料有限公司',
      stationHeadName: '张伟',
      submittedByName: '刘洋',
    });
  });

  it('says so when the unit confirmed without a proposal, and uses the station’s copy of a society gone', () => {
    const history = need().history.filter((event) => event.kind !== 'resolution_proposed');
    const c = serviceConfirmation(records({ need: need('resolved', { history }), society: null }));
    expect(c.outcome).toMatchObject({ proposedAt: null, proposedByName: '', proposal: '', confirmedByName: '王敏' });
    expect(c.societyName).toBe('旧学会名');
  });

  it('carries the closing evaluation of a closed need, and falls back to the visit’s name for an expert without a profile', () => {
    const evaluation = { rating: 4, comment: '满意', by: 'unit-1', at: shanghai('2026-04-05T09:00:00') };
    const c = serviceConfirmation(records({ need: need('closed', { evaluation }), profiles: new Map() }));
    expect(c.evaluation).toEqual({ rating: 4, comment: '满意', at: evaluation.at, byName: '（未填写姓名）' });
    expect(c.experts.map((e) => e.name)).toEqual(['快照expert-a', '快照expert-b']);
  });
});

describe('renderServiceConfirmation', () => {
  it('prints the need, each visit, the experts, the outcome, the ratings and the blocks to sign', async () => {
    const c = serviceConfirmation(records());
    const word = await readWord(await renderServiceConfirmation(c, { generatedAt: new Date('2026-04-09T18:00:00Z') }));
    expect(word.lines).toContain(CONFIRMATION_TITLE);
    for (const heading of Object.values(CONFIRMATION_HEADINGS)) expect(word.lines).toContain(heading);
    expect(word.tables[0][0]).toEqual(['需求名称', c.title]);
    const visits = tableStarting(word.tables, '序号');
    expect(visits.slice(1).map((row) => [row[0], row[2], row[4], row[5]])).toEqual([
      ['1', '陈静', '120', 'v1 的服务内容\n成果：出具除气工艺方案'],
      ['2', '赵磊', '90', 'v2 的服务内容'],
      ['3', '陈静', '30', 'v3 的服务内容'],
    ]);
    expect(visits[1][1]).toBe('2026-03-05 09:00\n定位签到');
    const experts = word.tables.find((table) => table[0].includes('工作单位'))!;
    expect(experts.slice(1)).toEqual([
      ['1', '陈静', '中南大学', '教授', '2', '150'],
      ['2', '赵磊', '贵州大学', '高级工程师', '1', '90'],
    ]);
    expect(word.text).toContain('气孔率已降至 0.4%');
    expect(word.text).toContain('张伟（2026-04-01 10:00）');
    const ratings = word.tables.find((table) => table[0].includes('响应速度'))!;
    expect(ratings.slice(1)).toEqual([['1', '2026-03-05', '陈静', '5/5', '4/5', '5/5', '很专业']]);
    expect(word.text).toContain('需求单位尚未对该需求作总体评价。');
    expect(word.text).toContain(CONFIRMATION_STATEMENT);
    for (const line of ['经办人（签字）：', '单位（盖章）：', '工作站（盖章）：']) expect(word.text).toContain(line);
    // The footer's date is Shanghai's: 10 April, not 9.
    expect(word.footer).toContain('生成于 2026-04-10');
  });
});
