// The server's own clock zone must not matter: these run as if the machine were in California.
process.env.TZ = 'America/Los_Angeles';

import { neighbourhoods, reviewFlags, similarEntries } from '../../cloudfunctions/api/src/domain/reviewFlags';
import { REVIEW_FLAG_LABELS, REVIEW_FLAG_RULES, REVIEW_FLAGS } from '../../types/catalogue';
import type { Visit } from '../../types/domain';

const shanghai = (local: string) => new Date(`${local}+08:00`).toISOString();
const MINUTE = 60_000;

let ids = 0;
/** A pending off-site visit of one expert: two hours, 800 m from the station, a photo, its own words. */
function visit(
  start = '2026-06-10T09:00:00',
  {
    checkIn,
    checkOut,
    ...overrides
  }: Partial<Omit<Visit, 'checkIn' | 'checkOut'>> & {
    checkIn?: Partial<Visit['checkIn']>;
    checkOut?: Partial<NonNullable<Visit['checkOut']>> | null;
  } = {},
): Visit {
  const at = shanghai(start);
  const minutes = overrides.durationMinutes ?? 120;
  const end = new Date(Date.parse(at) + minutes * MINUTE).toISOString();
  const [year, month] = start.split('-').map(Number);
  return {
    _id: `visit-${++ids}`,
    stationId: 'st-a',
    societyId: 'soc',
    stationName: '工作站',
    needId: 'need',
    needTitle: '需求',
    expertOpenid: 'expert',
    expertName: '陈静',
    serviceType: 'consulting',
    status: 'pending',
    checkIn: {
      at,
      receivedAt: at,
      late: false,
      proof: 'off_site',
      distanceM: 800,
      offSiteReason: `在分厂服务 ${ids}`,
      photos: ['cloud://photo-in'],
      ...checkIn,
    },
    ...(checkOut !== null && {
      checkOut: {
        at: end,
        receivedAt: end,
        late: false,
        summary: `现场诊断熔铸车间除气工艺 第 ${ids} 次`,
        outcomes: '',
        photos: [],
        attachments: [],
        ...checkOut,
      },
    }),
    durationMinutes: minutes,
    year,
    month,
    outOfProvince: false,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

const flags = (subject: Visit, neighbours: Visit[] = []) =>
  reviewFlags(subject, { neighbours: [subject, ...neighbours] });

describe('the catalogue of review flags', () => {
  it('labels every flag in Chinese, with the limits it starts at', () => {
    expect(Object.keys(REVIEW_FLAG_LABELS)).toEqual([...REVIEW_FLAGS]);
    expect(REVIEW_FLAG_LABELS.zero_minutes).toBe('服务时长不足 5 分钟');
    expect(REVIEW_FLAG_LABELS.far_from_station).toBe('距工作站超过 5.0 公里');
  });
});

describe('reviewFlags', () => {
  it('raises nothing on an ordinary off-site visit', () => {
    expect(flags(visit())).toEqual([]);
  });

  it('flags a visit checked out within the short limit, from 0 minutes to one below it', () => {
    expect(flags(visit(undefined, { durationMinutes: 0 }))).toEqual(['zero_minutes']);
    expect(flags(visit(undefined, { durationMinutes: REVIEW_FLAG_RULES.shortMinutes - 1 }))).toEqual(['zero_minutes']);
    expect(flags(visit(undefined, { durationMinutes: REVIEW_FLAG_RULES.shortMinutes }))).toEqual([]);
  });

  it('does not call a visit not yet checked out short', () => {
    expect(flags(visit(undefined, { checkOut: null, durationMinutes: undefined }))).toEqual([]);
  });

  it('flags a fix further than the widest station radius, not one at it, nor a 补卡 that has none', () => {
    const far = REVIEW_FLAG_RULES.farFromStationM;
    expect(flags(visit(undefined, { checkIn: { distanceM: far + 1 } }))).toEqual(['far_from_station']);
    expect(flags(visit(undefined, { checkIn: { distanceM: far } }))).toEqual([]);
    expect(flags(visit(undefined, { checkIn: { proof: 'make_up', distanceM: undefined } }))).toEqual([]);
  });

  it('flags a visit with no photo at check-in or check-out; a document attached is no photo', () => {
    const attachment = { fileId: 'cloud://report.pdf', name: '报告.pdf', size: 1, kind: 'pdf' as const };
    expect(flags(visit(undefined, { checkIn: { photos: [] }, checkOut: { attachments: [attachment] } }))).toEqual([
      'no_photo',
    ]);
    expect(flags(visit(undefined, { checkIn: { photos: [] }, checkOut: { photos: ['cloud://out'] } }))).toEqual([]);
    expect(flags(visit(undefined, { checkIn: { photos: [] }, checkOut: null, durationMinutes: undefined }))).toEqual([
      'no_photo',
    ]);
  });

  it('lists several flags in the catalogue’s order', () => {
    const subject = visit(undefined, { durationMinutes: 0, checkIn: { distanceM: 12_000, photos: [] } });
    const twin = visit('2026-06-10T15:00:00', { status: 'confirmed' });
    expect(flags(subject, [twin])).toEqual(['zero_minutes', 'far_from_station', 'no_photo', 'similar_entries']);
  });
});

describe('similar entries: the expert’s other visits of the same month', () => {
  const subject = visit('2026-06-10T09:00:00', {
    checkIn: { offSiteReason: '在企业分厂服务' },
    checkOut: { summary: '调整熔铸车间除气工艺参数' },
  });

  it('counts another visit at the same station on the same day in Shanghai, whatever its status', () => {
    for (const status of ['confirmed', 'pending', 'rejected', 'open', 'revoked'] as const) {
      expect(flags(subject, [visit('2026-06-10T23:59:00', { status })])).toEqual(['similar_entries']);
    }
    // 00:00 the next day in Shanghai (still the 10th in UTC and in California): another day.
    expect(flags(subject, [visit('2026-06-11T00:00:00')])).toEqual([]);
    expect(flags(subject, [visit('2026-06-10T15:00:00', { stationId: 'st-b' })])).toEqual([]);
  });

  it('counts the same report or the same reason, whatever the spaces and punctuation, at any station that month', () => {
    const sameReport = visit('2026-06-20T09:00:00', {
      stationId: 'st-b',
      checkOut: { summary: ' 调整熔铸车间，除气工艺参数。' },
    });
    expect(similarEntries(subject, [sameReport])).toEqual([sameReport]);
    const sameReason = visit('2026-06-02T09:00:00', {
      stationId: 'st-b',
      checkIn: { offSiteReason: undefined, makeUpReason: '在企业分厂服务！' },
    });
    expect(similarEntries(subject, [sameReason])).toEqual([sameReason]);
    expect(flags(subject, [visit('2026-06-20T09:00:00', { stationId: 'st-b' })])).toEqual([]);
  });

  it('leaves out other experts, other months, superseded visits and the visit a correction completes', () => {
    const twin = (start: string, overrides: Partial<Visit> = {}) =>
      visit(start, { checkOut: { summary: '调整熔铸车间除气工艺参数' }, ...overrides });
    const original = twin('2026-06-10T08:00:00', { status: 'incomplete' });
    const correction = { ...subject, correctionOf: original._id };
    expect(
      similarEntries(correction, [
        correction,
        twin('2026-06-10T13:00:00', { expertOpenid: 'someone-else' }),
        twin('2026-07-01T09:00:00', { year: 2026, month: 7 }),
        twin('2026-06-10T13:00:00', { status: 'superseded' }),
        original,
      ]),
    ).toEqual([]);
    // Seen from the original's side, its correction is the same service too.
    expect(similarEntries(original, [correction])).toEqual([]);
  });

  it('does not compare empty words', () => {
    const bare = visit('2026-06-10T09:00:00', { checkIn: { offSiteReason: undefined }, checkOut: null });
    const other = visit('2026-06-12T09:00:00', { checkIn: { offSiteReason: '。' }, checkOut: null });
    expect(similarEntries(bare, [other])).toEqual([]);
  });
});

describe('neighbourhoods', () => {
  it('names each expert-month of a page once', () => {
    const page = [
      visit('2026-06-10T09:00:00'),
      visit('2026-06-12T09:00:00'),
      visit('2026-07-01T09:00:00'),
      visit('2026-06-12T09:00:00', { expertOpenid: 'other' }),
    ];
    expect(neighbourhoods(page)).toEqual([
      { expertOpenid: 'expert', year: 2026, month: 6 },
      { expertOpenid: 'expert', year: 2026, month: 7 },
      { expertOpenid: 'other', year: 2026, month: 6 },
    ]);
  });
});
