import { AlignmentType, Packer, Paragraph, TextRun } from 'docx';
import type { SocietyAnnualReport, SocietyReportStation } from '../../../../types/actions';
import {
  EVALUATION_NOT_SUBMITTED_LABEL,
  QUOTA_FIGURE_LABELS,
  QUOTA_FIGURES,
  QUOTA_STATUS_LABELS,
  STATION_STATUS_LABELS,
} from '../../../../types/catalogue';
import { calendarMoment } from '../domain/calendar';
import { stationsShort } from '../domain/societyReport';
import {
  CENTER,
  cell,
  chineseDate,
  dateLine,
  generatedWords,
  heading,
  HEADING_FONT,
  label,
  pageFooter,
  printedDocument,
  row,
  signatureLine,
  SIZE_TABLE,
  SIZE_TITLE,
  table,
  type Block,
} from './wordKit';

/*
 * The society's yearly report on its stations (学会年度报告) for print: the totals in words, every
 * station's line as the dashboard shows it, those short of the quota, and the lines the society
 * signs and stamps.
 */

/** The printed headings, in the report's order. */
export const SOCIETY_REPORT_HEADINGS = {
  overview: '一、总体情况',
  stations: '二、各工作站完成情况',
  short: '三、未达标工作站',
  /** While the year runs nothing is final: the stations have not reached it yet. */
  notYet: '三、尚未达标的工作站',
} as const;

/** The report's title: the society, the year, and what it reports on. */
export function societyReportTitle(report: Pick<SocietyAnnualReport, 'societyName' | 'year'>): string {
  return `${report.societyName}${report.year}年度学会产业科技服务工作站工作报告`;
}

/** The report as a .docx file. */
export async function renderSocietyReportDocument(report: SocietyAnnualReport, generatedAt: Date): Promise<Buffer> {
  const title = societyReportTitle(report);
  const document = printedDocument({
    title,
    description: `${report.year}年度学会工作报告`,
    footers: {
      default: pageFooter(`${report.societyName} ${report.year}年度工作报告 · ${generatedWords(generatedAt)}`),
    },
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 240, after: 360, line: 480 },
        children: [new TextRun({ text: title, font: HEADING_FONT, size: SIZE_TITLE })],
      }),
      heading(SOCIETY_REPORT_HEADINGS.overview),
      paragraph(overviewWords(report, generatedAt)),
      ...stationsSection(report),
      ...shortSection(report),
      signatureLine(`${report.societyName}（盖章）`, { keepNext: true }),
      signatureLine('负责人（签名）：', { keepNext: true }),
      dateLine(),
    ],
  });
  return Packer.toBuffer(document);
}

function paragraph(text: string): Paragraph {
  return new Paragraph({ indent: { firstLine: 480 }, children: [new TextRun(text)] });
}

/** Where the year stands: under way, ended and open for late records, or sealed. */
function standingWords(report: SocietyAnnualReport, generatedAt: Date): string {
  const { yearClose } = report;
  if (yearClose.frozen) return '年度数据已封存，以下为最终数据。';
  if (yearClose.final) return `年度已结束，数据将于${chineseDate(yearClose.closesOn)}封存，完成情况为最终结论。`;
  return `年度尚未结束，以下为截至${chineseDate(calendarMoment(generatedAt).date)}的数据，完成情况按进度评估。`;
}

/** The totals in one paragraph, as the report opens. */
export function overviewWords(report: SocietyAnnualReport, generatedAt: Date): string {
  const { totals, year } = report;
  const ended = report.stations.filter(
    (station) => station.stationStatus === 'revoked' || station.stationStatus === 'closed',
  ).length;
  const evaluation =
    totals.averageEvaluation === null
      ? '需求单位年度评价尚未提交'
      : `需求单位年度评价已提交 ${totals.evaluations} 份，平均 ${totals.averageEvaluation} 分（满分 5 分）`;
  return (
    `${year}年度，本学会共有 ${totals.stations} 个学会产业科技服务工作站在运行` +
    (ended > 0 ? `（其中 ${ended} 个现已撤销或撤并）` : '') +
    `，已达标 ${totals.met} 个，未达标 ${totals.stations - totals.met} 个。` +
    `全年服务技术需求 ${totals.needsServed} 项，服务专家 ${totals.experts} 人次（其中省外专家 ${totals.outOfProvinceExperts} 人次），` +
    `确认服务 ${totals.confirmedVisits} 次；名册专家共 ${totals.rosterExperts} 人。${evaluation}。` +
    standingWords(report, generatedAt)
  );
}

/** `完成/要求`, or the bare figure where the level sets no quota. */
function againstQuota(station: SocietyReportStation, figure: (typeof QUOTA_FIGURES)[number]): string {
  const target = station.quota[figure];
  return target > 0 ? `${station.figures[figure]}/${target}` : String(station.figures[figure]);
}

function stationsSection(report: SocietyAnnualReport): Block[] {
  if (report.stations.length === 0) {
    return [heading(SOCIETY_REPORT_HEADINGS.stations), paragraph('本年度本学会没有运行中的工作站。')];
  }
  const note = new Paragraph({
    spacing: { after: 120 },
    children: [
      new TextRun({
        text: '需求、专家、省外为“完成/要求”；名册为专家/其中省外/站长及工作人员人数。',
        size: SIZE_TABLE,
      }),
    ],
  });
  return [
    heading(SOCIETY_REPORT_HEADINGS.stations),
    note,
    table(
      // Three-character words (已撤销, 未达标, 未提交) stay on one line; the verdicts are in the workbook.
      [4, 18, 11, 10, 10, 8, 8, 11, 11, 10],
      [
        row(
          [
            label('序号'),
            label('工作站'),
            label('运行'),
            ...QUOTA_FIGURES.map((figure) => label(QUOTA_FIGURE_LABELS[figure].short)),
            label('服务次数'),
            label('结论'),
            label('评价'),
            label('名册'),
          ],
          true,
        ),
        ...report.stations.map((station, index) =>
          row([
            cell(String(index + 1), CENTER),
            cell(station.stationName),
            cell(STATION_STATUS_LABELS[station.stationStatus], CENTER),
            ...QUOTA_FIGURES.map((figure) => cell(againstQuota(station, figure), CENTER)),
            cell(String(station.confirmedVisits), CENTER),
            cell(QUOTA_STATUS_LABELS[station.status], CENTER),
            cell(station.evaluation ? String(station.evaluation.overall) : EVALUATION_NOT_SUBMITTED_LABEL, CENTER),
            cell(`${station.roster.experts}/${station.roster.outOfProvinceExperts}/${station.roster.staff}`, CENTER),
          ]),
        ),
      ],
    ),
  ];
}

/** Each figure a station fell short on, with what it reached and what was asked. */
export function shortfallWords(station: SocietyReportStation): string {
  const short = QUOTA_FIGURES.filter((figure) => station.figures[figure] < station.quota[figure]).map((figure) => {
    const { label: name, unit } = QUOTA_FIGURE_LABELS[figure];
    return `${name} ${station.figures[figure]} ${unit}（要求 ${station.quota[figure]} ${unit}）`;
  });
  return `${station.stationName}：${short.join('，')}。`;
}

function shortSection(report: SocietyAnnualReport): Block[] {
  const short = stationsShort(report);
  return [
    heading(report.yearClose.final ? SOCIETY_REPORT_HEADINGS.short : SOCIETY_REPORT_HEADINGS.notYet),
    ...(short.length === 0
      ? [paragraph(report.stations.length === 0 ? '无。' : '本年度各工作站均已达标。')]
      : short.map((station, index) => paragraph(`${index + 1}. ${shortfallWords(station)}`))),
  ];
}
