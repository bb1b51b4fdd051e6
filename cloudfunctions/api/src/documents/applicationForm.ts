import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Application, ApplicationContent } from '../../../../types/application';
import {
  APPLICATION_ATTACHMENT_KINDS,
  APPLICATION_ATTACHMENT_LABELS,
  APPLICATION_PHASE_LABELS,
  APPLICATION_PHASES,
  APPLICATION_SECTION_LABELS,
  DEMAND_UNIT_TYPE_LABELS,
  INDUSTRY_LABELS,
  ROLE_LABELS,
  STAFF_SOURCE_LABELS,
  STAFF_TERM_LABELS,
  STATION_LEVEL_LABELS,
} from '../../../../types/catalogue';
import { capitalYuan, formatYuan } from '../../../../types/catalogue/money';
import type { CalendarDate } from '../../../../types/domain';
import { calendarMoment } from '../domain/calendar';
import { budgetCategoryLabel, budgetTotalFen } from '../domain/application';

/*
 * The 申报书 as the city association's Word form prints it (seed: cover, 填写说明, 一 … 七), filled
 * in from an application. Section 四 is followed by what the form asks for as attachments and the
 * product collects as data (agreement, staff, expert table), so the printed copy is complete.
 * The blanks for wet signatures and seals stay blank: the form is signed and stamped on paper.
 */

/** What is printed: an application or one of its submitted versions (ApplicationVersion fits too). */
export type ApplicationFormSource = Pick<Application, 'content' | 'version'>;

export interface ApplicationFormOptions {
  /** The footer's date, read in Asia/Shanghai. */
  generatedAt: Date | string;
}

const FORM_TITLE = '“科创中国”贵阳学会产业科技服务工作站建设申报书';
const STATION_KIND = '“科创中国”贵阳学会产业科技服务工作站';
const ISSUER = '贵阳市科学技术协会制';

/** The form's 填写说明, as printed on it. */
const FILLING_NOTES = [
  '一、本申报书是建站申报依据，填写内容须实事求是，表述应明确、严谨，相应栏目请填写完整。缺项或格式不符的申报书不予受理。',
  '二、本申报书为A4纸张打印，报送一式3份。',
  '三、每一栏应按照提示要求填写。',
  '四、各栏目如填写不下，可另加附页。',
  '五、项目申报书填好后加盖项申报单位公章，申报单位所盖公章必须为具有独立法人资格、拥有独立账号单位的公章。',
];

/** 七、共同条款, verbatim: both parties sign to them. */
export const COMMON_TERMS = [
  '1.监管单位为甲方，申报单位为乙方。申报书须经甲方、乙方代表人或授权委托人签字并加盖双方公章后生效。',
  '2.工作站建立过程中，乙方如需调整任务，应向甲方提出变更内容及理由的申请报告，经甲方审定同意后方可实施。',
  '3.乙方因故致使无法达到建站预期，提出中止任务的，应视情况，部分或全部退还甲方所拨项目经费。',
  '4.工作站开展工作过程中，甲方无故提出中止任务的，所拨经费不得追回。',
  '5.未尽事宜双方协商解决。',
  '6.本项目任务书正式文本一式叁份，乙方及甲方监督部门、财务部门各执壹份。',
];

/** The printed headings, in the form's order. */
export const FORM_HEADINGS = {
  notes: '填  写  说  明',
  society: `一、${STATION_KIND}申请单位基本情况`,
  overview: `二、${STATION_KIND}概况`,
  phases: `三、实施步骤（${APPLICATION_PHASES.map((phase) => APPLICATION_PHASE_LABELS[phase]).join('、')}等阶段的时间安排及工作内容）`,
  budget: '四、经费支出预算',
  agreement: APPLICATION_SECTION_LABELS.agreement,
  staff: APPLICATION_SECTION_LABELS.staff,
  experts: APPLICATION_SECTION_LABELS.experts,
  attachments: APPLICATION_SECTION_LABELS.attachments,
  applicant: '五、项目申报方（乙方）审核意见',
  supervisor: '六、监管单位（贵阳市科协）审核意见',
  terms: '七、共同条款',
} as const;

/* Sizes in half-points (Chinese type sizes): 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
const SIZE_TITLE = 44;
const SIZE_HEADING = 32;
const SIZE_SUBHEADING = 28;
const SIZE_BODY = 24;
const SIZE_TABLE = 21;
const SIZE_FOOTER = 18;

/** 宋体 for text and 黑体 for headings, named as Word and WPS on Chinese systems both know them. */
const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' };
const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体', cs: 'Times New Roman' };

/** A4 portrait in twips, with Word's default margins for Chinese documents (2.54 cm, 3.17 cm). */
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1440, bottom: 1440, left: 1800, right: 1800 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Room under a line signed or stamped by hand (about 1.3 cm); a seal overlaps its label and date. */
const SIGNATURE_SPACE = 720;

/** The 申报书 of `application` as a .docx file. */
export async function renderApplicationForm(
  application: ApplicationFormSource,
  options: ApplicationFormOptions,
): Promise<Buffer> {
  const { content } = application;
  const document = new Document({
    creator: '站务通',
    title: `${content.stationName || '工作站'} 建设申报书`,
    description: versionWords(application.version),
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: SIZE_BODY, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: 360 } },
        },
        heading1: {
          run: { font: HEADING_FONT, size: SIZE_HEADING, bold: false, color: '000000' },
          paragraph: { spacing: { before: 360, after: 200 }, keepNext: true },
        },
        heading2: {
          run: { font: HEADING_FONT, size: SIZE_SUBHEADING, bold: false, color: '000000' },
          paragraph: { spacing: { before: 300, after: 160 }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: {
          page: { size: PAGE, margin: { ...MARGIN, header: 851, footer: 992 } },
          titlePage: true,
        },
        footers: {
          // The cover carries no footer, as a printed form's cover does not; Word wants a paragraph in it.
          first: new Footer({ children: [new Paragraph({})] }),
          default: footer(application.version, options.generatedAt),
        },
        children: [
          ...cover(content),
          ...fillingNotes(),
          ...societySection(content),
          ...overviewSection(content),
          ...phasesSection(content),
          ...budgetSection(content),
          ...agreementSection(content),
          ...staffSection(content),
          ...expertsSection(content),
          ...attachmentsSection(content),
          ...applicantSection(content),
          ...supervisorSection(),
          ...termsSection(),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function versionWords(version: number): string {
  return version > 0 ? `第 ${version} 版` : '草稿';
}

function footer(version: number, generatedAt: Date | string): Footer {
  const text = (words: string) => new TextRun({ text: words, size: SIZE_FOOTER });
  const field = (page: (typeof PageNumber)[keyof typeof PageNumber]) =>
    new TextRun({ children: [page], size: SIZE_FOOTER });
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          text(`${versionWords(version)} · 生成于 ${calendarMoment(generatedAt).date}`),
          text('　　第 '),
          field(PageNumber.CURRENT),
          text(' 页 / 共 '),
          field(PageNumber.TOTAL_PAGES),
          text(' 页'),
        ],
      }),
    ],
  });
}

/** 2026-12-02 → 2026年12月2日, as a form's dates are written; blank when not given. */
function chineseDate(date: CalendarDate | ''): string {
  if (date === '') return '';
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

function dateRange(start: CalendarDate | '', end: CalendarDate | ''): string {
  return start === '' && end === '' ? '' : `${chineseDate(start)}至${chineseDate(end)}`;
}

/** A paragraph per line of what was typed, so line breaks survive. */
function textParagraphs(text: string, options: { size?: number; indent?: boolean } = {}): Paragraph[] {
  const lines = text.split(/\r?\n/);
  return lines.map(
    (line) =>
      new Paragraph({
        indent: options.indent ? { firstLine: (options.size ?? SIZE_BODY) * 20 } : undefined,
        children: [new TextRun({ text: line, size: options.size })],
      }),
  );
}

function heading(text: string, level: 1 | 2 = 1, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    pageBreakBefore,
    children: [new TextRun(text)],
  });
}

/* ---- Tables ---- */

interface CellOptions {
  span?: number;
  bold?: boolean;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
}

function cell(content: string | Paragraph[], options: CellOptions = {}): TableCell {
  const children =
    typeof content === 'string'
      ? content.split(/\r?\n/).map(
          (line) =>
            new Paragraph({
              alignment: options.align,
              spacing: { line: 300 },
              children: [new TextRun({ text: line, bold: options.bold, size: SIZE_TABLE })],
            }),
        )
      : content;
  return new TableCell({
    children,
    columnSpan: options.span,
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

/** A label cell: bold and centred, as the form's left-hand column. */
function label(text: string, span?: number): TableCell {
  return cell(text, { bold: true, align: AlignmentType.CENTER, span });
}

/** A table across the text width, with borders and columns of the given shares of it. */
function table(shares: number[], rows: TableRow[]): Table {
  const total = shares.reduce((sum, share) => sum + share, 0);
  const widths = shares.map((share) => Math.floor((share / total) * TEXT_WIDTH));
  widths[widths.length - 1] += TEXT_WIDTH - widths.reduce((sum, width) => sum + width, 0);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows,
  });
}

function row(cells: TableCell[], header = false): TableRow {
  return new TableRow({ children: cells, tableHeader: header || undefined, cantSplit: true });
}

/** A whole-width box of paragraphs, as the form frames its opinion and terms sections. */
function box(children: Paragraph[]): Table {
  return table(
    [1],
    [
      new TableRow({
        cantSplit: true,
        children: [new TableCell({ children, margins: { top: 120, bottom: 120, left: 160, right: 160 } })],
      }),
    ],
  );
}

/* ---- The form ---- */

function cover(content: ApplicationContent): Paragraph[] {
  const field = (name: string, value: string) =>
    new Paragraph({
      indent: { left: 1200 },
      spacing: { before: 360 },
      children: [
        new TextRun({ text: `${name}：`, size: SIZE_SUBHEADING }),
        new TextRun({ text: value || '　'.repeat(12), size: SIZE_SUBHEADING, underline: {} }),
      ],
    });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 2400, after: 1800, line: 600 },
      children: [new TextRun({ text: FORM_TITLE, font: HEADING_FONT, size: SIZE_TITLE })],
    }),
    field('工作站名称', content.stationName),
    field('申报单位（盖章）', content.society.name),
    field('申报日期', chineseDate(content.appliedOn)),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 3600 },
      children: [new TextRun({ text: ISSUER, size: SIZE_SUBHEADING })],
    }),
  ];
}

function fillingNotes(): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      pageBreakBefore: true,
      spacing: { before: 600, after: 600 },
      children: [new TextRun({ text: FORM_HEADINGS.notes, font: HEADING_FONT, size: SIZE_HEADING })],
    }),
    ...FILLING_NOTES.flatMap((note) => textParagraphs(note, { indent: true })),
  ];
}

function societySection({ society }: ApplicationContent): Array<Paragraph | Table> {
  const postcode = society.postcode.trim() === '' ? '' : `（邮编 ${society.postcode}）`;
  return [
    heading(FORM_HEADINGS.society, 1, true),
    table(
      [26, 27, 17, 30],
      [
        row([label('学会名称'), cell(society.name, { span: 3 })]),
        row([label('统一社会信用代码'), cell(society.creditCode, { span: 3 })]),
        row([label('负责人'), cell(society.headName), label('职务/职称'), cell(society.headTitle)]),
        row([label('联系人'), cell(society.contactName), label('联系电话'), cell(society.contactPhone)]),
        row([label('通讯地址及邮编'), cell(`${society.address}${postcode}`, { span: 3 })]),
      ],
    ),
  ];
}

function overviewSection(content: ApplicationContent): Array<Paragraph | Table> {
  const { host } = content;
  return [
    heading(FORM_HEADINGS.overview),
    table(
      [26, 27, 17, 30],
      [
        row([label('工作站名称'), cell(content.stationName, { span: 3 })]),
        row([
          label('工作站级别'),
          cell(STATION_LEVEL_LABELS[content.society.level]),
          label('所属产业'),
          cell(content.industry === '' ? '' : INDUSTRY_LABELS[content.industry]),
        ]),
        row([label('需求单位'), cell(host.name, { span: 3 })]),
        row([
          label('单位类型'),
          cell(host.type === '' ? '' : DEMAND_UNIT_TYPE_LABELS[host.type]),
          label('法定代表人'),
          cell(host.legalRepresentative),
        ]),
        row([label('统一社会信用代码'), cell(host.creditCode, { span: 3 })]),
        row([label('单位地址'), cell(host.address, { span: 3 })]),
        row([label('固定办公场所和设备'), cell(host.officeAndEquipment, { span: 3 })]),
        row([label('建设工作站服务内容'), cell(content.serviceContent, { span: 3 })]),
        row([label('预期目标'), cell(content.expectedGoals, { span: 3 })]),
      ],
    ),
  ];
}

function phasesSection(content: ApplicationContent): Array<Paragraph | Table> {
  // In the form's order, whatever order they were entered in.
  const plans = APPLICATION_PHASES.flatMap((phase) => content.phases.filter((plan) => plan.phase === phase));
  return [
    heading(FORM_HEADINGS.phases),
    table(
      [14, 30, 56],
      [
        row([label('阶段'), label('起止日期'), label('工作内容')], true),
        ...plans.map((plan) =>
          row([
            cell(APPLICATION_PHASE_LABELS[plan.phase], { align: AlignmentType.CENTER }),
            cell(dateRange(plan.start, plan.end), { align: AlignmentType.CENTER }),
            cell(plan.work),
          ]),
        ),
      ],
    ),
  ];
}

/** The 合计 as the form writes it: ￥100,300.00（人民币大写：壹拾万零叁佰元整）. */
export function budgetTotalWords(content: Pick<ApplicationContent, 'budget'>): string {
  const total = budgetTotalFen(content);
  return `￥${formatYuan(total)}（人民币大写：${capitalYuan(total)}）`;
}

function budgetSection(content: ApplicationContent): Array<Paragraph | Table> {
  const center = { align: AlignmentType.CENTER };
  return [
    heading(FORM_HEADINGS.budget),
    table(
      [8, 23, 25, 17, 27],
      [
        row([label('序号'), label('经费类别'), label('支出内容'), label('金额（元）'), label('测算依据')], true),
        ...content.budget.map((line, index) =>
          row([
            cell(String(index + 1), center),
            cell(budgetCategoryLabel(line.category), center),
            cell(line.content),
            cell(formatYuan(line.amountFen), { align: AlignmentType.RIGHT }),
            cell(line.basis),
          ]),
        ),
        row([label('合计'), cell(budgetTotalWords(content), { span: 4, bold: true })]),
      ],
    ),
  ];
}

function agreementSection({ agreement }: ApplicationContent): Array<Paragraph | Table> {
  return [
    heading(FORM_HEADINGS.agreement, 2),
    table(
      [30, 70],
      [
        row([label('合作期限'), cell(dateRange(agreement.start, agreement.end))]),
        row([label('科技研发项目或成果转化任务'), cell(agreement.task)]),
      ],
    ),
  ];
}

function staffSection({ staff }: ApplicationContent): Array<Paragraph | Table> {
  const center = { align: AlignmentType.CENTER };
  // The head first, as the form names the station head before the staff.
  const ordered = [...staff.filter((member) => member.isHead), ...staff.filter((member) => !member.isHead)];
  return [
    heading(FORM_HEADINGS.staff, 2),
    table(
      [11, 13, 18, 11, 22, 25],
      [
        row([label('姓名'), label('岗位'), label('派出单位'), label('专兼职'), label('手机'), label('职责')], true),
        ...ordered.map((member) =>
          row([
            cell(member.name, center),
            cell(ROLE_LABELS[member.isHead ? 'station_head' : 'station_staff'], center),
            cell(STAFF_SOURCE_LABELS[member.source], center),
            cell(STAFF_TERM_LABELS[member.term], center),
            cell(member.mobile, center),
            cell(member.duty),
          ]),
        ),
      ],
    ),
  ];
}

/** The 进站专家信息表. ID numbers are not printed: they serve the list check only. */
function expertsSection({ experts }: ApplicationContent): Array<Paragraph | Table> {
  const center = { align: AlignmentType.CENTER };
  return [
    heading(FORM_HEADINGS.experts, 2),
    table(
      [8, 13, 29, 14, 20, 16],
      [
        row(
          [label('序号'), label('姓名'), label('工作单位'), label('职称'), label('专业领域'), label('所在省份')],
          true,
        ),
        ...experts.map((expert, index) =>
          row([
            cell(String(index + 1), center),
            cell(expert.name, center),
            cell(expert.unit),
            cell(expert.title, center),
            cell(expert.field),
            cell(expert.province, center),
          ]),
        ),
      ],
    ),
  ];
}

function attachmentsSection({ attachments }: ApplicationContent): Paragraph[] {
  return [
    heading(FORM_HEADINGS.attachments, 2),
    ...APPLICATION_ATTACHMENT_KINDS.map((purpose, index) => {
      const files = attachments.filter((attachment) => attachment.purpose === purpose).map((file) => file.name);
      return new Paragraph({
        indent: { left: 480 },
        children: [
          new TextRun(
            `${index + 1}. ${APPLICATION_ATTACHMENT_LABELS[purpose]}：${files.length > 0 ? files.join('、') : '未附'}`,
          ),
        ],
      });
    }),
  ];
}

/** Blank lines for a handwritten opinion. */
function blankLines(count: number): Paragraph[] {
  return Array.from({ length: count }, () => new Paragraph({ children: [] }));
}

/** A line signed or stamped by hand: the label, then room for the ink. */
function signatureLine(text: string): Paragraph {
  return new Paragraph({
    indent: { left: 3600 },
    spacing: { before: 240, after: SIGNATURE_SPACE },
    children: [new TextRun(text)],
  });
}

function dateLine(): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    indent: { right: 480 },
    children: [new TextRun('年　　月　　日')],
  });
}

function applicantSection({ society }: ApplicationContent): Array<Paragraph | Table> {
  return [
    heading(FORM_HEADINGS.applicant, 1, true),
    box([
      new Paragraph({ children: [new TextRun('申报单位意见：')] }),
      ...blankLines(2),
      signatureLine('单位负责人（签名）：'),
      signatureLine('单位公章：'),
      dateLine(),
    ]),
    box([
      new Paragraph({ children: [new TextRun('申报单位银行账户：')] }),
      new Paragraph({ indent: { left: 480 }, children: [new TextRun(`开户名称：${society.bankAccountName}`)] }),
      new Paragraph({ indent: { left: 480 }, children: [new TextRun(`开户银行：${society.bankName}`)] }),
      new Paragraph({ indent: { left: 480 }, children: [new TextRun(`银行账号：${society.bankAccount}`)] }),
      signatureLine('财务负责人（签名）：'),
      signatureLine('单位财务章：'),
      dateLine(),
    ]),
  ];
}

function supervisorSection(): Array<Paragraph | Table> {
  return [
    heading(FORM_HEADINGS.supervisor),
    box([
      new Paragraph({ children: [new TextRun('监管单位审查意见：')] }),
      ...blankLines(3),
      signatureLine('负责人：'),
      dateLine(),
    ]),
  ];
}

function termsSection(): Array<Paragraph | Table> {
  return [heading(FORM_HEADINGS.terms), box(COMMON_TERMS.flatMap((term) => textParagraphs(term, { indent: true })))];
}
