import ExcelJS from 'exceljs';
import type { AssessmentSheetRow } from '../../types/actions';
import { renderAssessmentWorkbook } from '../../cloudfunctions/api/src/documents/assessmentWorkbook';
import { fullAssessmentView, sheetRow, sparseAssessmentView } from '../support/assessmentViews';

async function readBack(buffer: Buffer): Promise<ExcelJS.Worksheet[]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer, which Node's Buffer no longer matches under TypeScript 5.7+.
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook.worksheets;
}

/** A row's cells from column A on; an empty cell reads as null. */
function values(sheet: ExcelJS.Worksheet, row: number): unknown[] {
  return Array.from({ length: sheet.columnCount }, (_, i) => sheet.getRow(row).getCell(i + 1).value ?? null);
}

const HEADER = [
  '序号',
  '工作站',
  '所属学会',
  '级别',
  '产业',
  '工作站状态',
  '服务技术需求（项）',
  '服务专家（人）',
  '其中省外专家（人）',
  '达标情况',
  '咨询建议获市级及以上领导批示或有关部门采纳（项）',
  '获得重大科技专项（项）',
  '转化落地科研成果（项）',
  '成果转化经济、社会效益（元）',
  '培养、引进高层次人才（人）',
  '制定省级及以上技术标准（项）',
  '获市级及以上科技奖项（项）',
  '技术攻关成果实施取得的经济效益（元）',
  '需求方评分',
  '考核状态',
  '结论',
  '推荐',
];

/** The concluded and recommended station, a draft in progress, and one that never submitted. */
function rows(): AssessmentSheetRow[] {
  const passed = sheetRow(fullAssessmentView());
  const draft: AssessmentSheetRow = {
    ...sheetRow(fullAssessmentView()),
    stationId: 'station-soft',
    stationName: '贵州省软件行业协会数据服务站',
    societyName: '贵州省软件行业协会',
    level: 'provincial',
    industry: 'software_it',
    state: 'draft',
    verdict: undefined,
    recommended: false,
    recommendationNote: undefined,
    quotaStatus: 'met',
    figures: { needsServed: 5, experts: 6, outOfProvinceExperts: 0 },
    metrics: {
      adoptedConsultations: 0,
      majorProjects: 0,
      transferredResults: 1,
      transferBenefitFen: 5,
      talents: 1,
      standards: 1,
      awards: 0,
      tackledBenefitFen: 99,
    },
    evaluationOverall: 5,
  };
  return [passed, draft, sheetRow(sparseAssessmentView())];
}

describe('the round workbook', () => {
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    const sheets = await readBack(await renderAssessmentWorkbook({ year: 2026, rows: rows() }));
    expect(sheets).toHaveLength(1);
    sheet = sheets[0];
  });

  it('is the year’s sheet with its title and a header that stays in view', () => {
    expect(sheet.name).toBe('2026年度考核');
    expect(sheet.getCell('A1').value).toBe('2026 年度学会产业科技服务工作站考核情况');
    expect(values(sheet, 2)).toEqual(HEADER);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('writes the concluded station: figures and metrics as numbers, benefits in yuan from fen, score and verdict', () => {
    expect(values(sheet, 3)).toEqual([
      1,
      '中国有色金属学会贵阳铝加工工作站',
      '中国有色金属学会',
      '国家级',
      '铝及铝加工制造业',
      '运行中',
      12,
      11,
      4,
      '未达标',
      2,
      1,
      3,
      12345.67,
      4,
      0,
      1,
      500000,
      4,
      '合格',
      '合格',
      '是',
    ]);
  });

  it('writes a draft with its state and no verdict, and tiny fen amounts exactly', () => {
    expect(values(sheet, 4)).toEqual([
      2,
      '贵州省软件行业协会数据服务站',
      '贵州省软件行业协会',
      '省级',
      '软件和信息技术服务业',
      '运行中',
      5,
      6,
      0,
      '已达标',
      0,
      0,
      1,
      0.05,
      1,
      1,
      0,
      0.99,
      5,
      '自查报告撰写中',
      null,
      null,
    ]);
  });

  it('leaves the metrics and score blank for a station with no report and no evaluation, flagged 未提交', () => {
    expect(values(sheet, 5)).toEqual([
      3,
      '贵阳市茶叶学会开阳茶产业服务站',
      '贵阳市茶叶学会',
      '市级',
      '生态特色食品制造业',
      '已暂停',
      0,
      0,
      0,
      '未达标',
      ...Array(8).fill(null),
      null,
      '未提交',
      null,
      null,
    ]);
  });

  it('ends with the sums of figures and metrics, money summed in fen', () => {
    expect(values(sheet, 6)).toEqual([
      '合计',
      '3 个工作站',
      null,
      null,
      null,
      null,
      17,
      17,
      4,
      null,
      2,
      1,
      4,
      12345.72,
      5,
      1,
      1,
      500000.99,
      null,
      null,
      null,
      null,
    ]);
    expect(sheet.rowCount).toBe(6);
  });

  it('formats the benefit columns as yuan with two decimals', () => {
    expect(sheet.getCell('N3').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('R4').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('M3').numFmt).toBeUndefined();
  });
});

describe('the recommended list', () => {
  it('holds only the recommended stations, with the city’s note', async () => {
    const [sheet] = await readBack(await renderAssessmentWorkbook({ year: 2026, rows: rows(), only: 'recommended' }));
    expect(sheet.name).toBe('2026年度推荐名单');
    expect(sheet.getCell('A1').value).toBe('2026 年度考核推荐贵阳市专家工作站名单');
    expect(values(sheet, 2)).toEqual([...HEADER, '推荐说明']);
    const row = values(sheet, 3);
    expect(row.slice(0, 2)).toEqual([1, '中国有色金属学会贵阳铝加工工作站']);
    expect(row.slice(-5)).toEqual([4, '合格', '合格', '是', '攻关成效突出']);
    expect(values(sheet, 4).slice(0, 2)).toEqual(['合计', '1 个工作站']);
    expect(sheet.rowCount).toBe(4);
  });

  it('is a header and an empty 合计 when no station is recommended', async () => {
    const [sheet] = await readBack(
      await renderAssessmentWorkbook({
        year: 2026,
        rows: rows().map((row) => ({ ...row, recommended: false })),
        only: 'recommended',
      }),
    );
    expect(values(sheet, 3).slice(0, 2)).toEqual(['合计', '0 个工作站']);
    expect(sheet.rowCount).toBe(3);
  });
});
