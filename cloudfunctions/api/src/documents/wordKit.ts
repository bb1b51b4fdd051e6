import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
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
import type { CalendarDate } from '../../../../types/domain';
import { calendarMoment } from '../domain/calendar';

/*
 * What the printed forms share: A4 in the fonts and type sizes of a Chinese government form,
 * headings, bordered tables with label cells, boxed opinions and the lines signed or stamped by
 * hand. Each form (申报书, 考核表) builds its own sections from these.
 */

/* Sizes in half-points (Chinese type sizes): 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
export const SIZE_TITLE = 44;
export const SIZE_HEADING = 32;
export const SIZE_SUBHEADING = 28;
export const SIZE_BODY = 24;
export const SIZE_TABLE = 21;
export const SIZE_FOOTER = 18;

/** 宋体 for text and 黑体 for headings, named as Word and WPS on Chinese systems both know them. */
export const BODY_FONT = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  eastAsia: '宋体',
  cs: 'Times New Roman',
};
export const HEADING_FONT = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  eastAsia: '黑体',
  cs: 'Times New Roman',
};

/** A4 portrait in twips, with Word's default margins for Chinese documents (2.54 cm, 3.17 cm). */
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1440, bottom: 1440, left: 1800, right: 1800 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Room under a line signed or stamped by hand (about 1.3 cm); a seal overlaps its label and date. */
const SIGNATURE_SPACE = 720;

export type Block = Paragraph | Table;

export interface PrintedDocumentOptions {
  title: string;
  description: string;
  /** The first page is a cover with a footer of its own. */
  titlePage?: boolean;
  footers: { default: Footer; first?: Footer };
  children: Block[];
}

/** A one-section A4 document in the forms' fonts and heading styles. */
export function printedDocument(options: PrintedDocumentOptions): Document {
  return new Document({
    creator: '站务通',
    title: options.title,
    description: options.description,
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
          titlePage: options.titlePage,
        },
        footers: options.footers,
        children: options.children,
      },
    ],
  });
}

/** The footer: `words`, then 第 n 页 / 共 m 页. */
export function pageFooter(words: string): Footer {
  const text = (value: string) => new TextRun({ text: value, size: SIZE_FOOTER });
  const field = (page: (typeof PageNumber)[keyof typeof PageNumber]) =>
    new TextRun({ children: [page], size: SIZE_FOOTER });
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          text(words),
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

/** 生成于 2026-12-02: the day a document was made, read in Asia/Shanghai. */
export function generatedWords(generatedAt: Date | string): string {
  return `生成于 ${calendarMoment(generatedAt).date}`;
}

/** 2026-12-02 → 2026年12月2日, as a form's dates are written; blank when not given. */
export function chineseDate(date: CalendarDate | ''): string {
  if (date === '') return '';
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

export function dateRange(start: CalendarDate | '', end: CalendarDate | ''): string {
  return start === '' && end === '' ? '' : `${chineseDate(start)}至${chineseDate(end)}`;
}

/** A paragraph per line of what was typed, so line breaks survive. */
/** What an empty section says. */
export const NONE = '无';

/** A paragraph saying there is nothing to show. */
export function none(words = NONE): Paragraph {
  return new Paragraph({ children: [new TextRun(words)] });
}

/** A short remark above or below a table, in the table's size. */
export function note(words: string): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: words, size: SIZE_TABLE })] });
}

/** One centred line of a form's title block; in the heading font unless `plain`. */
export function centredLine(
  text: string,
  size: number,
  spacing: { before?: number; after?: number; line?: number },
  plain = false,
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing,
    children: [new TextRun({ text, size, ...(!plain && { font: HEADING_FONT }) })],
  });
}

export function textParagraphs(text: string, options: { size?: number; indent?: boolean } = {}): Paragraph[] {
  const lines = text.split(/\r?\n/);
  return lines.map(
    (line) =>
      new Paragraph({
        indent: options.indent ? { firstLine: (options.size ?? SIZE_BODY) * 20 } : undefined,
        children: [new TextRun({ text: line, size: options.size })],
      }),
  );
}

export function heading(text: string, level: 1 | 2 = 1, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    pageBreakBefore,
    children: [new TextRun(text)],
  });
}

/* ---- Tables ---- */

export type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface CellOptions {
  span?: number;
  bold?: boolean;
  align?: Alignment;
}

export const CENTER: CellOptions = { align: AlignmentType.CENTER };
export const RIGHT: CellOptions = { align: AlignmentType.RIGHT };

export function cell(content: string | Paragraph[], options: CellOptions = {}): TableCell {
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
export function label(text: string, span?: number): TableCell {
  return cell(text, { bold: true, align: AlignmentType.CENTER, span });
}

/** A table across the text width, with borders and columns of the given shares of it. */
export function table(shares: number[], rows: TableRow[]): Table {
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

export function row(cells: TableCell[], header = false): TableRow {
  return new TableRow({ children: cells, tableHeader: header || undefined, cantSplit: true });
}

/** A whole-width box of paragraphs, as a form frames its opinion and terms sections. */
export function box(children: Paragraph[]): Table {
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

/* ---- Signatures ---- */

/** Blank lines for a handwritten opinion. */
export function blankLines(count: number): Paragraph[] {
  return Array.from({ length: count }, () => new Paragraph({ children: [] }));
}

/**
 * A line signed or stamped by hand: the label, then room for the ink. `keepNext` holds it on the
 * page of what follows (its date), where a page break would part them.
 */
export function signatureLine(text: string, options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    indent: { left: 3600 },
    spacing: { before: 240, after: SIGNATURE_SPACE },
    keepNext: options.keepNext,
    children: [new TextRun(text)],
  });
}

export function dateLine(): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    indent: { right: 480 },
    children: [new TextRun('年　　月　　日')],
  });
}
