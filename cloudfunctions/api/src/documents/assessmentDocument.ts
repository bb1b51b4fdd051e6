import { ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import type { AssessmentFile, AssessmentView } from '../../../../types/actions';
import type { AssessmentReviewEntry, MetricEvidence, SelfInspectionReport } from '../../../../types/assessment';
import {
  ASSESSMENT_METRIC_LABELS,
  ASSESSMENT_METRIC_UNIT_LABELS,
  ASSESSMENT_METRIC_UNITS,
  ASSESSMENT_METRICS,
  ASSESSMENT_STATUS_LABELS,
  COOPERATION_INTENT_LABELS,
  EXPENSE_CATEGORY_LABELS,
  INDUSTRY_LABELS,
  NEED_STATUS_LABELS,
  QUOTA_FIGURE_LABELS,
  QUOTA_FIGURES,
  QUOTA_STATUS_LABELS,
  ROLE_LABELS,
  SERVICE_TYPE_LABELS,
  STATION_LEVEL_LABELS,
  STATION_STATUS_LABELS,
  type AssessmentMetric,
} from '../../../../types/catalogue';
import { capitalYuan, formatYuan } from '../../../../types/catalogue/money';
import { localDateTime } from '../domain/calendar';
import { roundStateLabel } from './assessmentWords';
import {
  box,
  cell,
  CENTER,
  centredLine,
  chineseDate,
  dateLine,
  dateRange,
  generatedWords,
  heading,
  label,
  NONE,
  none,
  note,
  pageFooter,
  printedDocument,
  RIGHT,
  row,
  signatureLine,
  SIZE_SUBHEADING,
  SIZE_TABLE,
  SIZE_TITLE,
  table,
  textParagraphs,
  type Block,
} from './wordKit';

/*
 * A station's 年度考核表 for print: the year's records as the server assembled them (figures,
 * needs, visits, evaluation, roster, spending), the head's 自查报告, the society's remarks and
 * the city's review and verdict, with lines for the signatures and seals that go on paper.
 */

export interface AssessmentDocumentMeta {
  societyName: string;
  /** The footer's date, read in Asia/Shanghai. */
  generatedAt: Date;
}

const STATION_KIND = '“科创中国”贵阳学会产业科技服务工作站';
/** The yearly evaluation's scale (1 to 5 stars). */
const EVALUATION_SCALE = 5;
/** A signature line kept on the page of its date. */
const KEEP = { keepNext: true };

/** The printed headings, in the form's order. */
export const ASSESSMENT_HEADINGS = {
  basics: '一、基本情况',
  quota: '二、年度任务完成情况',
  needs: '三、服务需求',
  visits: '四、服务记录',
  evaluation: '五、需求方评价',
  roster: '六、专家名册变动',
  spending: '七、经费使用',
  report: '八、自查报告',
  society: '九、学会意见',
  review: '十、市科协审查',
} as const;

/** Said of every figure the server computed from the records, not typed by anyone. */
export const COMPUTED_NOTE = '系统根据记录生成';

/** The 考核表 of one station's assessment as a .docx file. */
export async function renderAssessmentDocument(view: AssessmentView, meta: AssessmentDocumentMeta): Promise<Buffer> {
  const { file } = view;
  const document = printedDocument({
    title: `${view.stationName} ${view.year}年度考核表`,
    description: `${view.year}年度考核`,
    footers: {
      default: pageFooter(`${view.stationName} ${view.year}年度考核表 · ${generatedWords(meta.generatedAt)}`),
    },
    children: [
      ...title(view),
      ...basicsSection(view, meta),
      ...quotaSection(file),
      ...needsSection(file),
      ...visitsSection(file),
      ...evaluationSection(file),
      ...rosterSection(file),
      ...spendingSection(file),
      ...reportSection(view),
      ...societySection(view, meta),
      ...reviewSection(view),
    ],
  });
  return Packer.toBuffer(document);
}

function title(view: AssessmentView): Paragraph[] {
  return [
    centredLine(STATION_KIND, SIZE_TITLE, { before: 240, line: 480 }),
    centredLine(`${view.year}年度考核表`, SIZE_TITLE, { after: 240, line: 480 }),
    centredLine(`工作站：${view.stationName}`, SIZE_SUBHEADING, { after: 360 }, true),
  ];
}

function basicsSection(view: AssessmentView, meta: AssessmentDocumentMeta): Block[] {
  const { station } = view.file;
  return [
    heading(ASSESSMENT_HEADINGS.basics),
    table(
      [20, 30, 20, 30],
      [
        row([label('工作站名称'), cell(station.name, { span: 3 })]),
        row([label('所属学会'), cell(meta.societyName, { span: 3 })]),
        row([
          label('工作站级别'),
          cell(STATION_LEVEL_LABELS[station.level]),
          label('所属产业'),
          cell(INDUSTRY_LABELS[station.industry]),
        ]),
        row([label('需求单位'), cell(station.demandUnitName, { span: 3 })]),
        row([label('合作期限'), cell(dateRange(station.cooperationStart, station.cooperationEnd), { span: 3 })]),
        row([
          label('工作站状态'),
          cell(STATION_STATUS_LABELS[station.status]),
          label('考核状态'),
          cell(roundStateLabel(view.state)),
        ]),
      ],
    ),
  ];
}

function quotaSection({ year, quota }: AssessmentFile): Block[] {
  return [
    heading(ASSESSMENT_HEADINGS.quota),
    note(`以下数据为${year}年度确认的服务记录统计结果（年度数据已封存），${COMPUTED_NOTE}。`),
    table(
      [34, 22, 22, 22],
      [
        row([label('指标'), label('年度要求'), label('完成'), label('完成情况')], true),
        ...QUOTA_FIGURES.map((figure) => {
          const { label: name, unit } = QUOTA_FIGURE_LABELS[figure];
          const target = quota.quota[figure];
          return row([
            cell(`${name}（${unit}）`),
            cell(target > 0 ? String(target) : '不作要求', CENTER),
            cell(String(quota.figures[figure]), CENTER),
            cell(QUOTA_STATUS_LABELS[quota.figureStatus[figure]], CENTER),
          ]);
        }),
        row([
          label('确认服务（次）'),
          cell(String(quota.confirmedVisits), CENTER),
          label('年度结论'),
          cell(QUOTA_STATUS_LABELS[quota.status], { ...CENTER, bold: true }),
        ]),
      ],
    ),
  ];
}

function needsSection({ needsServed }: AssessmentFile): Block[] {
  if (needsServed.length === 0) return [heading(ASSESSMENT_HEADINGS.needs), none()];
  return [
    heading(ASSESSMENT_HEADINGS.needs),
    table(
      [8, 44, 18, 16, 14],
      [
        row([label('序号'), label('技术需求'), label('服务类型'), label('状态'), label('本年服务（次）')], true),
        ...needsServed.map((need, index) =>
          row([
            cell(String(index + 1), CENTER),
            cell(need.title),
            cell(SERVICE_TYPE_LABELS[need.serviceType], CENTER),
            cell(NEED_STATUS_LABELS[need.status], CENTER),
            cell(String(need.visits), CENTER),
          ]),
        ),
      ],
    ),
  ];
}

function visitsSection({ visits, visitsTotal }: AssessmentFile): Block[] {
  if (visits.length === 0) return [heading(ASSESSMENT_HEADINGS.visits), none()];
  const listed =
    visits.length < visitsTotal
      ? [note(`本年度确认服务共 ${visitsTotal} 次，下表列出最早的 ${visits.length} 次。`)]
      : [note(`本年度确认服务共 ${visitsTotal} 次。`)];
  return [
    heading(ASSESSMENT_HEADINGS.visits),
    ...listed,
    table(
      [7, 25, 11, 31, 13, 13],
      [
        row(
          [
            label('序号'),
            label('签到时间'),
            label('专家'),
            label('技术需求'),
            label('服务类型'),
            label('时长（分钟）'),
          ],
          true,
        ),
        ...visits.map((visit, index) =>
          row([
            cell(String(index + 1), CENTER),
            cell(localDateTime(visit.at), CENTER),
            cell(visit.expertName, CENTER),
            cell(visit.needTitle),
            cell(SERVICE_TYPE_LABELS[visit.serviceType], CENTER),
            cell(String(visit.minutes), CENTER),
          ]),
        ),
      ],
    ),
  ];
}

function evaluationSection({ evaluation }: AssessmentFile): Block[] {
  if (!evaluation) return [heading(ASSESSMENT_HEADINGS.evaluation), none('未提交')];
  return [
    heading(ASSESSMENT_HEADINGS.evaluation),
    table(
      [20, 30, 20, 30],
      [
        row([
          label('总体满意度'),
          cell(`${evaluation.overall} 星（满分 ${EVALUATION_SCALE} 星）`),
          label('继续合作意向'),
          cell(COOPERATION_INTENT_LABELS[evaluation.intent]),
        ]),
        row([label('评价意见'), cell(evaluation.comment || NONE, { span: 3 })]),
        row([label('提交时间'), cell(localDateTime(evaluation.submittedAt), { span: 3 })]),
      ],
    ),
  ];
}

function rosterSection({ roster }: AssessmentFile): Block[] {
  const changes = [
    ...roster.joined.map((change) => ({ ...change, kind: '加入' })),
    ...roster.left.map((change) => ({ ...change, kind: '退出' })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return [
    heading(ASSESSMENT_HEADINGS.roster),
    note(
      `年末在册专家 ${roster.expertsAtYearEnd} 人；本年加入 ${roster.joined.length} 人，退出 ${roster.left.length} 人。`,
    ),
    changes.length === 0
      ? none()
      : table(
          [10, 22, 24, 44],
          [
            row([label('变动'), label('姓名'), label('身份'), label('时间')], true),
            ...changes.map((change) =>
              row([
                cell(change.kind, CENTER),
                cell(change.name, CENTER),
                cell(ROLE_LABELS[change.role], CENTER),
                cell(localDateTime(change.at), CENTER),
              ]),
            ),
          ],
        ),
  ];
}

/** ￥32,645.72（人民币大写：叁万贰仟陆佰肆拾伍元柒角贰分）, as a total is written on a form. */
export function yuanWithCapitals(fen: number): string {
  return `￥${formatYuan(fen)}（人民币大写：${capitalYuan(fen)}）`;
}

function spendingSection({ spending }: AssessmentFile): Block[] {
  const lines =
    spending.byCategory.length === 0
      ? [row([cell(NONE, { span: 2, ...CENTER })])]
      : spending.byCategory.map((line) =>
          row([cell(EXPENSE_CATEGORY_LABELS[line.category], CENTER), cell(formatYuan(line.amountFen), RIGHT)]),
        );
  return [
    heading(ASSESSMENT_HEADINGS.spending),
    note(`金额单位：元；${COMPUTED_NOTE}（经费台账）。`),
    table([40, 60], [row([label('经费类别'), label('支出金额（元）')], true), ...lines]),
    table(
      [40, 60],
      [
        row([label('本年拨款'), cell(formatYuan(spending.grantedFen), RIGHT)]),
        row([label('本年支出合计'), cell(yuanWithCapitals(spending.spentFen), { bold: true })]),
        row([label('本年退还'), cell(formatYuan(spending.refundedFen), RIGHT)]),
        row([label('年末结余'), cell(formatYuan(spending.balanceAtYearEndFen), RIGHT)]),
      ],
    ),
  ];
}

/** A metric as written: 3 项, 4 人, or 12,345.67 元 for the benefits counted in fen. */
export function metricWords(metric: AssessmentMetric, value: number): string {
  const unit = ASSESSMENT_METRIC_UNITS[metric];
  const amount = unit === 'fen' ? formatYuan(value) : String(value);
  return `${amount} ${ASSESSMENT_METRIC_UNIT_LABELS[unit]}`;
}

/** Nothing saved yet: the narrative blank and every metric zero without evidence. */
function reportIsEmpty(report: SelfInspectionReport): boolean {
  return (
    report.narrative.trim() === '' &&
    ASSESSMENT_METRICS.every(
      (metric) => report.metrics[metric].value === 0 && report.metrics[metric].evidence.length === 0,
    )
  );
}

/** A line in a table cell built of paragraphs, indented when it belongs to the line above. */
function tableText(words: string, indented = false): Paragraph {
  return new Paragraph({
    spacing: { line: 300 },
    indent: indented ? { left: 240 } : undefined,
    children: [new TextRun({ text: words, size: SIZE_TABLE })],
  });
}

/** Each piece of evidence: what it is, its files by name, and its links, which open from the document. */
function evidenceParagraphs(evidence: MetricEvidence[]): Paragraph[] {
  if (evidence.length === 0) return [tableText(NONE)];
  return evidence.flatMap((item, index) => [
    tableText(`${index + 1}. ${item.description || '（未说明）'}`),
    ...(item.attachments.length > 0
      ? [tableText(`附件：${item.attachments.map((file) => file.name).join('、')}`, true)]
      : []),
    ...item.links.map(
      (link) =>
        new Paragraph({
          spacing: { line: 300 },
          indent: { left: 240 },
          children: [
            new ExternalHyperlink({
              link,
              children: [new TextRun({ text: link, size: SIZE_TABLE, style: 'Hyperlink' })],
            }),
          ],
        }),
    ),
  ]);
}

function reportSection(view: AssessmentView): Block[] {
  const { report } = view;
  const submitted = view.submittedAt ? `，提交于 ${localDateTime(view.submittedAt)}` : '';
  const heads = [heading(ASSESSMENT_HEADINGS.report), note(`状态：${roundStateLabel(view.state)}${submitted}`)];
  if (reportIsEmpty(report)) return [...heads, none()];
  return [
    ...heads,
    heading('工作总结', 2),
    ...(report.narrative.trim() === '' ? [none()] : textParagraphs(report.narrative, { indent: true })),
    heading('考核指标', 2),
    table(
      [8, 30, 22, 40],
      [
        row([label('序号'), label('指标'), label('数量'), label('佐证材料')], true),
        ...ASSESSMENT_METRICS.map((metric, index) =>
          row([
            cell(String(index + 1), CENTER),
            cell(ASSESSMENT_METRIC_LABELS[metric]),
            cell(metricWords(metric, report.metrics[metric].value), RIGHT),
            cell(evidenceParagraphs(report.metrics[metric].evidence)),
          ]),
        ),
      ],
    ),
    signatureLine('工作站负责人（签名）：', KEEP),
    dateLine(),
  ];
}

function societySection(view: AssessmentView, meta: AssessmentDocumentMeta): Block[] {
  const remarks =
    view.comments.length === 0
      ? [none()]
      : view.comments.flatMap((comment) => [
          new Paragraph({
            spacing: { before: 120 },
            children: [new TextRun({ text: `${comment.byName}（${localDateTime(comment.at)}）：`, bold: true })],
          }),
          ...textParagraphs(comment.text, { indent: true }),
        ]);
  return [
    heading(ASSESSMENT_HEADINGS.society),
    box([...remarks, signatureLine(`${meta.societyName}（盖章）：`), dateLine()]),
  ];
}

/** The city's latest entry of a step: a step is taken once, but a later entry would be the one that stands. */
function lastStep(view: AssessmentView, step: AssessmentReviewEntry['step']): AssessmentReviewEntry | undefined {
  return view.reviews.filter((entry) => entry.step === step).at(-1);
}

function byWhom(entry: AssessmentReviewEntry): string {
  return `（${entry.byName}，${localDateTime(entry.at)}）`;
}

function reviewSection(view: AssessmentView): Block[] {
  const documentReview = lastStep(view, 'document_review');
  const inspection = lastStep(view, 'inspection');
  const verdictEntry = lastStep(view, 'verdict');
  const verdict = view.verdict ?? verdictEntry?.verdict;
  const verdictParagraphs = verdict
    ? [
        new Paragraph({
          spacing: { line: 300 },
          children: [new TextRun({ text: ASSESSMENT_STATUS_LABELS[verdict], bold: true, size: SIZE_TABLE })],
        }),
        ...(verdictEntry
          ? [tableText(`${verdict === 'failed' ? '原因' : '意见'}：${verdictEntry.opinion}${byWhom(verdictEntry)}`)]
          : []),
      ]
    : [tableText('尚未作出结论')];
  const inspectionWords = inspection
    ? [
        `考察日期：${inspection.inspectedOn ? chineseDate(inspection.inspectedOn) : '未填写'}`,
        `意见：${inspection.opinion}${byWhom(inspection)}`,
        `现场照片 ${inspection.attachments.length} 张`,
      ].join('\n')
    : NONE;
  const recommendation = view.recommendation
    ? [
        row([
          label('推荐'),
          cell(
            `推荐为贵阳市专家工作站：${view.recommendation.note || NONE}（${view.recommendation.byName}，${localDateTime(view.recommendation.at)}）`,
          ),
        ]),
      ]
    : [];
  return [
    heading(ASSESSMENT_HEADINGS.review),
    table(
      [20, 80],
      [
        row([label('书面审查'), cell(documentReview ? `${documentReview.opinion}${byWhom(documentReview)}` : NONE)]),
        row([label('现场考察'), cell(inspectionWords)]),
        row([label('考核结论'), cell(verdictParagraphs)]),
        ...recommendation,
      ],
    ),
    signatureLine('审查人（签名）：', KEEP),
    signatureLine('贵阳市科学技术协会（盖章）：', KEEP),
    dateLine(),
  ];
}
