import { Packer, Paragraph, TextRun } from 'docx';
import type { ExpertStatement, StatementVisit } from '../../../../types/actions';
import {
  INDUSTRY_LABELS,
  SERVICE_TYPE_LABELS,
  VISIT_RATING_ASPECT_LABELS,
  VISIT_RATING_ASPECTS,
} from '../../../../types/catalogue';
import { durationWords } from '../domain/expertStatement';
import {
  cell,
  CENTER,
  centredLine,
  dateLine,
  generatedWords,
  heading,
  label,
  NONE,
  note,
  pageFooter,
  printedDocument,
  row,
  signatureLine,
  SIZE_SUBHEADING,
  table,
  type Block,
} from './wordKit';

/*
 * An expert's 服务证明 for print: who they are, the year's confirmed visits one row each, what
 * they add up to, the demand units' ratings, and a place for each station and society to stamp,
 * so that a title application or a fee claim can rely on it.
 */

export interface ExpertStatementMeta {
  /** The footer's date, read in Asia/Shanghai. */
  generatedAt: Date;
}

export const STATEMENT_TITLE = '「科创中国」学会产业科技服务工作站专家服务证明';

/** The printed headings, in the document's order. */
export const STATEMENT_HEADINGS = {
  expert: '一、专家基本情况',
  totals: '二、服务统计',
  visits: '三、服务记录',
  ratings: '四、需求单位评价',
  places: '五、服务工作站及所属学会',
  proof: '六、证明',
} as const;

/** 小二 (18 pt): the title's 22 characters on one line of A4. */
const SIZE_STATEMENT_TITLE = 36;
const KEEP = { keepNext: true };

export async function renderExpertStatement(statement: ExpertStatement, meta: ExpertStatementMeta): Promise<Buffer> {
  const name = statement.expert.name;
  const document = printedDocument({
    title: `${name} ${statement.year}年度专家服务证明`,
    description: `${statement.year}年度专家服务证明`,
    footers: {
      default: pageFooter(`${name} ${statement.year}年度专家服务证明 · ${generatedWords(meta.generatedAt)}`),
    },
    children: [
      ...title(statement),
      ...expertSection(statement),
      ...totalsSection(statement),
      ...visitsSection(statement),
      ...ratingsSection(statement),
      ...placesSection(statement),
      ...proofSection(statement),
    ],
  });
  return Packer.toBuffer(document);
}

function title(statement: ExpertStatement): Paragraph[] {
  return [
    centredLine(STATEMENT_TITLE, SIZE_STATEMENT_TITLE, { before: 240, line: 480 }),
    centredLine(`（${statement.year}年度）`, SIZE_SUBHEADING, { after: 360 }, true),
  ];
}

function expertSection({ expert, year }: ExpertStatement): Block[] {
  const industries = expert.industries.map((industry) => INDUSTRY_LABELS[industry]).join('、');
  return [
    heading(STATEMENT_HEADINGS.expert),
    table(
      [20, 30, 20, 30],
      [
        row([label('姓名'), cell(expert.name), label('职称'), cell(expert.title || NONE)]),
        row([label('工作单位'), cell(expert.workUnit || NONE, { span: 3 })]),
        row([label('所在省份'), cell(expert.province || NONE), label('服务年度'), cell(`${year}年`)]),
        row([label('专业特长'), cell(expert.expertise.join('、') || NONE, { span: 3 })]),
        row([label('服务产业'), cell(industries || NONE, { span: 3 })]),
      ],
    ),
  ];
}

function totalsSection({ totals, year }: ExpertStatement): Block[] {
  return [
    heading(STATEMENT_HEADINGS.totals),
    note(`以下为${year}年度经工作站确认的服务记录（按签到时间计入年度，北京时间），由站务通根据记录生成。`),
    table(
      [20, 30, 20, 30],
      [
        row([
          label('服务次数'),
          cell(`${totals.visits} 次`, CENTER),
          label('服务时长'),
          cell(durationWords(totals.minutes), CENTER),
        ]),
        row([
          label('服务工作站'),
          cell(`${totals.stations} 个`, CENTER),
          label('服务技术需求'),
          cell(`${totals.needs} 项`, CENTER),
        ]),
      ],
    ),
  ];
}

function visitsSection({ visits }: ExpertStatement): Block[] {
  if (visits.length === 0) return [heading(STATEMENT_HEADINGS.visits), note('本年度暂无已确认的服务记录。')];
  return [
    heading(STATEMENT_HEADINGS.visits),
    table(
      [6, 14, 20, 17, 10, 11, 22],
      [
        row(
          [
            label('序号'),
            label('日期'),
            label('工作站'),
            label('技术需求'),
            label('服务类型'),
            label('时长'),
            label('服务内容'),
          ],
          true,
        ),
        ...visits.map((visit, index) =>
          row([
            cell(String(index + 1), CENTER),
            cell(visit.date, CENTER),
            cell(visit.stationName),
            cell(visit.needTitle || NONE),
            cell(SERVICE_TYPE_LABELS[visit.serviceType], CENTER),
            cell(durationWords(visit.durationMinutes), CENTER),
            cell(whatWasDone(visit)),
          ]),
        ),
      ],
    ),
  ];
}

/** The report at check-out, and its outcomes when given. */
function whatWasDone(visit: StatementVisit): string {
  return [visit.summary, visit.outcomes && `成果：${visit.outcomes}`].filter(Boolean).join('\n') || NONE;
}

function ratingsSection({ visits, ratings }: ExpertStatement): Block[] {
  if (!ratings) return [heading(STATEMENT_HEADINGS.ratings), note('本年度需求单位尚未对服务评分。')];
  const rated = visits.filter((visit) => visit.rating);
  return [
    heading(STATEMENT_HEADINGS.ratings),
    note(`需求单位对 ${ratings.ratedVisits} 次服务评分（每项满分 5 分），平均 ${ratings.average.toFixed(1)} 分。`),
    table(
      [25, 25, 25, 25],
      [
        row([...VISIT_RATING_ASPECTS.map((aspect) => label(VISIT_RATING_ASPECT_LABELS[aspect])), label('综合')], true),
        row([
          ...VISIT_RATING_ASPECTS.map((aspect) => cell(ratings[aspect].toFixed(1), CENTER)),
          cell(ratings.average.toFixed(1), { ...CENTER, bold: true }),
        ]),
      ],
    ),
    table(
      [15, 25, 12, 12, 12, 24],
      [
        row(
          [
            label('日期'),
            label('工作站'),
            ...VISIT_RATING_ASPECTS.map((aspect) => label(VISIT_RATING_ASPECT_LABELS[aspect])),
            label('评语'),
          ],
          true,
        ),
        ...rated.map((visit) =>
          row([
            cell(visit.date, CENTER),
            cell(visit.stationName),
            ...VISIT_RATING_ASPECTS.map((aspect) => cell(String(visit.rating![aspect]), CENTER)),
            cell(visit.rating!.comment || NONE),
          ]),
        ),
      ],
    ),
  ];
}

function placesSection({ stations }: ExpertStatement): Block[] {
  if (stations.length === 0) return [heading(STATEMENT_HEADINGS.places), note(NONE)];
  return [
    heading(STATEMENT_HEADINGS.places),
    table(
      [10, 50, 40],
      [
        row([label('序号'), label('工作站'), label('所属学会')], true),
        ...stations.map((station, index) =>
          row([cell(String(index + 1), CENTER), cell(station.stationName), cell(station.societyName || NONE)]),
        ),
      ],
    ),
  ];
}

/** The words the stations and societies put their seals to, then a seal and a date for each. */
function proofSection(statement: ExpertStatement): Block[] {
  const { expert, year, totals } = statement;
  const who = [expert.workUnit, expert.title].filter(Boolean).join(' ');
  const words =
    totals.visits === 0
      ? `${expert.name}${who ? `（${who}）` : ''}${year}年度暂无经工作站确认的服务记录。`
      : `兹证明${expert.name}${who ? `（${who}）` : ''}于${year}年度作为进站专家在上述工作站开展产业科技服务` +
        `${totals.visits}次，累计${durationWords(totals.minutes).replace(/ /g, '')}，服务技术需求${totals.needs}项，情况属实。`;
  const seals = [
    ...statement.stations.map((station) => `工作站（盖章）：${station.stationName}`),
    ...statement.societies.map((society) => `学会（盖章）：${society}`),
  ];
  return [
    heading(STATEMENT_HEADINGS.proof),
    new Paragraph({ indent: { firstLine: 480 }, spacing: { after: 240 }, children: [new TextRun(words)] }),
    ...seals.flatMap((seal) => [signatureLine(seal, KEEP), dateLine()]),
  ];
}
