import type { ExpertTimeline, VisitStatus } from '../../../../types/domain';
import { localDateTime } from '../domain/calendar';
import { overlapSearchFrom, spansOverlap, visitSpan, type VisitSpan } from '../domain/visit';
import { AppError } from '../errors';
import { findTimeline } from '../store/timelines';
import type { Tx } from '../store/transaction';
import { expertVisitsBetween } from '../store/visits';

/** What an entry is checked against: what the expert recorded, or, for an approval, what counts. */
const CHECKED_AGAINST: Record<'entry' | 'approval', readonly VisitStatus[]> = {
  entry: ['confirmed', 'pending'],
  // Two overlapping visits awaiting review: the head approves one and rejects the other.
  approval: ['confirmed'],
};

/**
 * One person is in one place at a time (DOMAIN.md): a span that overlaps another visit of the
 * expert is refused. Answers the expert's timeline version read
 * before looking, which the writing transaction checks (`holdTimeline`): a visit of theirs written
 * in between makes it conflict instead of slipping past this check.
 */
export async function refuseOverlap(
  expertOpenid: string,
  span: VisitSpan,
  exceptIds: string[],
  kind: keyof typeof CHECKED_AGAINST = 'entry',
): Promise<number> {
  const timeline = await findTimeline(expertOpenid);
  const others = await expertVisitsBetween(expertOpenid, CHECKED_AGAINST[kind], overlapSearchFrom(span), span.end);
  const clash = others.find((other) => !exceptIds.includes(other._id) && spansOverlap(span, visitSpan(other)));
  if (clash) {
    const { start, end } = visitSpan(clash);
    throw new AppError(
      'VISIT_OVERLAPS',
      `这次服务的时间与您在${clash.stationName}的服务（${localDateTime(start)} 至 ${localDateTime(end).slice(11)}）重叠：同一时间只能在一个地方服务，请核对时间`,
    );
  }
  return timeline?.version ?? 0;
}

export async function holdTimeline(tx: Tx, expertOpenid: string, versionSeen: number, at: string): Promise<void> {
  const timelines = tx.collection<ExpertTimeline>('expertTimelines');
  const { data: current } = await timelines.doc(expertOpenid).get();
  if ((current?.version ?? 0) !== versionSeen) throw new AppError('CONFLICT');
  await timelines.doc(expertOpenid).set({ data: { version: versionSeen + 1, updatedAt: at } });
}
