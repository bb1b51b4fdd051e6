import type { ExpertCandidate } from '../../../../types/actions';
import { calendarMoment } from '../domain/calendar';
import { needMatch, rankCandidates } from '../domain/expertMatch';
import { expertActivity } from '../store/expertActivity';
import { stationRoster } from '../store/roles';
import { profilesOf } from '../store/users';
import { documentId, object } from '../validate';
import { authorize, recordTarget } from './guard';
import { requireNeed } from './needs';
import type { ActionDefinition } from './types';
import { personView } from './views';

/**
 * The station's experts for the head choosing whom to assign a need: what each knows, how often
 * they served the station this year and when last, those matching the need's industry and text
 * first. The need, the caller, the roster, its profiles and one aggregation of visits.
 */
export const needCandidates: ActionDefinition<'needs.candidates'> = {
  parse: object({ needId: documentId }),
  async handle(input, caller) {
    const need = await requireNeed(input.needId);
    await authorize(caller, 'need.manage', recordTarget(need));
    const year = calendarMoment(caller.now).year;
    const experts = (await stationRoster(need.stationId, false)).filter((grant) => grant.role === 'expert');
    const openids = experts.map((grant) => grant.openid);
    const [profiles, activity] = await Promise.all([
      profilesOf(openids),
      expertActivity(need.stationId, openids, year),
    ]);
    const candidates: ExpertCandidate[] = experts.map(({ openid }) => {
      const profile = profiles.get(openid);
      const done = activity.get(openid);
      return {
        person: personView(openid, profile, false),
        expertise: profile?.expertise ?? [],
        industries: profile?.industries ?? [],
        visitsThisYear: done?.visitsInYear ?? 0,
        lastVisitAt: done?.lastVisitAt ?? null,
        matches: needMatch(need, profile ?? null),
      };
    });
    return { year, experts: rankCandidates(candidates, (candidate) => candidate.person.name) };
  },
};
