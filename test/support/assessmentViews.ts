import type { AssessmentSheetRow, AssessmentView, RoundStationRow } from '../../types/actions';
import type { MetricReport, SelfInspectionReport } from '../../types/assessment';
import { ASSESSMENT_METRICS, type AssessmentMetric } from '../../types/catalogue';
import type { Attachment } from '../../types/domain';

/*
 * Assessments as the server answers them, for the renderers' tests and the bench: one of a
 * national station with every section filled and a verdict, and one of a station that wrote
 * nothing, had no evaluation and spent nothing.
 */

function file(name: string, kind: Attachment['kind'] = 'pdf'): Attachment {
  return { fileId: `cloud://env/assessments/${name}`, name, size: 120_000, kind };
}

const NO_METRIC: MetricReport = { value: 0, evidence: [] };

export function emptyReport(): SelfInspectionReport {
  return {
    narrative: '',
    metrics: Object.fromEntries(ASSESSMENT_METRICS.map((metric) => [metric, NO_METRIC])) as Record<
      AssessmentMetric,
      MetricReport
    >,
  };
}

export const FULL_NARRATIVE = [
  '2026 年，工作站围绕高强铝合金铸锭低气孔率熔铸工艺开展联合攻关，组织专家驻站服务。',
  '全年共服务技术需求 12 项，引进省外专家 4 人，协助企业完成两项工艺改进，成品率提高 3.2 个百分点。'.repeat(4),
].join('\n');

/** A national station's assessment of 2026, concluded 合格 and recommended. */
export function fullAssessmentView(): AssessmentView {
  const report = emptyReport();
  report.narrative = FULL_NARRATIVE;
  report.metrics = {
    ...report.metrics,
    adoptedConsultations: {
      value: 2,
      evidence: [
        {
          description: '《关于加快铝精深加工的建议》获市领导批示',
          attachments: [file('批示件.pdf')],
          links: ['https://www.guiyang.gov.cn/zwgk/2026/notice-118.html'],
        },
        { description: '铝产业链调研报告被市工信局采纳', attachments: [], links: [] },
      ],
    },
    majorProjects: {
      value: 1,
      evidence: [{ description: '贵州省重大科技专项立项', attachments: [file('立项通知.pdf')], links: [] }],
    },
    transferredResults: { value: 3, evidence: [] },
    transferBenefitFen: {
      value: 1_234_567,
      evidence: [{ description: '成果转化合同三份', attachments: [file('合同1.pdf'), file('合同2.pdf')], links: [] }],
    },
    talents: { value: 4, evidence: [] },
    awards: {
      value: 1,
      evidence: [{ description: '贵阳市科技进步二等奖', attachments: [file('证书.jpg', 'image')], links: [] }],
    },
    tackledBenefitFen: { value: 50_000_000, evidence: [] },
  };
  return {
    year: 2026,
    round: {
      year: 2026,
      deadline: '2027-02-28',
      deadlinePassed: true,
      openedAt: '2027-01-16T02:00:00.000Z',
      openedByName: '市科协管理员',
      counts: {
        not_started: 0,
        not_submitted: 1,
        draft: 0,
        submitted: 0,
        document_reviewed: 0,
        inspected: 0,
        passed: 1,
        failed: 0,
        stations: 2,
        recommended: 1,
      },
    },
    stationId: 'station-al',
    stationName: '中国有色金属学会贵阳铝加工工作站',
    state: 'passed',
    report,
    comments: [
      {
        at: '2027-02-21T03:00:00.000Z',
        by: 'society-admin',
        byName: '李敏',
        text: '情况属实，同意报送。\n建议补充转化合同的付款凭证。',
      },
    ],
    reviews: [
      {
        step: 'document_review',
        at: '2027-03-02T02:00:00.000Z',
        by: 'city',
        byName: '赵审查',
        opinion: '材料齐全，佐证充分',
        attachments: [],
      },
      {
        step: 'inspection',
        at: '2027-03-10T08:00:00.000Z',
        by: 'city',
        byName: '赵审查',
        opinion: '现场查看实验室和生产线，与报告相符',
        attachments: [file('现场1.jpg', 'image'), file('现场2.jpg', 'image')],
        inspectedOn: '2027-03-10',
      },
      {
        step: 'verdict',
        at: '2027-03-15T02:00:00.000Z',
        by: 'city',
        byName: '赵审查',
        opinion: '完成年度主要任务，成效明显',
        attachments: [],
        verdict: 'passed',
      },
    ],
    submittedAt: '2027-02-20T02:30:00.000Z',
    verdict: 'passed',
    recommendation: {
      at: '2027-03-16T02:00:00.000Z',
      by: 'city',
      byName: '赵审查',
      note: '攻关成效突出',
    },
    file: {
      year: 2026,
      station: {
        id: 'station-al',
        name: '中国有色金属学会贵阳铝加工工作站',
        societyName: '中国有色金属学会',
        level: 'national',
        industry: 'aluminium',
        demandUnitName: '贵州华科铝材料工程技术研究有限公司',
        status: 'operating',
        cooperationStart: '2025-01-01',
        cooperationEnd: '2027-12-31',
      },
      quota: {
        quota: { needsServed: 10, experts: 10, outOfProvinceExperts: 5 },
        figures: { needsServed: 12, experts: 11, outOfProvinceExperts: 4 },
        figureStatus: { needsServed: 'met', experts: 'met', outOfProvinceExperts: 'not_met' },
        status: 'not_met',
        confirmedVisits: 30,
      },
      needsServed: [
        { needId: 'n1', title: '铸锭气孔率偏高', serviceType: 'joint_tackling', status: 'resolved', visits: 14 },
        {
          needId: 'n2',
          title: '时效热处理工艺优化',
          serviceType: 'product_development',
          status: 'in_service',
          visits: 9,
        },
        { needId: 'n3', title: '新标准宣贯培训', serviceType: 'tech_promotion', status: 'resolved', visits: 7 },
      ],
      visits: [
        {
          visitId: 'v1',
          at: '2026-01-12T01:00:00.000Z',
          expertName: '专家1',
          needTitle: '铸锭气孔率偏高',
          serviceType: 'joint_tackling',
          minutes: 240,
        },
        {
          visitId: 'v2',
          at: '2026-02-03T06:30:00.000Z',
          expertName: '专家6',
          needTitle: '时效热处理工艺优化',
          serviceType: 'product_development',
          minutes: 180,
        },
        {
          visitId: 'v3',
          at: '2026-03-20T02:00:00.000Z',
          expertName: '专家2',
          needTitle: '新标准宣贯培训',
          serviceType: 'tech_promotion',
          minutes: 120,
        },
      ],
      visitsTotal: 30,
      evaluation: {
        overall: 4,
        comment: '专家服务及时，解决了铸锭质量问题。',
        intent: 'continue',
        submittedAt: '2026-12-20T02:00:00.000Z',
      },
      roster: {
        expertsAtYearEnd: 12,
        joined: [
          { name: '专家11', role: 'expert', at: '2026-04-01T02:00:00.000Z' },
          { name: '专家12', role: 'expert', at: '2026-06-01T02:00:00.000Z' },
        ],
        left: [{ name: '专家3', role: 'expert', at: '2026-05-10T02:00:00.000Z' }],
      },
      spending: {
        grantedFen: 10_000_000,
        spentFen: 3_264_572,
        refundedFen: 0,
        byCategory: [
          { category: 'expert_travel', amountFen: 1_234_567 },
          { category: 'consulting', amountFen: 2_000_000 },
          { category: 'meeting', amountFen: 30_005 },
        ],
        balanceAtYearEndFen: 6_735_428,
      },
    },
    can: { edit: false, submit: false, withdraw: false, comment: false, review: [], recommend: false },
  };
}

/** A city station that wrote no report by the deadline, had no evaluation, no visits and no money. */
export function sparseAssessmentView(): AssessmentView {
  const full = fullAssessmentView();
  return {
    ...full,
    stationId: 'station-tea',
    stationName: '贵阳市茶叶学会开阳茶产业服务站',
    state: 'not_submitted',
    report: emptyReport(),
    comments: [],
    reviews: [],
    submittedAt: undefined,
    verdict: undefined,
    recommendation: undefined,
    file: {
      year: 2026,
      station: {
        id: 'station-tea',
        name: '贵阳市茶叶学会开阳茶产业服务站',
        societyName: '贵阳市茶叶学会',
        level: 'city',
        industry: 'ecological_food',
        demandUnitName: '开阳县南江茶业有限公司',
        status: 'suspended',
        cooperationStart: '2026-03-01',
        cooperationEnd: '2028-02-29',
      },
      quota: {
        quota: { needsServed: 3, experts: 3, outOfProvinceExperts: 0 },
        figures: { needsServed: 0, experts: 0, outOfProvinceExperts: 0 },
        figureStatus: { needsServed: 'not_met', experts: 'not_met', outOfProvinceExperts: 'met' },
        status: 'not_met',
        confirmedVisits: 0,
      },
      needsServed: [],
      visits: [],
      visitsTotal: 0,
      evaluation: null,
      roster: { expertsAtYearEnd: 3, joined: [], left: [] },
      spending: { grantedFen: 0, spentFen: 0, refundedFen: 0, byCategory: [], balanceAtYearEndFen: 0 },
    },
  };
}

function roundRow(view: AssessmentView): RoundStationRow {
  const { station, quota } = view.file;
  return {
    stationId: view.stationId,
    stationName: view.stationName,
    societyId: `society-${view.stationId}`,
    societyName: station.societyName,
    level: station.level,
    industry: station.industry,
    stationStatus: station.status,
    state: view.state,
    submittedAt: view.submittedAt,
    verdict: view.verdict,
    recommended: view.recommendation !== undefined,
    quotaStatus: quota.status,
  };
}

/** The export's line of an assessment view: what the round action reads for each station. */
export function sheetRow(view: AssessmentView): AssessmentSheetRow {
  const empty = view.report.narrative === '';
  return {
    ...roundRow(view),
    figures: view.file.quota.figures,
    metrics: empty
      ? null
      : (Object.fromEntries(ASSESSMENT_METRICS.map((metric) => [metric, view.report.metrics[metric].value])) as Record<
          AssessmentMetric,
          number
        >),
    evaluationOverall: view.file.evaluation?.overall ?? null,
    recommendationNote: view.recommendation?.note,
  };
}
