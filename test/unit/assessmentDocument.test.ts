import type { AssessmentView } from '../../types/actions';
import {
  ASSESSMENT_HEADINGS,
  renderAssessmentDocument,
} from '../../cloudfunctions/api/src/documents/assessmentDocument';
import { FULL_NARRATIVE, fullAssessmentView, sparseAssessmentView } from '../support/assessmentViews';
import { readWord, tableStarting, type WordReadBack } from '../support/wordReadBack';
import { unzip } from '../support/zip';

// 20 March 2027, 08:30 in Shanghai; 19 March in UTC, so the footer shows the local date.
const GENERATED = new Date('2027-03-20T00:30:00Z');

const HEADINGS = Object.values(ASSESSMENT_HEADINGS);

async function render(view: AssessmentView, societyName = view.file.station.societyName): Promise<WordReadBack> {
  return readWord(await renderAssessmentDocument(view, { societyName, generatedAt: GENERATED }));
}

/** The lines from `heading` up to the next section's heading. */
function section(read: WordReadBack, heading: string): string[] {
  const start = read.lines.indexOf(heading);
  if (start < 0) throw new Error(`no section ${heading}`);
  const next = read.lines.findIndex((line, index) => index > start && HEADINGS.includes(line as never));
  return read.lines.slice(start, next < 0 ? undefined : next);
}

describe('renderAssessmentDocument of a concluded, recommended assessment', () => {
  let full: WordReadBack;
  beforeAll(async () => {
    full = await render(fullAssessmentView(), '中国有色金属学会（现名）');
  });

  it('writes a .docx titled with the year and the station, every section in order', () => {
    expect(full.docx.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(full.lines.slice(0, 3)).toEqual([
      '“科创中国”贵阳学会产业科技服务工作站',
      '2026年度考核表',
      '工作站：中国有色金属学会贵阳铝加工工作站',
    ]);
    const positions = HEADINGS.map((heading) => full.lines.indexOf(heading));
    expect(positions.filter((position) => position < 0)).toEqual([]);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('fills 基本情况 with the society named by the caller, the level, industry, host, dates and statuses in words', () => {
    expect(tableStarting(full.tables, '工作站名称')).toEqual([
      ['工作站名称', '中国有色金属学会贵阳铝加工工作站'],
      ['所属学会', '中国有色金属学会（现名）'],
      ['工作站级别', '国家级工作站', '所属产业', '铝及铝加工制造业'],
      ['需求单位', '贵州华科铝材料工程技术研究有限公司'],
      ['合作期限', '2025年1月1日至2027年12月31日'],
      ['工作站状态', '运行中', '考核状态', '合格'],
    ]);
  });

  it('prints the year’s figures against the quota, each met or not, marked as computed from the records', () => {
    expect(section(full, ASSESSMENT_HEADINGS.quota)[1]).toContain('系统根据记录生成');
    expect(tableStarting(full.tables, '指标')).toEqual([
      ['指标', '年度要求', '完成', '完成情况'],
      ['服务技术需求（项）', '10', '12', '已达标'],
      ['服务专家（人）', '10', '11', '已达标'],
      ['其中省外专家（人）', '5', '4', '未达标'],
      ['确认服务（次）', '30', '年度结论', '未达标'],
    ]);
  });

  it('lists the needs served and the visits listed, saying the total when fewer are listed', () => {
    expect(tableStarting(full.tables, '序号')).toEqual([
      ['序号', '技术需求', '服务类型', '状态', '本年服务（次）'],
      ['1', '铸锭气孔率偏高', '技术攻关', '已解决', '14'],
      ['2', '时效热处理工艺优化', '产品开发', '服务中', '9'],
      ['3', '新标准宣贯培训', '技术推广', '已解决', '7'],
    ]);
    expect(section(full, ASSESSMENT_HEADINGS.visits)).toContain('本年度确认服务共 30 次，下表列出最早的 3 次。');
    const visits = full.tables.find((table) => table[0][1] === '签到时间')!;
    // Check-in times in Asia/Shanghai.
    expect(visits.slice(1)).toEqual([
      ['1', '2026-01-12 09:00', '专家1', '铸锭气孔率偏高', '技术攻关', '240'],
      ['2', '2026-02-03 14:30', '专家6', '时效热处理工艺优化', '产品开发', '180'],
      ['3', '2026-03-20 10:00', '专家2', '新标准宣贯培训', '技术推广', '120'],
    ]);
  });

  it('prints the demand unit’s score, intent and comment, and the roster’s changes in date order', () => {
    expect(tableStarting(full.tables, '总体满意度')).toEqual([
      ['总体满意度', '4 星（满分 5 星）', '继续合作意向', '愿意继续合作'],
      ['评价意见', '专家服务及时，解决了铸锭质量问题。'],
      ['提交时间', '2026-12-20 10:00'],
    ]);
    expect(section(full, ASSESSMENT_HEADINGS.roster)).toContain('年末在册专家 12 人；本年加入 2 人，退出 1 人。');
    expect(tableStarting(full.tables, '变动').slice(1)).toEqual([
      ['加入', '专家11', '专家', '2026-04-01 10:00'],
      ['退出', '专家3', '专家', '2026-05-10 10:00'],
      ['加入', '专家12', '专家', '2026-06-01 10:00'],
    ]);
  });

  it('prints spending by category in yuan to the fen, and the total spent in figures and capitals', () => {
    expect(tableStarting(full.tables, '经费类别')).toEqual([
      ['经费类别', '支出金额（元）'],
      ['专家差旅费', '12,345.67'],
      ['咨询费', '20,000.00'],
      ['会议费', '300.05'],
    ]);
    expect(tableStarting(full.tables, '本年拨款')).toEqual([
      ['本年拨款', '100,000.00'],
      ['本年支出合计', '￥32,645.72（人民币大写：叁万贰仟陆佰肆拾伍元柒角贰分）'],
      ['本年退还', '0.00'],
      ['年末结余', '67,354.28'],
    ]);
  });

  it('prints the 自查报告: the narrative line by line and each metric with its unit, evidence and links', () => {
    const report = section(full, ASSESSMENT_HEADINGS.report);
    expect(report[1]).toBe('状态：合格，提交于 2027-02-20 10:30');
    for (const line of FULL_NARRATIVE.split('\n')) expect(report).toContain(line);
    const table = full.tables.find((candidate) => candidate[0].join() === '序号,指标,数量,佐证材料')!;
    expect(table.slice(1).map((row) => row.slice(1, 3))).toEqual([
      ['咨询建议获市级及以上领导批示或有关部门采纳', '2 项'],
      ['获得重大科技专项', '1 项'],
      ['转化落地科研成果', '3 项'],
      ['成果转化经济、社会效益', '12,345.67 元'],
      ['培养、引进高层次人才', '4 人'],
      ['制定省级及以上技术标准', '0 项'],
      ['获市级及以上科技奖项', '1 项'],
      ['技术攻关成果实施取得的经济效益', '500,000.00 元'],
    ]);
    expect(table[1][3]).toBe(
      [
        '1. 《关于加快铝精深加工的建议》获市领导批示',
        '附件：批示件.pdf',
        'https://www.guiyang.gov.cn/zwgk/2026/notice-118.html',
        '2. 铝产业链调研报告被市工信局采纳',
      ].join('\n'),
    );
    expect(table[4][3]).toBe('1. 成果转化合同三份\n附件：合同1.pdf、合同2.pdf');
    expect(table[3][3]).toBe('无');
    // The link opens from the document.
    expect(full.html).toContain(
      '<a href="https://www.guiyang.gov.cn/zwgk/2026/notice-118.html">https://www.guiyang.gov.cn/zwgk/2026/notice-118.html</a>',
    );
    expect(report.slice(-2)).toEqual(['工作站负责人（签名）：', '年　　月　　日']);
  });

  it('prints the society’s remarks with the society’s seal line', () => {
    expect(section(full, ASSESSMENT_HEADINGS.society)).toEqual([
      ASSESSMENT_HEADINGS.society,
      '李敏（2027-02-21 11:00）：',
      '情况属实，同意报送。',
      '建议补充转化合同的付款凭证。',
      '中国有色金属学会（现名）（盖章）：',
      '年　　月　　日',
    ]);
  });

  it('prints the city’s document review, inspection, verdict and recommendation, then the signature lines', () => {
    expect(tableStarting(full.tables, '书面审查')).toEqual([
      ['书面审查', '材料齐全，佐证充分（赵审查，2027-03-02 10:00）'],
      [
        '现场考察',
        '考察日期：2027年3月10日\n意见：现场查看实验室和生产线，与报告相符（赵审查，2027-03-10 16:00）\n现场照片 2 张',
      ],
      ['考核结论', '合格\n意见：完成年度主要任务，成效明显（赵审查，2027-03-15 10:00）'],
      ['推荐', '推荐为贵阳市专家工作站：攻关成效突出（赵审查，2027-03-16 10:00）'],
    ]);
    expect(full.lines.slice(-3)).toEqual(['审查人（签名）：', '贵阳市科学技术协会（盖章）：', '年　　月　　日']);
  });

  it('puts the station, the year, the local date and the page numbers in the footer', () => {
    expect(full.footer).toBe(
      '中国有色金属学会贵阳铝加工工作站 2026年度考核表 · 生成于 2027-03-20　　第 PAGE 页 / 共 NUMPAGES 页',
    );
  });

  it('sets A4 portrait with 宋体 for the text and 黑体 for the headings, as the 申报书', () => {
    const files = unzip(full.docx);
    expect(files.get('word/document.xml')!.toString('utf8')).toMatch(
      /<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/,
    );
    const styles = files.get('word/styles.xml')!.toString('utf8');
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts [^>]*w:eastAsia="宋体"/);
    expect(styles).toMatch(/w:styleId="Heading1".*?w:eastAsia="黑体"/s);
  });
});

describe('renderAssessmentDocument of a failed verdict', () => {
  it('prints 不合格 with the reasons', async () => {
    const view = fullAssessmentView();
    view.state = 'failed';
    view.verdict = 'failed';
    view.recommendation = undefined;
    view.reviews[2] = { ...view.reviews[2], verdict: 'failed', opinion: '省外专家未达标，佐证材料不实' };
    const read = await render(view);
    expect(tableStarting(read.tables, '书面审查')).toContainEqual([
      '考核结论',
      '不合格\n原因：省外专家未达标，佐证材料不实（赵审查，2027-03-15 10:00）',
    ]);
    expect(read.text).not.toContain('推荐为贵阳市专家工作站');
  });
});

describe('renderAssessmentDocument of a station that wrote nothing, had no evaluation and spent nothing', () => {
  let sparse: WordReadBack;
  beforeAll(async () => {
    sparse = await render(sparseAssessmentView());
  });

  it('still has every section, in order', () => {
    const positions = HEADINGS.map((heading) => sparse.lines.indexOf(heading));
    expect(positions.filter((position) => position < 0)).toEqual([]);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('shows the suspended station and 未提交, and a quota the level does not set as 不作要求', () => {
    expect(tableStarting(sparse.tables, '工作站名称')).toContainEqual(['工作站状态', '已暂停', '考核状态', '未提交']);
    expect(tableStarting(sparse.tables, '指标')).toEqual([
      ['指标', '年度要求', '完成', '完成情况'],
      ['服务技术需求（项）', '3', '0', '未达标'],
      ['服务专家（人）', '3', '0', '未达标'],
      ['其中省外专家（人）', '不作要求', '0', '已达标'],
      ['确认服务（次）', '0', '年度结论', '未达标'],
    ]);
  });

  it('says 无 for empty sections and 未提交 for the missing evaluation', () => {
    expect(section(sparse, ASSESSMENT_HEADINGS.needs)).toEqual([ASSESSMENT_HEADINGS.needs, '无']);
    expect(section(sparse, ASSESSMENT_HEADINGS.visits)).toEqual([ASSESSMENT_HEADINGS.visits, '无']);
    expect(section(sparse, ASSESSMENT_HEADINGS.evaluation)).toEqual([ASSESSMENT_HEADINGS.evaluation, '未提交']);
    expect(section(sparse, ASSESSMENT_HEADINGS.roster)).toEqual([
      ASSESSMENT_HEADINGS.roster,
      '年末在册专家 3 人；本年加入 0 人，退出 0 人。',
      '无',
    ]);
    expect(section(sparse, ASSESSMENT_HEADINGS.report)).toEqual([ASSESSMENT_HEADINGS.report, '状态：未提交', '无']);
    expect(section(sparse, ASSESSMENT_HEADINGS.society)).toEqual([
      ASSESSMENT_HEADINGS.society,
      '无',
      '贵阳市茶叶学会（盖章）：',
      '年　　月　　日',
    ]);
  });

  it('prints zero spending as 0.00 and 零元整', () => {
    expect(tableStarting(sparse.tables, '经费类别')).toEqual([['经费类别', '支出金额（元）'], ['无']]);
    expect(tableStarting(sparse.tables, '本年拨款')).toContainEqual(['本年支出合计', '￥0.00（人民币大写：零元整）']);
  });

  it('leaves the city’s review open: no review, no verdict, no recommendation', () => {
    expect(tableStarting(sparse.tables, '书面审查')).toEqual([
      ['书面审查', '无'],
      ['现场考察', '无'],
      ['考核结论', '尚未作出结论'],
    ]);
  });
});
