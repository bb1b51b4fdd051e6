import type { AssessmentRoundView, RoundStationRow } from '../../types/actions';
import type { SelfInspectionReport } from '../../types/assessment';
import { ASSESSMENT_METRICS, ASSESSMENT_TABLE_LIMITS } from '../../types/catalogue/assessments';
import type { Attachment } from '../../types/domain';
import {
  emptyEvidence,
  formFromReport,
  metricValue,
  reportFromForm,
  reportProblems,
  type ReportFormValues,
} from '../../src/utils/assessmentReport';
import { assessmentReviewInput, assessmentReviewProblems } from '../../src/utils/assessmentReview';
import { deadlineProblem, lastFrozenYear, yearToOpen } from '../../src/utils/assessmentRound';
import { formatMetric, matchesRoundFilter, roundCounts, roundFilterOptions } from '../../src/utils/assessmentStates';

const PHOTO: Attachment = {
  fileId: 'cloud://env/assessments/o1/award.png',
  name: 'award.png',
  size: 100,
  kind: 'image',
};
const NARRATIVE = '本年度工作站围绕企业技术需求开展服务，'.repeat(4);

function emptyReport(): SelfInspectionReport {
  const metrics = Object.fromEntries(
    ASSESSMENT_METRICS.map((metric) => [metric, { value: 0, evidence: [] }]),
  ) as unknown as SelfInspectionReport['metrics'];
  return { narrative: '', metrics };
}

function filledForm(): ReportFormValues {
  const values = formFromReport(emptyReport());
  values.narrative = NARRATIVE;
  for (const metric of ASSESSMENT_METRICS) values.metrics[metric].value = '0';
  return values;
}

describe('the self-inspection form', () => {
  it('shows a report never saved with empty figures, and a saved one in yuan', () => {
    expect(formFromReport(emptyReport()).metrics.awards.value).toBe('');
    const saved = emptyReport();
    saved.narrative = NARRATIVE;
    saved.metrics.transferBenefitFen = {
      value: 1_250_050,
      evidence: [{ description: '合同', attachments: [PHOTO], links: ['https://a.cn/x', 'https://b.cn'] }],
    };
    const values = formFromReport(saved);
    expect(values.metrics.transferBenefitFen.value).toBe('12500.50');
    expect(values.metrics.transferBenefitFen.evidence[0].links).toBe('https://a.cn/x\nhttps://b.cn');
    expect(values.metrics.awards.value).toBe('0');
  });

  it('reads counts as whole numbers and benefits as yuan to the fen', () => {
    expect(metricValue('awards', '3')).toBe(3);
    expect(metricValue('awards', '')).toBe(0);
    expect(metricValue('awards', '2.5')).toBeNull();
    expect(metricValue('awards', '10001')).toBeNull();
    expect(metricValue('tackledBenefitFen', '1,200.05')).toBe(120_005);
    expect(metricValue('tackledBenefitFen', '1.234')).toBeNull();
    expect(metricValue('tackledBenefitFen', '20000000000')).toBeNull();
  });

  it('lets a draft be unfinished but not malformed', () => {
    const values = formFromReport(emptyReport());
    expect(reportProblems(values, false)).toEqual({});
    values.metrics.awards.value = 'x';
    values.metrics.awards.evidence = [{ ...emptyEvidence(), links: 'www.example.com' }];
    const problems = reportProblems(values, false);
    expect(problems.awards).toMatch(/整数/);
    expect(problems[`awards.${values.metrics.awards.evidence[0].key}`]).toMatch(/https/);
    expect(problems.narrative).toBeUndefined();
  });

  it('asks a submission for the narrative, every figure, and evidence for each figure above 0', () => {
    const blank = reportProblems(formFromReport(emptyReport()), true);
    expect(blank.narrative).toMatch(/请填写/);
    expect(blank.awards).toMatch(/没有请填 0/);

    const values = filledForm();
    expect(reportProblems(values, true)).toEqual({});
    values.metrics.awards.value = '2';
    expect(reportProblems(values, true)['awards.evidence']).toMatch(/佐证/);
    const item = { ...emptyEvidence(), description: '市科技进步奖证书' };
    values.metrics.awards.evidence = [item];
    expect(reportProblems(values, true)[`awards.${item.key}`]).toMatch(/附件或填写链接/);
    values.metrics.awards.evidence = [{ ...item, description: '', attachments: [PHOTO] }];
    expect(reportProblems(values, true)[`awards.${item.key}`]).toMatch(/写明/);
    values.metrics.awards.evidence = [{ ...item, attachments: [PHOTO] }];
    expect(reportProblems(values, true)).toEqual({});
  });

  it('takes as many files and as many links as an evidence item holds, not more', () => {
    const values = filledForm();
    const files = Array.from({ length: ASSESSMENT_TABLE_LIMITS.attachmentsPerEvidence }, () => PHOTO);
    const item = { ...emptyEvidence(), attachments: files, links: 'https://a.cn' };
    values.metrics.standards = { value: '1', evidence: [item] };
    expect(reportProblems(values, false)[`standards.${item.key}`]).toBeUndefined();
    const links = files.map((_, index) => `https://a.cn/${index}`).concat('https://b.cn');
    const tooMany = { ...item, links: links.join('\n') };
    values.metrics.standards = { value: '1', evidence: [tooMany] };
    expect(reportProblems(values, false)[`standards.${item.key}`]).toMatch(/最多 6 个链接/);
  });

  it('sends fen and trimmed links', () => {
    const values = filledForm();
    values.metrics.tackledBenefitFen = {
      value: '300.5',
      evidence: [{ ...emptyEvidence(), description: ' 验收报告 ', links: ' https://a.cn/r \n\n' }],
    };
    const report = reportFromForm(values);
    expect(report.metrics.tackledBenefitFen).toEqual({
      value: 30_050,
      evidence: [{ description: '验收报告', attachments: [], links: ['https://a.cn/r'] }],
    });
    expect(report.metrics.awards.value).toBe(0);
  });
});

describe('the round', () => {
  const counts: AssessmentRoundView['counts'] = {
    stations: 9,
    recommended: 1,
    not_started: 1,
    not_submitted: 1,
    draft: 1,
    submitted: 1,
    document_reviewed: 1,
    inspected: 1,
    passed: 2,
    failed: 1,
  };

  it('counts everything submitted and not yet concluded as 已提交', () => {
    const list = roundCounts(counts);
    expect(list.map((item) => item.label)).toEqual(['未开始', '撰写中', '已提交', '未提交', '合格', '不合格', '推荐']);
    expect(list.find((item) => item.key === 'submitted')?.count).toBe(3);
  });

  it('offers a filter for each state present and the recommended', () => {
    const row = (state: RoundStationRow['state'], recommended = false) =>
      ({ stationId: state, state, recommended }) as RoundStationRow;
    const rows = [row('passed', true), row('passed'), row('not_submitted')];
    expect(roundFilterOptions(rows).map((option) => option.label)).toEqual(['全部 3', '未提交 1', '合格 2', '推荐 1']);
    expect(rows.filter((one) => matchesRoundFilter(one, 'recommended'))).toHaveLength(1);
  });

  it('opens the year sealed by 15 January, once', () => {
    expect(lastFrozenYear(new Date('2027-01-14T15:59:00Z'))).toBe(2025);
    expect(lastFrozenYear(new Date('2027-01-14T16:00:00Z'))).toBe(2026);
    const opened = { year: 2026 } as AssessmentRoundView;
    expect(yearToOpen([opened], new Date('2027-02-01T00:00:00Z'))).toBeNull();
    expect(yearToOpen([], new Date('2027-02-01T00:00:00Z'))).toBe(2026);
  });

  it('takes a deadline from tomorrow on', () => {
    const now = new Date('2027-02-01T02:00:00Z');
    expect(deadlineProblem('', now)).toMatch(/请选择/);
    expect(deadlineProblem('2027-02-01', now)).toMatch(/2027-02-02/);
    expect(deadlineProblem('2027-02-02', now)).toBeUndefined();
  });

  it('writes figures with their units', () => {
    expect(formatMetric('talents', 2)).toBe('2 人');
    expect(formatMetric('transferBenefitFen', 123_456_789)).toBe('1,234,567.89 元');
  });
});

describe('the city review', () => {
  const blank = { opinion: '', inspectedOn: '', verdict: '' as const };

  it('asks an inspection for its day and a photo, a verdict for its choice', () => {
    const inspection = assessmentReviewProblems(
      'inspection',
      { ...blank, opinion: '场地与报告一致' },
      [],
      '2027-03-01',
    );
    expect(Object.keys(inspection).sort()).toEqual(['attachments', 'inspectedOn']);
    expect(
      assessmentReviewProblems(
        'inspection',
        { ...blank, opinion: '好的', inspectedOn: '2027-03-02' },
        [PHOTO],
        '2027-03-01',
      ).inspectedOn,
    ).toMatch(/晚于/);
    const verdict = assessmentReviewProblems('verdict', blank, [], '2027-03-01');
    expect(verdict.verdict).toBeDefined();
    expect(assessmentReviewProblems('verdict', { ...blank, verdict: 'failed' }, [], '2027-03-01').opinion).toMatch(
      /不合格的理由/,
    );
  });

  it('sends only the fields of the step', () => {
    const values = { opinion: ' 合格 ', inspectedOn: '2027-03-01', verdict: 'passed' as const };
    const key = { year: 2026, stationId: 's1' };
    expect(assessmentReviewInput(key, 'document_review', values, [])).toEqual({
      ...key,
      step: 'document_review',
      opinion: '合格',
      attachments: [],
    });
    expect(assessmentReviewInput(key, 'verdict', values, []).verdict).toBe('passed');
    expect(assessmentReviewInput(key, 'inspection', values, [PHOTO]).inspectedOn).toBe('2027-03-01');
  });
});
