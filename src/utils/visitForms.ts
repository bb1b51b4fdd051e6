import type { ServiceType } from '../../types/domain';
import { VISIT_LIMITS } from '../../types/catalogue';
import { onlyProblems, textProblem, type Problems } from './validation';

/** The photos a form holds: uploaded, and taken but still waiting to upload. */
export interface PhotoCount {
  uploaded: number;
  waiting: number;
}

export interface VisitReportValues {
  summary: string;
  outcomes: string;
}

/** Every problem of a visit report (check-out, 补录, 补卡); photos only when they are required. */
export function visitReportProblems(
  values: VisitReportValues,
  photos: PhotoCount,
  photosRequired: boolean,
): Problems<keyof VisitReportValues | 'photos'> {
  return onlyProblems({
    summary: textProblem('服务内容', values.summary, VISIT_LIMITS.summary),
    outcomes: textProblem('服务成效', values.outcomes, VISIT_LIMITS.outcomes),
    photos:
      !photosRequired || photos.uploaded > 0
        ? undefined
        : photos.waiting > 0
          ? '照片还没有上传成功，请联网后点照片上的「重试」'
          : '请至少拍摄一张现场照片',
  });
}

/** What a 补卡 asks besides the report. */
export interface MakeUpValues {
  needId: string;
  serviceType: ServiceType | '';
  date: string;
  startTime: string;
  endTime: string;
  reason: string;
}

/** Every problem of a 补卡's own fields; `spanOk` is whether the times make a visit the rules allow. */
export function makeUpProblems(values: MakeUpValues, spanOk: boolean): Problems<keyof MakeUpValues> {
  const { date, startTime, endTime } = values;
  return onlyProblems({
    needId: values.needId ? undefined : '请选择这次服务的需求',
    serviceType: values.serviceType ? undefined : '请选择服务类型',
    date: date ? undefined : '请选择服务的日期',
    startTime: startTime ? undefined : '请选择开始时间',
    endTime: !endTime ? '请选择结束时间' : date && startTime && !spanOk ? '结束时间须晚于开始时间' : undefined,
    reason: textProblem('补卡原因', values.reason, VISIT_LIMITS.makeUpReason),
  });
}

export interface CheckInValues {
  needId: string;
  serviceType: ServiceType | '';
  offSite: boolean;
  offSiteReason: string;
  useUnitCode: boolean;
  unitCode: string;
}

/** Every problem of a check-in as chosen, before the position is taken. */
export function checkInProblems(
  values: CheckInValues,
  photos: PhotoCount,
): Problems<'needId' | 'serviceType' | 'offSiteReason' | 'photos' | 'unitCode'> {
  const { offSite } = values;
  return onlyProblems({
    needId: values.needId ? undefined : '请选择本次服务的需求',
    serviceType: values.serviceType ? undefined : '请选择服务类型',
    offSiteReason: offSite ? textProblem('异地服务原因', values.offSiteReason, VISIT_LIMITS.offSiteReason) : undefined,
    photos:
      offSite && photos.uploaded + photos.waiting === 0
        ? '异地服务签到须拍摄至少 1 张现场照片，请在「现场照片」中拍照'
        : undefined,
    unitCode:
      values.useUnitCode && !/^\d{6}$/.test(values.unitCode)
        ? '验证码是需求单位联系人手机上显示的 6 位数字'
        : undefined,
  });
}

/** A visit's rating as filled in: each aspect 0 (none yet) to 5 stars, and a comment that may be left out. */
export interface VisitRatingValues {
  responsiveness: number;
  professionalism: number;
  effect: number;
  comment: string;
}

const RATING_ASPECTS = [
  ['responsiveness', '响应速度'],
  ['professionalism', '专业水平'],
  ['effect', '服务效果'],
] as const;

/** Every problem of a visit's rating: the aspects without stars are one problem, named together. */
export function visitRatingProblems(values: VisitRatingValues): Problems<'scores' | 'comment'> {
  const unrated = RATING_ASPECTS.filter(([aspect]) => values[aspect] < 1).map(([, label]) => label);
  return onlyProblems({
    scores: unrated.length > 0 ? `请为${unrated.join('、')}打分（1–5 星）` : undefined,
    comment: textProblem('评价', values.comment, VISIT_LIMITS.ratingComment),
  });
}
