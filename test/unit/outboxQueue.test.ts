import type { CheckInInput, CheckOutInput } from '../../types/actions';
import {
  afterAttempt,
  afterUpload,
  dismiss,
  hoursWaiting,
  keep,
  parseQueue,
  sendable,
  type OutboxEntry,
} from '../../src/utils/outboxQueue';

const checkIn = (at: string): CheckInInput => ({
  stationId: 'st-1',
  needId: 'need-1',
  serviceType: 'joint_tackling',
  at,
  location: { latitude: 26.6785, longitude: 106.6328 },
  accuracyM: 20,
  photos: [],
});

const checkOut = (at: string): CheckOutInput => ({
  visitId: 'visit-1',
  at,
  summary: '检查了电解槽',
  outcomes: '给出调整建议',
  photos: [],
  attachments: [],
});

function entry(requestId: string, overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    requestId,
    action: 'visits.checkIn',
    data: checkIn('2026-11-25T03:00:00.000Z'),
    localPhotos: [],
    label: '签到 · 铝业工作站',
    keptAt: '2026-11-25T03:00:01.000Z',
    attempts: 0,
    ...overrides,
  };
}

describe('keeping and attempts', () => {
  it('keeps one entry per request id, the first one winning', () => {
    const queue = keep(keep([], entry('a')), entry('a', { label: '另一条' }));
    expect(queue).toHaveLength(1);
    expect(queue[0].label).toBe('签到 · 铝业工作站');
    expect(keep(queue, entry('b')).map((kept) => kept.requestId)).toEqual(['a', 'b']);
  });

  it('does not change the queue it was given', () => {
    const queue = [entry('a')];
    keep(queue, entry('b'));
    afterAttempt(queue, 'a', 'network');
    expect(queue).toEqual([entry('a')]);
  });

  it('removes a sent entry and only that one', () => {
    const queue = [entry('a'), entry('b')];
    expect(afterAttempt(queue, 'a', 'sent').map((kept) => kept.requestId)).toEqual(['b']);
  });

  it('counts a network failure and keeps the entry sendable', () => {
    const queue = afterAttempt(afterAttempt([entry('a'), entry('b')], 'a', 'network'), 'a', 'network');
    expect(queue.map((kept) => kept.attempts)).toEqual([2, 0]);
    expect(queue[0].refused).toBeUndefined();
    expect(sendable(queue)).toHaveLength(2);
  });

  it('keeps a refused entry with the server’s message, out of the sending order', () => {
    const queue = afterAttempt([entry('a'), entry('b')], 'a', { code: 'ENTRY_TOO_LATE', message: '已超过 72 小时' });
    expect(queue).toHaveLength(2);
    expect(queue[0].refused).toEqual({ code: 'ENTRY_TOO_LATE', message: '已超过 72 小时' });
    expect(sendable(queue).map((kept) => kept.requestId)).toEqual(['b']);
  });

  it('dismisses by request id', () => {
    expect(dismiss([entry('a'), entry('b')], 'b').map((kept) => kept.requestId)).toEqual(['a']);
    expect(dismiss([entry('a')], 'missing')).toEqual([entry('a')]);
  });

  it('moves an uploaded photo into the request, and drops a lost one', () => {
    const photo = (path: string) => ({ path, name: 'p.jpg', size: 1000 });
    const queue = [entry('a', { localPhotos: [photo('/1'), photo('/2')], openid: 'o-1' })];
    const uploaded = afterUpload(queue, 'a', '/1', 'cloud://visits/o-1/1.jpg');
    expect(uploaded[0].data.photos).toEqual(['cloud://visits/o-1/1.jpg']);
    expect(uploaded[0].localPhotos).toEqual([photo('/2')]);
    const lost = afterUpload(uploaded, 'a', '/2', null);
    expect(lost[0].data.photos).toEqual(['cloud://visits/o-1/1.jpg']);
    expect(lost[0].localPhotos).toEqual([]);
  });
});

describe('sending order', () => {
  it('sends the oldest moment first, a check-in before a check-out of the same moment', () => {
    const queue = [
      entry('late-out', { action: 'visits.checkOut', data: checkOut('2026-11-25T09:00:00.000Z') }),
      entry('same-out', { action: 'visits.checkOut', data: checkOut('2026-11-25T05:00:00.000Z') }),
      entry('same-in', { data: checkIn('2026-11-25T05:00:00.000Z') }),
      entry('first-in', { data: checkIn('2026-11-25T01:00:00.000Z') }),
    ];
    expect(sendable(queue).map((kept) => kept.requestId)).toEqual(['first-in', 'same-in', 'same-out', 'late-out']);
  });

  it('measures waiting from the moment on the phone', () => {
    const kept = entry('a', { data: checkIn('2026-11-25T03:00:00.000Z') });
    expect(hoursWaiting(kept, new Date('2026-11-28T03:00:00.000Z'))).toBe(72);
    expect(hoursWaiting(kept, new Date('2026-11-25T04:30:00.000Z'))).toBe(1.5);
  });
});

describe('reading from storage', () => {
  it('returns nothing for what is not a list', () => {
    expect(parseQueue(undefined)).toEqual([]);
    expect(parseQueue('')).toEqual([]);
    expect(parseQueue({ requestId: 'a' })).toEqual([]);
  });

  it('keeps well-formed entries and drops malformed ones', () => {
    const good = entry('good', { refused: { code: 'FORBIDDEN', message: '无权限' } });
    const withPhotos = entry('photos', { localPhotos: [{ path: '/1', name: 'p.jpg', size: 1 }], openid: 'o-1' });
    const raw: unknown = JSON.parse(
      JSON.stringify([
        good,
        null,
        'text',
        { ...entry('no-action'), action: 'visits.correct' },
        { ...entry('no-time'), data: { ...checkIn('x'), at: 'not a time' } },
        { ...entry('bad-photo'), data: { ...checkIn('2026-11-25T03:00:00.000Z'), photos: [1] } },
        { ...entry('bad-local'), localPhotos: [{ path: '/1' }], openid: 'o-1' },
        { ...entry('no-owner'), localPhotos: [{ path: '/1', name: 'p.jpg', size: 1 }] },
        { ...entry('bad-refusal'), refused: { code: 'X' } },
        { ...entry(''), label: '空 id' },
        withPhotos,
        entry('good', { label: '重复' }),
      ]),
    );
    expect(parseQueue(raw)).toEqual([good, withPhotos]);
  });
});

describe('a whole visit kept on the phone: the check-out waits for its check-in', () => {
  const kept = () => [
    entry('in'),
    entry('out', {
      action: 'visits.checkOut',
      data: { ...checkOut('2026-11-25T05:00:00.000Z'), visitId: '' },
      label: '签退 · 铝业工作站',
      afterCheckIn: 'in',
    }),
  ];

  it('is not sent before its check-in', () => {
    expect(sendable(kept()).map((e) => e.requestId)).toEqual(['in']);
  });

  it('takes the visit id the sent check-in created, and is then sent', () => {
    const queue = afterAttempt(kept(), 'in', 'sent', 'visit-42');
    expect(queue).toHaveLength(1);
    expect(queue[0].data).toMatchObject({ visitId: 'visit-42' });
    expect(queue[0].afterCheckIn).toBeUndefined();
    expect(sendable(queue).map((e) => e.requestId)).toEqual(['out']);
  });

  it('is refused with its check-in, and still waits while the network is down', () => {
    const refused = afterAttempt(kept(), 'in', { code: 'ENTRY_TOO_LATE', message: '太晚了' });
    expect(refused.find((e) => e.requestId === 'out')?.refused).toEqual({
      code: 'ENTRY_TOO_LATE',
      message: '这次服务的签到未被接受，签退无法发送',
    });
    const waiting = afterAttempt(kept(), 'in', 'network');
    expect(waiting.find((e) => e.requestId === 'out')).toEqual(kept()[1]);
  });

  it('goes when its check-in is dismissed, and survives a read back from storage', () => {
    expect(dismiss(kept(), 'in')).toEqual([]);
    expect(parseQueue(JSON.parse(JSON.stringify(kept())))).toEqual(kept());
    expect(parseQueue([{ ...kept()[1], afterCheckIn: 7 }])).toEqual([]);
  });
});
