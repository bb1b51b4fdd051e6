import type { QuotaProgress } from '../../types/actions';
import type { QuotaFigures } from '../../types/domain';

type GapSource = Pick<QuotaProgress, 'year' | 'figures' | 'remaining' | 'monthPace'>;

/**
 * What the station still needs, in one line a head reads at a glance: first what this month's
 * pace asks (`monthPace`, the whole quota in December), and once this month is on pace, what the
 * year still lacks. A year already met says so; a finished year says what it fell short by. The
 * seed sets no smaller quota for a station recognised mid-year, so the pace is the level's whole
 * quota from 1 January for every station.
 */
export function quotaGapLine(progress: GapSource): string {
  const { year, figures, remaining, monthPace } = progress;
  const left = figureList(remaining);
  if (left === '') return `${year} 年度任务已完成`;
  if (monthPace === null) return `${year} 年度任务未完成，还差${figureList(remaining, true)}`;
  const thisMonth = figureList(shortOf(monthPace.figures, figures));
  if (thisMonth !== '') return `${monthPace.month === 12 ? '年底前还需' : '本月还需'}${thisMonth}`;
  const nothingDueYet = Object.values(monthPace.figures).every((due) => due === 0);
  return `${nothingDueYet ? '本月暂无进度要求' : '本月进度已达标'}，全年还需${left}`;
}

/** How far each figure is below a target, never below zero. */
function shortOf(target: QuotaFigures, done: QuotaFigures): QuotaFigures {
  return {
    needsServed: Math.max(0, target.needsServed - done.needsServed),
    experts: Math.max(0, target.experts - done.experts),
    outOfProvinceExperts: Math.max(0, target.outOfProvinceExperts - done.outOfProvinceExperts),
  };
}

/**
 * `服务 2 项需求、新增 1 名专家（其中省外 1 名）`, or '' when nothing is short; for a finished
 * year, as figures: `服务 2 项需求、专家 1 名`. An expert from outside Guizhou counts for both
 * expert figures, so the experts short are at least the out-of-province ones.
 */
function figureList(short: QuotaFigures, finished = false): string {
  const parts: string[] = [];
  if (short.needsServed > 0) parts.push(`服务 ${short.needsServed} 项需求`);
  const experts = Math.max(short.experts, short.outOfProvinceExperts);
  const outside = short.outOfProvinceExperts;
  const kind = outside > 0 && outside === experts ? '省外专家' : '专家';
  const among = outside > 0 && outside < experts ? `（其中省外 ${outside} 名）` : '';
  if (experts > 0) parts.push(finished ? `${kind} ${experts} 名${among}` : `新增 ${experts} 名${kind}${among}`);
  return parts.join('、');
}
