import { COOPERATION_INTENTS, STATION_EVALUATION_LIMITS } from '../../../../types/catalogue';
import type { StationEvaluation } from '../../../../types/domain';
import type { CallerContext } from '../context';
import { evaluableYears, evaluationId, evaluationView, summariseEvaluations } from '../domain/evaluation';
import { allowingRole } from '../domain/policy';
import { AppError, invalidInput } from '../errors';
import { checkTexts } from '../store/contentCheck';
import {
  evaluationsIn,
  findEvaluation,
  needRatings,
  stationsOfSociety,
  type EvaluationScope,
} from '../store/evaluations';
import { transact } from '../store/transaction';
import { profilesOf } from '../store/users';
import { documentId, integer, object, oneOf, optional, text } from '../validate';
import { authorize, requireSociety, requireStation, stationTarget } from './guard';
import type { ActionDefinition } from './types';

interface StationRef {
  id: string;
  name: string;
  societyId: string;
}

export const submitEvaluation: ActionDefinition<'evaluations.submit'> = {
  parse: object({
    stationId: documentId,
    year: integer(2000, 2100),
    overall: integer(1, 5),
    comment: text(...STATION_EVALUATION_LIMITS.comment),
    intent: oneOf(COOPERATION_INTENTS),
  }),
  write: true,
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    await authorize(caller, 'evaluation.submit', stationTarget(station));
    if (!evaluableYears(caller.now).includes(input.year)) {
      throw invalidInput('只能评价本年度；每年 1 至 3 月还可补交上一年度的评价');
    }
    const id = evaluationId(station._id, input.year);
    if (await findEvaluation(id)) throw new AppError('EVALUATION_EXISTS');
    await checkTexts(caller.openid, [{ label: '评价意见', text: input.comment }]);
    const evaluation: StationEvaluation = {
      _id: id,
      stationId: station._id,
      societyId: station.societyId,
      stationName: station.name,
      year: input.year,
      overall: input.overall,
      comment: input.comment,
      intent: input.intent,
      submittedBy: caller.openid,
      submittedAt: caller.now.toISOString(),
    };
    const name = (await caller.profile())?.name || '（未填写姓名）';
    return transact(caller, async (tx) => {
      // Read again inside the transaction: two contacts of one unit filing at once get one evaluation.
      const { data: existing } = await tx.collection<StationEvaluation>('evaluations').doc(id).get();
      if (existing) throw new AppError('EVALUATION_EXISTS');
      await tx.collection<StationEvaluation>('evaluations').add({ data: evaluation });
      return evaluationView(evaluation, () => name);
    });
  },
};

export const summariseStationEvaluations: ActionDefinition<'evaluations.summary'> = {
  parse: object({ stationId: optional(documentId), societyId: optional(documentId) }),
  async handle(input, caller) {
    if (Boolean(input.stationId) === Boolean(input.societyId)) throw invalidInput('请指定一个工作站或一个学会');
    const { scope, stations } = await visibleScope(caller, input);
    const [evaluations, ratings] = await Promise.all([evaluationsIn(scope), needRatings(scope)]);
    const profiles = await profilesOf(evaluations.map((evaluation) => evaluation.submittedBy));
    const summary = summariseEvaluations(
      stations,
      evaluations,
      ratings,
      (openid) => profiles.get(openid)?.name || '（未填写姓名）',
    );
    return { ...summary, evaluableYears: await yearsLeftToFile(caller, input.stationId, stations, evaluations) };
  },
};

async function visibleScope(
  caller: CallerContext,
  input: { stationId?: string; societyId?: string },
): Promise<{ scope: EvaluationScope; stations: StationRef[] }> {
  if (input.stationId) {
    const station = await requireStation(input.stationId);
    await authorize(caller, 'evaluation.view', stationTarget(station));
    return {
      scope: { stationId: station._id },
      stations: [{ id: station._id, name: station.name, societyId: station.societyId }],
    };
  }
  const society = await requireSociety(input.societyId!);
  await authorize(caller, 'society.view', { societyId: society._id });
  const stations = await stationsOfSociety(society._id);
  return {
    scope: { societyId: society._id },
    stations: stations.map((station) => ({ id: station._id, name: station.name, societyId: society._id })),
  };
}

/** A demand unit sees which years it may still file for its station; everyone else files nothing. */
async function yearsLeftToFile(
  caller: CallerContext,
  stationId: string | undefined,
  stations: StationRef[],
  evaluations: StationEvaluation[],
): Promise<number[]> {
  if (!stationId || stations.length !== 1) return [];
  const target = { societyId: stations[0].societyId, stationId };
  if (allowingRole(await caller.grants(), 'evaluation.submit', target) === null) return [];
  const filed = new Set(evaluations.map((evaluation) => evaluation.year));
  return evaluableYears(caller.now).filter((year) => !filed.has(year));
}
