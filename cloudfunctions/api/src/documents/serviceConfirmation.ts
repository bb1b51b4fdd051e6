import { AlignmentType, Packer, Paragraph, TextRun } from 'docx';
import type { ServiceConfirmation, ServiceConfirmationVisit } from '../../../../types/actions';
import { INDUSTRY_LABELS, PRESENCE_PROOF_LABELS, SERVICE_TYPE_LABELS } from '../../../../types/catalogue';
import { RATING_SCALE, VISIT_RATING_ASPECT_LABELS, VISIT_RATING_ASPECTS } from '../../../../types/catalogue/ratings';
import { calendarMoment, localDateTime } from '../domain/calendar';
import {
  cell,
  CENTER,
  centredLine,
  generatedWords,
  heading,
  label,
  NONE,
  none,
  note,
  pageFooter,
  printedDocument,
  row,
  SIZE_SUBHEADING,
  SIZE_TABLE,
  SIZE_TITLE,
  table,
  type Block,
} from './wordKit';

/*
 * The demand unit's 技术服务确认单 for print: the need, the confirmed visits that served it, the
 * experts, the outcome the head proposed and the unit confirmed, the unit's ratings, and the
 * blocks the unit and the station sign and stamp on paper, to keep for the annual assessment.
 */

export interface ServiceConfirmationMeta {
  /** The footer's date, read in Asia/Shanghai. */
  generatedAt: Date;
}

const STATION_KIND = '“科创中国”贵阳学会产业科技服务工作站';
export const CONFIRMATION_TITLE = '技术服务确认单';
const NOT_GIVEN = '未填写';

/** The printed headings, in the form's order. */
export const CONFIRMATION_HEADINGS = {
  need: '一、技术需求',
  visits: '二、服务记录',
  experts: '三、服务专家',
  outcome: '四、服务成效',
  evaluation: '五、需求单位评价',
  signatures: '六、确认',
} as const;

/** What the unit signs to: the service was given and the need is resolved. */
export const CONFIRMATION_STATEMENT = '经确认，上述技术服务已完成，技术需求已解决。';

export async function renderServiceConfirmation(
  confirmation: ServiceConfirmation,
  meta: ServiceConfirmationMeta,
): Promise<Buffer> {
  const document = printedDocument({
    title: `${confirmation.title} ${CONFIRMATION_TITLE}`,
    description: `${confirmation.stationName} ${CONFIRMATION_TITLE}`,
    footers: {
      default: pageFooter(`${confirmation.demandUnitName} ${CONFIRMATION_TITLE} · ${generatedWords(meta.generatedAt)}`),
    },
    children: [
      ...title(confirmation),
      ...needSection(confirmation),
      ...visitsSection(confirmation),
      ...expertsSection(confirmation),
      ...outcomeSection(confirmation),
      ...evaluationSection(confirmation),
      ...signatureSection(confirmation),
    ],
  });
  return Packer.toBuffer(document);
}

function title(confirmation: ServiceConfirmation): Paragraph[] {
  return [
    centredLine(STATION_KIND, SIZE_SUBHEADING, { before: 240, line: 400 }),
    centredLine(CONFIRMATION_TITLE, SIZE_TITLE, { after: 240, line: 480 }),
    centredLine(`工作站：${confirmation.stationName}`, SIZE_TABLE, { after: 240 }, true),
  ];
}

/** A person and a moment, as a form records who did what: 张伟（2026-05-02 10:30）. */
function byWhom(name: string, at: string): string {
  return `${name}（${localDateTime(at)}）`;
}

function needSection(c: ServiceConfirmation): Block[] {
  const submittedBy = c.onBehalf ? `${c.submittedByName}（工作站代为登记）` : c.submittedByName;
  return [
    heading(CONFIRMATION_HEADINGS.need),
    table(
      [20, 30, 20, 30],
      [
        row([label('需求名称'), cell(c.title, { span: 3 })]),
        row([label('需求单位'), cell(c.demandUnitName, { span: 3 })]),
        row([label('服务工作站'), cell(c.stationName, { span: 3 })]),
        row([label('建站学会'), cell(c.societyName, { span: 3 })]),
        row([
          label('所属产业'),
          cell(INDUSTRY_LABELS[c.industry]),
          label('服务类型'),
          cell(SERVICE_TYPE_LABELS[c.serviceType]),
        ]),
        row([label('提交'), cell(byWhom(submittedBy, c.submittedAt), { span: 3 })]),
        row([label('确认解决'), cell(confirmedWords(c), { span: 3 })]),
        row([label('需求描述'), cell(c.description, { span: 3 })]),
        row([label('预期成果'), cell(c.expectedOutcome, { span: 3 })]),
      ],
    ),
  ];
}

function confirmedWords(c: ServiceConfirmation): string {
  return c.outcome.confirmedByName
    ? byWhom(c.outcome.confirmedByName, c.outcome.confirmedAt)
    : localDateTime(c.outcome.confirmedAt);
}

/** What the expert reported: the work, then its results when given. */
function visitWork(visit: ServiceConfirmationVisit): string {
  const work = visit.summary || NOT_GIVEN;
  return visit.outcomes ? `${work}\n成果：${visit.outcomes}` : work;
}

function visitsSection(c: ServiceConfirmation): Block[] {
  if (c.visits.length === 0) return [heading(CONFIRMATION_HEADINGS.visits), none()];
  return [
    heading(CONFIRMATION_HEADINGS.visits),
    note(`经确认的服务共 ${c.visits.length} 次，合计 ${c.totalMinutes} 分钟。`),
    table(
      [7, 19, 11, 13, 11, 39],
      [
        row(
          [
            label('序号'),
            label('签到时间'),
            label('专家'),
            label('服务类型'),
            label('时长（分钟）'),
            label('服务内容'),
          ],
          true,
        ),
        ...c.visits.map((visit, index) =>
          row([
            cell(String(index + 1), CENTER),
            cell(`${localDateTime(visit.checkInAt)}\n${PRESENCE_PROOF_LABELS[visit.proof]}`, CENTER),
            cell(visit.expertName, CENTER),
            cell(SERVICE_TYPE_LABELS[visit.serviceType], CENTER),
            cell(String(visit.durationMinutes), CENTER),
            cell(visitWork(visit)),
          ]),
        ),
      ],
    ),
  ];
}

function expertsSection(c: ServiceConfirmation): Block[] {
  if (c.experts.length === 0) return [heading(CONFIRMATION_HEADINGS.experts), none()];
  return [
    heading(CONFIRMATION_HEADINGS.experts),
    table(
      [8, 16, 38, 16, 11, 11],
      [
        row(
          [label('序号'), label('姓名'), label('工作单位'), label('职称'), label('服务（次）'), label('时长（分钟）')],
          true,
        ),
        ...c.experts.map((expert, index) =>
          row([
            cell(String(index + 1), CENTER),
            cell(expert.name, CENTER),
            cell(expert.workUnit || NOT_GIVEN),
            cell(expert.title || NOT_GIVEN, CENTER),
            cell(String(expert.visits), CENTER),
            cell(String(expert.minutes), CENTER),
          ]),
        ),
      ],
    ),
  ];
}

function outcomeSection(c: ServiceConfirmation): Block[] {
  const { outcome } = c;
  const proposal = outcome.proposedAt
    ? [
        row([label('站长提议解决'), cell(byWhom(outcome.proposedByName, outcome.proposedAt))]),
        row([label('解决情况说明'), cell(outcome.proposal || NOT_GIVEN)]),
      ]
    : [row([label('站长提议解决'), cell('无（需求单位直接确认已解决）')])];
  return [
    heading(CONFIRMATION_HEADINGS.outcome),
    table(
      [24, 76],
      [
        ...proposal,
        row([label('需求单位确认'), cell(confirmedWords(c))]),
        row([label('确认意见'), cell(outcome.confirmation || NOT_GIVEN)]),
      ],
    ),
  ];
}

function stars(value: number): string {
  return `${value}/${RATING_SCALE}`;
}

function evaluationSection(c: ServiceConfirmation): Block[] {
  const rated = c.visits.flatMap((visit, index) => (visit.rating ? [{ visit, index, rating: visit.rating }] : []));
  const ratings =
    rated.length === 0
      ? [note('需求单位未对服务记录评分。')]
      : [
          note(`需求单位对 ${rated.length} 次服务评分（每项满分 ${RATING_SCALE} 分）。`),
          table(
            [7, 15, 12, 11, 11, 11, 33],
            [
              row(
                [
                  label('序号'),
                  label('服务日期'),
                  label('专家'),
                  ...VISIT_RATING_ASPECTS.map((aspect) => label(VISIT_RATING_ASPECT_LABELS[aspect])),
                  label('评价意见'),
                ],
                true,
              ),
              ...rated.map(({ visit, index, rating }) =>
                row([
                  cell(String(index + 1), CENTER),
                  cell(calendarMoment(visit.checkInAt).date, CENTER),
                  cell(visit.expertName, CENTER),
                  ...VISIT_RATING_ASPECTS.map((aspect) => cell(stars(rating[aspect]), CENTER)),
                  cell(rating.comment || NONE),
                ]),
              ),
            ],
          ),
        ];
  const overall = c.evaluation
    ? table(
        [24, 76],
        [
          row([label('总体评价'), cell(`${c.evaluation.rating} 星（满分 ${RATING_SCALE} 星）`)]),
          row([label('评价意见'), cell(c.evaluation.comment || NONE)]),
          row([label('评价人'), cell(byWhom(c.evaluation.byName, c.evaluation.at))]),
        ],
      )
    : note('需求单位尚未对该需求作总体评价。');
  return [heading(CONFIRMATION_HEADINGS.evaluation), ...ratings, overall];
}

/** A line of a signature block, with room under it for the ink. */
function signLine(words: string, room = 480): Paragraph {
  return new Paragraph({
    spacing: { before: 120, after: room },
    children: [new TextRun({ text: words, size: SIZE_TABLE })],
  });
}

function blockTitle(words: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 120 },
    children: [new TextRun({ text: words, bold: true, size: SIZE_TABLE })],
  });
}

function dateWords(): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    spacing: { before: 120 },
    children: [new TextRun({ text: '年　　月　　日', size: SIZE_TABLE })],
  });
}

/** Side by side, as the two parties sign a paper form: the unit confirms, the station attests. */
function signatureSection(c: ServiceConfirmation): Block[] {
  const unit = [
    blockTitle('需求单位确认'),
    new Paragraph({ children: [new TextRun({ text: CONFIRMATION_STATEMENT, size: SIZE_TABLE })] }),
    signLine(`需求单位：${c.demandUnitName}`, 120),
    signLine('经办人（签字）：'),
    signLine('单位（盖章）：'),
    dateWords(),
  ];
  const station = [
    blockTitle('工作站'),
    new Paragraph({ children: [new TextRun({ text: '以上服务记录与工作站记录一致。', size: SIZE_TABLE })] }),
    signLine(`工作站：${c.stationName}`, 120),
    ...(c.stationHeadName ? [signLine(`站长：${c.stationHeadName}`, 120)] : []),
    signLine('站长（签字）：'),
    signLine('工作站（盖章）：'),
    dateWords(),
  ];
  return [heading(CONFIRMATION_HEADINGS.signatures), table([50, 50], [row([cell(unit), cell(station)])])];
}
