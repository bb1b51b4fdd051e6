import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { calendarMoment, PROGRAMME_TIMEZONE } from '../../cloudfunctions/api/src/domain/calendar';
import { isOutOfProvince } from '../../cloudfunctions/api/src/domain/profile';
import { countConfirmedVisits } from '../../cloudfunctions/api/src/domain/quotaCount';
import type { CollectionName } from '../../types/collections';
import { grantId } from '../../cloudfunctions/api/src/domain/invitation';
import type {
  Need,
  NeedEvent,
  Role,
  RoleGrant,
  ServiceType,
  Society,
  Station,
  StationEvaluation,
  Visit,
} from '../../types/domain';
import { DEMO_PEOPLE, DEMO_USERS, profileOf } from './people';

dayjs.extend(utc);
dayjs.extend(timezone);

const SOCIETIES: Omit<Society, 'createdAt'>[] = [
  {
    _id: 'soc-nonferrous',
    name: '中国有色金属学会',
    level: 'national',
    supervisor: '中国科学技术协会',
    contactName: '李建国',
    contactPhone: '010-63971479',
  },
  {
    _id: 'soc-agri',
    name: '贵州省农学会',
    level: 'provincial',
    supervisor: '贵州省科学技术协会',
    contactName: '杨帆',
    contactPhone: '0851-85285046',
  },
  {
    _id: 'soc-electronics',
    name: '贵阳市电子学会',
    level: 'city',
    supervisor: '贵阳市科学技术协会',
    contactName: '冯晓',
    contactPhone: '0851-86811234',
  },
];

interface StationPlan {
  station: Omit<Station, 'createdAt' | 'societyName' | 'level'>;
  roster: string[];
  needTitles: string[];
  serviceTypes: ServiceType[];
}

const PLANS: StationPlan[] = [
  {
    station: {
      _id: 'st-aluminium',
      name: '中国有色金属学会产业科技服务工作站（华铝新材料）',
      societyId: 'soc-nonferrous',
      industry: 'aluminium',
      demandUnit: { name: '贵州华铝新材料有限公司', type: 'enterprise', address: '贵阳市白云区铝城大道 88 号' },
      headOpenid: DEMO_USERS.stationHead,
      location: { latitude: 26.6785, longitude: 106.6328 },
      radiusM: 500,
      cooperationStart: '2025-03-01',
      cooperationEnd: '2028-02-29',
      status: 'operating',
    },
    roster: [DEMO_USERS.expert, 'expert-02', 'expert-03', 'expert-04'],
    needTitles: ['电解槽能耗偏高的原因诊断', '高强铝合金板材轧制裂纹', '再生铝除杂工艺优化', '车间数字化改造方案咨询'],
    serviceTypes: ['joint_tackling', 'product_development', 'tech_promotion', 'consulting'],
  },
  {
    station: {
      _id: 'st-seed',
      name: '贵州省农学会产业科技服务站（开阳县南江乡）',
      societyId: 'soc-agri',
      industry: 'modern_seed',
      demandUnit: { name: '开阳县南江乡人民政府', type: 'township', address: '贵阳市开阳县南江乡政府路 1 号' },
      headOpenid: 'head-seed',
      location: { latitude: 27.0571, longitude: 106.9647 },
      radiusM: 1000,
      cooperationStart: '2025-06-01',
      cooperationEnd: '2027-05-31',
      status: 'operating',
    },
    roster: ['expert-05', 'expert-06', 'expert-07'],
    needTitles: ['富硒水稻品种筛选', '玉米制种田间管理培训', '种子质量快速检测'],
    serviceTypes: ['tech_promotion', 'training', 'result_appraisal'],
  },
  {
    station: {
      _id: 'st-electronics',
      name: '贵阳市电子学会产业科技服务站（贵阳职业技术学院）',
      societyId: 'soc-electronics',
      industry: 'electronics',
      demandUnit: { name: '贵阳职业技术学院', type: 'college', address: '贵阳市清镇市职教城' },
      headOpenid: 'head-electronics',
      location: { latitude: 26.5562, longitude: 106.4706 },
      radiusM: 500,
      cooperationStart: '2025-09-01',
      cooperationEnd: '2027-08-31',
      status: 'operating',
    },
    roster: ['expert-08', 'expert-09', 'expert-10', DEMO_USERS.expert],
    needTitles: ['嵌入式实训平台建设', '电子产品可靠性测试方法'],
    serviceTypes: ['training', 'academic_exchange'],
  },
];

export type DemoData = Record<CollectionName, object[]>;

/** Demo records relative to `now`: visits fall in the previous and the current Shanghai year. */
export function demoData(now: Date): DemoData {
  const at = now.toISOString();
  const societyOf = new Map(SOCIETIES.map((society) => [society._id, society]));
  const stations: Station[] = PLANS.map(({ station }) => {
    const society = societyOf.get(station.societyId)!;
    return { ...station, societyName: society.name, level: society.level, createdAt: at };
  });
  const extraPeople = [
    { openid: 'head-seed', name: '杨帆', workUnit: '开阳县农业农村局', province: '贵州省' },
    { openid: 'head-electronics', name: '冯晓', workUnit: '贵阳职业技术学院', province: '贵州省' },
  ];
  const users = [
    ...DEMO_PEOPLE.map((p) => profileOf(p, at)),
    ...extraPeople.map((p) => ({
      _id: p.openid,
      name: p.name,
      mobile: '13800000000',
      workUnit: p.workUnit,
      title: '站长',
      province: p.province,
      city: '贵阳市',
      expertise: [],
      industries: [],
      createdAt: at,
      updatedAt: at,
    })),
  ];
  const { needs, visits } = needsAndVisits(stations, now);
  // The quota figures are what the confirmed visits make them, counted as the function counts them.
  const quota = countConfirmedVisits(
    visits.filter((visit) => visit.status === 'confirmed'),
    at,
  );
  return {
    users,
    societies: SOCIETIES.map((society) => ({ ...society, createdAt: at })),
    stations,
    roles: grants(stations, at),
    needs,
    visits,
    quotaCounters: quota.counters,
    quotaMarks: quota.marks,
    quotaYears: [],
    quotaAlerts: [],
    evaluations: lastYearsEvaluation(stations[0], now),
    openVisits: [],
    codeAttempts: [],
    invitations: [],
    audit: [],
    requests: [],
    expertTimelines: [],
    makeUpCounts: [],
    applications: [],
    applicationVersions: [],
    blacklist: [],
    ledger: [],
    ledgerBalances: [],
    stationChanges: [],
    assessmentRounds: [],
    assessments: [],
    stationClosures: [],
    agreementReminders: [],
  };
}

/** The city admin is not here: the function's bootstrap setting makes them one (DEMO_FUNCTION_ENV). */
function grants(stations: Station[], at: string): RoleGrant[] {
  const base = { grantedAt: at, grantedBy: DEMO_USERS.cityAdmin };
  const grant = (openid: string, role: Role, place: Pick<RoleGrant, 'societyId' | 'stationId'>): RoleGrant => ({
    _id: grantId(role, place, openid),
    openid,
    role,
    ...base,
  });
  const nonferrous = { societyId: 'soc-nonferrous', societyName: '中国有色金属学会' };
  const result: RoleGrant[] = [{ ...grant(DEMO_USERS.societyAdmin, 'society_admin', nonferrous), ...nonferrous }];
  for (const station of stations) {
    const plan = PLANS.find((p) => p.station._id === station._id)!;
    const place = {
      societyId: station.societyId,
      societyName: station.societyName,
      stationId: station._id,
      stationName: station.name,
    };
    result.push({ ...grant(station.headOpenid, 'station_head', place), ...place });
    for (const expert of plan.roster) result.push({ ...grant(expert, 'expert', place), ...place });
    if (station._id === 'st-aluminium') {
      result.push({ ...grant(DEMO_USERS.demandUnit, 'demand_unit', place), ...place });
      result.push({ ...grant('staff-aluminium', 'station_staff', place), ...place });
    }
  }
  return result;
}

function needsAndVisits(stations: Station[], now: Date): { needs: Need[]; visits: Visit[] } {
  const { year: thisYear, month: thisMonth } = calendarMoment(now);
  const profileOf = new Map(DEMO_PEOPLE.map((p) => [p.openid, p]));
  const needs: Need[] = [];
  const visits: Visit[] = [];
  stations.forEach((station, s) => {
    const plan = PLANS[s];
    plan.needTitles.forEach((title, n) => {
      const needId = `need-${station._id}-${n + 1}`;
      const served = n < plan.needTitles.length - 1;
      const submittedAt = shanghai(thisYear - 1, 1 + n, 5).toISOString();
      const acceptedAt = shanghai(thisYear - 1, 1 + n, 8).toISOString();
      const servedAt = shanghai(thisYear - 1, 3 + n, 10).toISOString();
      const history: NeedEvent[] = [
        { kind: 'submitted', at: submittedAt, by: DEMO_USERS.demandUnit, role: 'demand_unit' },
        ...(served
          ? [
              {
                kind: 'accepted' as const,
                at: acceptedAt,
                by: station.headOpenid,
                role: 'station_head' as const,
                experts: plan.roster,
              },
              { kind: 'in_service' as const, at: servedAt, by: 'system', role: 'system' as const },
            ]
          : []),
      ];
      needs.push({
        _id: needId,
        stationId: station._id,
        societyId: station.societyId,
        stationName: station.name,
        demandUnitName: station.demandUnit.name,
        title,
        description: `${station.demandUnit.name}提出：${title}。希望专家到现场诊断，给出可落地的改进方案。`,
        industry: station.industry,
        serviceType: plan.serviceTypes[n],
        expectedOutcome: '形成书面方案并完成一次现场指导',
        urgency: n === 0 ? 'urgent' : 'normal',
        desiredDate: '',
        attachments: [],
        status: served ? 'in_service' : 'submitted',
        submittedBy: DEMO_USERS.demandUnit,
        onBehalf: false,
        year: thisYear - 1,
        assignedExperts: served ? plan.roster : [],
        history,
        createdAt: submittedAt,
        updatedAt: served ? servedAt : submittedAt,
      });
      if (!served) return;
      plan.roster.forEach((expert, e) => {
        const months = [
          { year: thisYear - 1, month: 3 + ((n + e) % 9) },
          ...(thisMonth > 1 ? [{ year: thisYear, month: 1 + ((n + e) % (thisMonth - 1)) }] : []),
        ];
        for (const { year, month } of months) {
          const checkIn = shanghai(year, month, 10 + n);
          const checkInAt = checkIn.toISOString();
          const checkOutAt = new Date(checkIn.getTime() + 3 * 3_600_000).toISOString();
          visits.push({
            _id: `visit-${station._id}-${n + 1}-${expert}-${year}`,
            stationId: station._id,
            societyId: station.societyId,
            stationName: station.name,
            needId,
            needTitle: title,
            expertOpenid: expert,
            expertName: profileOf.get(expert)?.name ?? '',
            serviceType: plan.serviceTypes[n],
            status: 'confirmed',
            checkIn: {
              at: checkInAt,
              receivedAt: checkInAt,
              late: false,
              proof: 'location',
              location: station.location,
              accuracyM: 30,
              distanceM: 40,
              photos: [],
            },
            checkOut: {
              at: checkOutAt,
              receivedAt: checkOutAt,
              late: false,
              summary: `现场查看并讨论「${title}」，给出阶段性建议。`,
              outcomes: '形成现场指导记录',
              photos: [],
              attachments: [],
            },
            durationMinutes: 180,
            confirmedAt: checkOutAt,
            createdAt: checkInAt,
            updatedAt: checkOutAt,
            ...pick(calendarMoment(checkIn), 'year', 'month'),
            outOfProvince: isOutOfProvince(profileOf.get(expert) ?? null),
          });
        }
      });
    });
  });
  return { needs, visits };
}

/** The aluminium station's unit filed last year's evaluation; this year's is for a visitor to file. */
function lastYearsEvaluation(station: Station, now: Date): StationEvaluation[] {
  const year = calendarMoment(now).year - 1;
  return [
    {
      _id: `${station._id}:${year}`,
      stationId: station._id,
      societyId: station.societyId,
      stationName: station.name,
      year,
      overall: 4,
      comment: '专家响应及时，电解槽能耗诊断给出了切实可行的建议，希望继续合作。',
      intent: 'continue',
      submittedBy: DEMO_USERS.demandUnit,
      submittedAt: shanghai(year, 12, 20).toISOString(),
    },
  ];
}

function shanghai(year: number, month: number, day: number): Date {
  return dayjs
    .tz(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} 10:00`, PROGRAMME_TIMEZONE)
    .toDate();
}

function pick<T, K extends keyof T>(value: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, value[key]])) as Pick<T, K>;
}
