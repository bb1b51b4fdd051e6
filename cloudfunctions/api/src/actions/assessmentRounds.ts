import type { AssessmentRoundView } from '../../../../types/actions';
import type { AssessmentRound } from '../../../../types/assessment';
import type { Station } from '../../../../types/domain';
import type { CallerContext } from '../context';
import { roundRows, roundView } from '../domain/assessmentRound';
import { transition } from '../domain/audit';
import { deadlineProblem, openRoundProblem } from '../domain/assessments';
import { operatedDuring } from '../domain/stationStatus';
import { assessmentMessage, type Message } from '../domain/notifications';
import { allowingRole, type Target } from '../domain/policy';
import { AppError } from '../errors';
import { listRounds, roundSources } from '../store/assessments';
import { sendMessages } from '../store/notifications';
import { findQuotaYear } from '../store/quotas';
import { societyAdminsOf } from '../store/roles';
import { audit, transact } from '../store/transaction';
import { calendarDate, empty, object } from '../validate';
import { parseYear, requireRound } from './assessments';
import { actingAs } from './guard';
import type { ActionDefinition } from './types';

const CITY = { societyId: '' };

/** Which of a round's stations the caller sees: the city all, a society admin its society's, a head or staff their own. */
export interface RoundScope {
  societyId?: string;
  stationIds?: string[];
}

/**
 * A society admin sees their own society's stations; the city admin all of them. With
 * `stationsToo`, a station's head and staff see their own station's line (the rounds list, where
 * the head's tile finds the newest round).
 */
export async function roundScope(caller: CallerContext, stationsToo = false): Promise<RoundScope> {
  const grants = await caller.grants();
  if (allowingRole(grants, 'assessment.round', CITY)) return {};
  const own = grants.find((grant) => grant.role === 'society_admin' && !grant.revokedAt)?.societyId;
  if (own || !stationsToo) {
    await actingAs(caller, own ? allowingRole(grants, 'assessment.round', { societyId: own }) : null);
    return { societyId: own };
  }
  const desks = grants.filter(
    (grant) =>
      grant.stationId &&
      grant.societyId &&
      allowingRole(grants, 'assessment.view', { societyId: grant.societyId, stationId: grant.stationId }),
  );
  await actingAs(caller, desks.length > 0 ? allowingRole(grants, 'assessment.view', desks[0] as Target) : null);
  return { societyId: desks[0].societyId, stationIds: desks.map((grant) => grant.stationId!) };
}

export async function readRoundView(round: AssessmentRound, scope: RoundScope, now: Date) {
  const rows = roundRows(round, await roundSources(round.year, scope.societyId), now).filter(
    (row) => !scope.stationIds || scope.stationIds.includes(row.stationId),
  );
  return { view: roundView(round, rows, now), rows };
}

/**
 * The city opens the round for a closed (frozen) year with a deadline after today. The round's id
 * is the year, so of two opens at once only one can land. Heads and society admins are told.
 */
export const openRound: ActionDefinition<'assessments.openRound'> = {
  parse: object({ year: parseYear, deadline: calendarDate }),
  write: true,
  async handle({ year, deadline }, caller) {
    await actingAs(caller, allowingRole(await caller.grants(), 'assessment.open', CITY));
    const problem = openRoundProblem(year, deadline, caller.now, await findQuotaYear(year));
    if (problem) throw new AppError(problem.code, problem.message);
    const profile = await caller.profile();
    const round: AssessmentRound = {
      _id: String(year),
      year,
      deadline,
      openedAt: caller.now.toISOString(),
      openedBy: caller.openid,
      openedByName: profile?.name || '市科协',
    };
    const view = await transact(
      caller,
      async (tx) => {
        const rounds = tx.collection<AssessmentRound>('assessmentRounds');
        const { data: existing } = await rounds.doc(round._id).get();
        if (existing)
          throw new AppError('ROUND_EXISTS', `${year} 年度的考核已于 ${existing.openedAt.slice(0, 10)} 开始`);
        const { _id, ...data } = round;
        await rounds.doc(_id).set({ data });
        await audit(tx, {
          at: round.openedAt,
          actor: caller.openid,
          role: 'city_admin',
          action: 'assessment.round.open',
          subject: _id,
          detail: `${year} 年度考核，自查报告截止 ${deadline}`,
        });
        return (await readRoundView(round, {}, caller.now)).view;
      },
      async () => sendMessages(await openingMessages(round)),
    );
    return view;
  },
};

/** Each station's head and its society's admins hear that the round is open and until when. */
async function openingMessages(round: AssessmentRound): Promise<Message[]> {
  const { stations } = await roundSources(round.year);
  const inRound = stations.filter((station: Station) => operatedDuring(station, round.year));
  const societies = [...new Set(inRound.map((station) => station.societyId))];
  const admins = await societyAdminsOf(societies);
  const detail = `请于 ${round.deadline} 前提交自查报告`;
  return inRound.flatMap((station) => {
    const subject = { year: round.year, stationId: station._id, stationName: station.name };
    const people = [
      station.headOpenid,
      ...admins.filter((grant) => grant.societyId === station.societyId).map((grant) => grant.openid),
    ];
    return [...new Set(people.filter(Boolean))].map((openid) =>
      assessmentMessage(openid, subject, '考核开始', detail, round.openedAt),
    );
  });
}

/** The city moves the deadline, not into the past: today at the earliest. */
export const setRoundDeadline: ActionDefinition<'assessments.setDeadline'> = {
  parse: object({ year: parseYear, deadline: calendarDate }),
  write: true,
  async handle({ year, deadline }, caller) {
    await actingAs(caller, allowingRole(await caller.grants(), 'assessment.open', CITY));
    await requireRound(year);
    const problem = deadlineProblem(deadline, caller.now, 0);
    if (problem) throw new AppError(problem.code, problem.message);
    const at = caller.now.toISOString();
    return transact(caller, async (tx) => {
      const rounds = tx.collection<AssessmentRound>('assessmentRounds');
      const { data: current } = await rounds.doc(String(year)).get();
      if (!current) throw new AppError('ROUND_NOT_OPEN', `${year} 年度的考核尚未开始`);
      const moved: AssessmentRound = { ...current, _id: String(year), deadline, deadlineMovedAt: at };
      const { _id, ...data } = moved;
      await rounds.doc(_id).set({ data });
      await audit(tx, {
        at,
        actor: caller.openid,
        role: 'city_admin',
        action: 'assessment.round.deadline',
        subject: _id,
        detail: `${year}：${current.deadline} → ${deadline}`,
        ...transition('deadline', current.deadline, deadline),
      });
      return (await readRoundView(moved, {}, caller.now)).view;
    });
  },
};

/** The rounds the caller can see, newest first, each counted over the caller's stations. */
export const listAssessmentRounds: ActionDefinition<'assessments.rounds'> = {
  parse: empty,
  async handle(_input, caller) {
    const scope = await roundScope(caller, true);
    const rounds = await listRounds();
    const items: AssessmentRoundView[] = await Promise.all(
      rounds.map(async (round) => (await readRoundView(round, scope, caller.now)).view),
    );
    return { items, canOpen: allowingRole(await caller.grants(), 'assessment.open', CITY) !== null };
  },
};

/** A round's stations with each one's state, verdict, recommendation and final quota status. */
export const getRound: ActionDefinition<'assessments.round'> = {
  parse: object({ year: parseYear }),
  async handle({ year }, caller) {
    const scope = await roundScope(caller);
    const round = await requireRound(year);
    const { view, rows } = await readRoundView(round, scope, caller.now);
    return {
      round: view,
      stations: rows,
      canReview: allowingRole(await caller.grants(), 'assessment.review', CITY) !== null,
    };
  },
};
