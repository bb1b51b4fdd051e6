import type { Assessment, AssessmentRound } from '../../../../types/assessment';
import type { LedgerEntry } from '../../../../types/ledger';
import type {
  Need,
  QuotaCounter,
  QuotaMark,
  RoleGrant,
  Station,
  StationEvaluation,
  Visit,
} from '../../../../types/domain';
import type { LedgerSum } from '../domain/assessmentFile';
import { evaluationId } from '../domain/evaluation';
import { allPages, db, MAX_GET } from './db';
import { findEvaluation } from './evaluations';
import { findCounter } from './quotas';
import { stationRoster } from './roles';
import { profilesOf } from './users';

/** A handful of rounds a decade; the bound only guards the request. */
const MAX_ROUNDS = 100;
/** The file lists this many of the year's visits, earliest first; the total says how many there were. */
export const FILE_VISITS = 200;

export async function findRound(year: number): Promise<AssessmentRound | null> {
  const { data } = await db().collection<AssessmentRound>('assessmentRounds').doc(String(year)).get();
  return data ?? null;
}

export async function listRounds(): Promise<AssessmentRound[]> {
  const { data } = await db()
    .collection<AssessmentRound>('assessmentRounds')
    .orderBy('year', 'desc')
    .limit(MAX_ROUNDS)
    .get();
  return data;
}

export async function findAssessment(id: string): Promise<Assessment | null> {
  const { data } = await db().collection<Assessment>('assessments').doc(id).get();
  return data ?? null;
}

/** What a round's list is made of: a request per 1000 stations, assessments and counters. */
export async function roundSources(
  year: number,
  societyId?: string,
): Promise<{ stations: Station[]; assessments: Assessment[]; counters: QuotaCounter[] }> {
  const _ = db().command;
  const society = societyId ? { societyId } : {};
  // Running stations, and those that ended in the year or later; `operatedDuring` decides the rest.
  const running = { ...society, status: _.in(['operating', 'suspended']) };
  const ended = { ...society, endedYear: _.gte(year) };
  const [stations, assessments, counters] = await Promise.all([
    allPages(
      db()
        .collection<Station>('stations')
        .where(_.or([running, ended])),
    ),
    allPages(
      db()
        .collection<Assessment>('assessments')
        .where({ year, ...society }),
    ),
    allPages(
      db()
        .collection<QuotaCounter>('quotaCounters')
        .where({ year, ...society }),
    ),
  ]);
  return { stations, assessments, counters };
}

/** The records a station's file is assembled from: the same few requests however many visits. */
export interface FileSources {
  counter: QuotaCounter | null;
  needMarks: QuotaMark[];
  needs: Pick<Need, '_id' | 'title' | 'serviceType' | 'status'>[];
  visits: Visit[];
  visitsTotal: number;
  evaluation: StationEvaluation | null;
  roster: RoleGrant[];
  names: Map<string, string>;
  inYear: LedgerSum[];
  toYearEnd: LedgerSum[];
}

export async function fileSources(stationId: string, year: number): Promise<FileSources> {
  const confirmed = db().collection<Visit>('visits').where({ stationId, year, status: 'confirmed' });
  const [counter, needMarks, visitPage, visitCount, evaluation, roster, inYear, toYearEnd] = await Promise.all([
    findCounter(stationId, year),
    db()
      .collection<QuotaMark>('quotaMarks')
      .where({ stationId, year, kind: 'need' })
      .limit(MAX_GET)
      .get()
      .then(({ data }) => data),
    confirmed.orderBy('checkIn.at', 'asc').limit(FILE_VISITS).get(),
    confirmed.count(),
    findEvaluation(evaluationId(stationId, year)),
    stationRoster(stationId, true),
    ledgerSums(
      { stationId, date: db().command.and(db().command.gte(`${year}-01-01`), db().command.lte(`${year}-12-31`)) },
      true,
    ),
    ledgerSums({ stationId, date: db().command.lte(`${year}-12-31`) }, false),
  ]);
  const [needs, profiles] = await Promise.all([
    needsById(needMarks.map((mark) => mark.subject)),
    profilesOf(roster.map((grant) => grant.openid)),
  ]);
  return {
    counter,
    needMarks,
    needs,
    visits: visitPage.data,
    visitsTotal: visitCount.total,
    evaluation,
    roster,
    names: new Map([...profiles].map(([openid, profile]) => [openid, profile.name])),
    inYear,
    toYearEnd,
  };
}

async function needsById(ids: readonly string[]): Promise<FileSources['needs']> {
  if (ids.length === 0) return [];
  const { data } = await db()
    .collection<Need>('needs')
    .where({ _id: db().command.in([...ids]) })
    .field({ _id: true, title: true, serviceType: true, status: true })
    .limit(MAX_GET)
    .get();
  return data;
}

/** The ledger's sums by kind (and, with `byCategory`, by expense category), in one aggregation. */
async function ledgerSums(match: object, byCategory: boolean): Promise<LedgerSum[]> {
  const $ = db().command.aggregate;
  const { list } = await db()
    .collection<LedgerEntry>('ledger')
    .aggregate()
    .match(match)
    .group({
      _id: byCategory ? { kind: '$kind', category: '$category' } : { kind: '$kind' },
      amountFen: $.sum('$amountFen'),
    })
    .limit(MAX_GET)
    .end();
  return list.map((row) => {
    const key = row._id as { kind: LedgerSum['kind']; category?: LedgerSum['category'] | null };
    return { kind: key.kind, ...(key.category && { category: key.category }), amountFen: Number(row.amountFen) };
  });
}

/** The demand units' evaluations of a year, of one society or all: a request per 1000 stations. */
export function evaluationsOfYear(year: number, societyId?: string): Promise<StationEvaluation[]> {
  return allPages(
    db()
      .collection<StationEvaluation>('evaluations')
      .where({ year, ...(societyId && { societyId }) }),
  );
}
