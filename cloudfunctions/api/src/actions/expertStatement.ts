import type { ExpertStatement } from '../../../../types/actions';
import type { CallerContext } from '../context';
import { calendarMoment, yearsSince } from '../domain/calendar';
import { exportFileName } from '../domain/exportNames';
import { statementPlaces, statementRatings, statementTotals, statementVisits } from '../domain/expertStatement';
import { confirmedVisitsOfExpertYear, statementNames } from '../store/expertStatement';
import { firstVisitAt } from '../store/visits';
import { storeDocument } from '../store/files';
import { integer, object, optional } from '../validate';
import type { ActionDefinition } from './types';

/** The 服务证明 renderer and docx under it load with the first one printed, not with every cold start. */
const statements = () => import('../documents/expertStatement');

const parseYear = integer(2000, 2100);

/**
 * The caller's own 服务证明 for a year: every confirmed visit, the totals, the ratings. A fixed
 * number of requests whatever the year holds: the caller's profile, one page of
 * visits, the first confirmed visit (for the years offered), and the names in three.
 */
export const expertStatement: ActionDefinition<'reports.expertStatement'> = {
  parse: object({ year: optional(parseYear) }),
  handle: ({ year }, caller) => statementOf(caller, year ?? calendarMoment(caller.now).year),
};

/** The statement as a Word file, with the stations' and societies' names and room for their seals. */
export const expertStatementDocument: ActionDefinition<'reports.expertStatementDocument'> = {
  parse: object({ year: parseYear }),
  async handle({ year }, caller) {
    const statement = await statementOf(caller, year);
    const { renderExpertStatement } = await statements();
    const content = await renderExpertStatement(statement, { generatedAt: caller.now });
    const subject = `${statement.expert.name}${year}年度专家服务证明`;
    return storeDocument('docx', content, exportFileName(subject, [], caller.now), caller);
  },
};

/**
 * The caller's own record, like their visit list: no role is needed, so an expert who has left
 * every station can still prove what they did (someone who never served gets an empty year).
 */
async function statementOf(caller: CallerContext, year: number): Promise<ExpertStatement> {
  const [profile, sources, first] = await Promise.all([
    caller.profile(),
    confirmedVisitsOfExpertYear(caller.openid, year),
    firstVisitAt(caller.openid, true),
  ]);
  const visits = statementVisits(sources, year, await statementNames(sources));
  return {
    year,
    years: yearsSince(first, caller.now),
    expert: {
      name: profile?.name ?? '',
      workUnit: profile?.workUnit ?? '',
      title: profile?.title ?? '',
      province: profile?.province ?? '',
      expertise: profile?.expertise ?? [],
      industries: profile?.industries ?? [],
    },
    visits,
    totals: statementTotals(visits),
    ratings: statementRatings(visits),
    ...statementPlaces(visits),
  };
}
