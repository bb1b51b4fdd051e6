import { AlignmentType, Footer, Packer, Paragraph, TextRun } from 'docx';
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
import { budgetCategoryLabel, budgetTotalFen } from '../domain/application';
import {
  blankLines,
  type Block,
  box,
  cell,
  dateLine,
  dateRange,
  chineseDate,
  generatedWords,
  heading,
  HEADING_FONT,
  label,
  pageFooter,
  printedDocument,
  row,
  signatureLine,
  SIZE_HEADING,
  SIZE_SUBHEADING,
  SIZE_TITLE,
  table,
  textParagraphs,
} from './wordKit';

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

/** The 申报书 of `application` as a .docx file. */
export async function renderApplicationForm(
  application: ApplicationFormSource,
  options: ApplicationFormOptions,
): Promise<Buffer> {
  const { content } = application;
  const document = printedDocument({
    title: `${content.stationName || '工作站'} 建设申报书`,
    description: versionWords(application.version),
    titlePage: true,
    footers: {
      // The cover carries no footer, as a printed form's cover does not; Word wants a paragraph in it.
      first: new Footer({ children: [new Paragraph({})] }),
      default: pageFooter(`${versionWords(application.version)} · ${generatedWords(options.generatedAt)}`),
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
  });
  return Packer.toBuffer(document);
}

function versionWords(version: number): string {
  return version > 0 ? `第 ${version} 版` : '草稿';
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

function societySection({ society }: ApplicationContent): Block[] {
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

function overviewSection(content: ApplicationContent): Block[] {
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

function phasesSection(content: ApplicationContent): Block[] {
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

function budgetSection(content: ApplicationContent): Block[] {
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

function agreementSection({ agreement }: ApplicationContent): Block[] {
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

function staffSection({ staff }: ApplicationContent): Block[] {
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
function expertsSection({ experts }: ApplicationContent): Block[] {
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

function applicantSection({ society }: ApplicationContent): Block[] {
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

function supervisorSection(): Block[] {
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

function termsSection(): Block[] {
  return [heading(FORM_HEADINGS.terms), box(COMMON_TERMS.flatMap((term) => textParagraphs(term, { indent: true })))];
}
