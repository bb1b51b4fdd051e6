import type { AssessmentKey, AssessmentView } from '../../../../types/actions';
import type { Assessment, AssessmentRound } from '../../../../types/assessment';
import type { AssessmentVerdict } from '../../../../types/catalogue';
import type { AuditAction, Station } from '../../../../types/domain';
import type { CallerContext } from '../context';
import {
  actorOf,
  assessmentId,
  assessmentRefusal,
  emptyReport,
  statusAfter,
  type AssessmentActor,
  type AssessmentCommand,
} from '../domain/assessments';
import { transition } from '../domain/audit';
import type { Message } from '../domain/notifications';
import type { Permission } from '../domain/policy';
import { AppError } from '../errors';
import { findAssessment } from '../store/assessments';
import { sendMessages } from '../store/notifications';
import { audit, transact } from '../store/transaction';
import { assessmentFile, assessmentView, requireInRound, requireRound } from './assessments';
import { authorize, requireStation, stationTarget } from './guard';

const PERMISSIONS: Record<AssessmentActor, Permission> = {
  head: 'assessment.report',
  society: 'assessment.comment',
  city: 'assessment.review',
};

export interface Actor {
  openid: string;
  name: string;
  at: string;
}

export interface Step {
  command: AssessmentCommand;
  verdict?: AssessmentVerdict;
  /** Checks that need the database or storage, made before the transaction (files uploaded). */
  prepare?: () => Promise<void>;
  /** The record after the step, but for its status, from the record as read in the transaction. */
  change: (current: Assessment, actor: Actor) => Assessment;
  audit: { action: AuditAction; detail: string };
  /** Who to tell once the step is committed. */
  messages?: (after: Assessment, station: Station, at: string) => Promise<Message[]>;
}

/**
 * Every step on an assessment goes through here: the caller's part for the step, the state and
 * deadline rule (checked again inside the transaction on the record and the round as read there,
 * so of two taps at once only one lands), the change with its audit, then the messages.
 */
export async function takeAssessmentStep(
  caller: CallerContext,
  key: AssessmentKey,
  step: Step,
): Promise<AssessmentView> {
  const station = await requireStation(key.stationId);
  const role = await authorize(caller, PERMISSIONS[actorOf(step.command)], stationTarget(station));
  const round = await requireRound(key.year);
  requireInRound(station, key.year);
  const id = assessmentId(key.year, station._id);
  refuseIfWrong(await findAssessment(id), round, step, caller.now);
  await step.prepare?.();
  const [file, profile] = await Promise.all([assessmentFile(station, key.year), caller.profile()]);
  const actor = { openid: caller.openid, name: profile?.name || '', at: caller.now.toISOString() };
  let after: Assessment | undefined;
  return transact(
    caller,
    async (tx) => {
      const { data: currentRound } = await tx
        .collection<AssessmentRound>('assessmentRounds')
        .doc(String(key.year))
        .get();
      const { data: current } = await tx.collection<Assessment>('assessments').doc(id).get();
      const liveRound = currentRound ?? round;
      refuseIfWrong(current ?? null, liveRound, step, caller.now);
      const base = current ?? newAssessment(id, key.year, station, actor.at);
      after = {
        ...step.change(base, actor),
        status: statusAfter(current ?? null, step.command, step.verdict),
        updatedAt: actor.at,
      };
      const { _id, ...data } = after;
      await tx.collection<Assessment>('assessments').doc(_id).set({ data });
      await audit(tx, {
        at: actor.at,
        actor: caller.openid,
        role,
        action: step.audit.action,
        societyId: station.societyId,
        stationId: station._id,
        subject: id,
        detail: step.audit.detail,
        ...transition('assessmentStatus', current?.status, after.status),
      });
      return assessmentView(caller, liveRound, station, after, file);
    },
    async () => sendMessages(after && step.messages ? await step.messages(after, station, actor.at) : []),
  );
}

function refuseIfWrong(assessment: Assessment | null, round: AssessmentRound, step: Step, now: Date): void {
  const refusal = assessmentRefusal(assessment, step.command, { deadline: round.deadline, now }, step.verdict);
  if (refusal) throw new AppError(refusal.code, refusal.message);
}

/** The record a station's first step creates: the head's first draft, or the city's verdict on no report. */
function newAssessment(id: string, year: number, station: Station, at: string): Assessment {
  return {
    _id: id,
    year,
    stationId: station._id,
    societyId: station.societyId,
    stationName: station.name,
    status: 'draft',
    report: emptyReport(),
    comments: [],
    reviews: [],
    createdAt: at,
    updatedAt: at,
  };
}
