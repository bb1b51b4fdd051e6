import mammoth from 'mammoth';
import { unzip } from './zip';

/*
 * A rendered .docx read back as a reader sees it: mammoth gives the body's text and tables, the
 * zip gives the parts mammoth skips (footers, styles).
 */

export interface WordReadBack {
  docx: Buffer;
  text: string;
  /** The body's paragraphs, tables included, as lines of text. */
  lines: string[];
  /** Every table, as rows of cell texts (a cell's paragraphs joined by line breaks). */
  tables: string[][][];
  /** The body's HTML as mammoth converts it (links as <a href>). */
  html: string;
  /** The footer of the pages after a cover, or of every page without one. */
  footer: string;
}

function cellText(html: string): string {
  return html
    .replace(/<\/p>\s*<p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .trim();
}

function tablesOf(html: string): string[][][] {
  return [...html.matchAll(/<table>(.*?)<\/table>/gs)].map(([, table]) =>
    [...table.matchAll(/<tr>(.*?)<\/tr>/gs)].map(([, row]) =>
      [...row.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/gs)].map(([, cell]) => cellText(cell)),
    ),
  );
}

/** The words of a WordprocessingML part, fields included as their instruction. */
function partText(xml: string): string {
  return [...xml.matchAll(/<w:(?:t|instrText)[^>]*>([^<]*)<\/w:(?:t|instrText)>/g)].map(([, text]) => text).join('');
}

export async function readWord(docx: Buffer): Promise<WordReadBack> {
  const { value: text } = await mammoth.extractRawText({ buffer: docx });
  const { value: html } = await mammoth.convertToHtml({ buffer: docx });
  const files = unzip(docx);
  const document = files.get('word/document.xml')!.toString('utf8');
  const footerName = /<w:footerReference w:type="default" r:id="(\w+)"/.exec(document)![1];
  const relations = files.get('word/_rels/document.xml.rels')!.toString('utf8');
  const footerPath = new RegExp(`Id="${footerName}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${footerName}"`).exec(
    relations,
  )!;
  const footer = partText(files.get(`word/${footerPath[1] ?? footerPath[2]}`)!.toString('utf8'));
  return {
    docx,
    text,
    lines: text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    tables: tablesOf(html),
    html,
    footer,
  };
}

/** The table whose first row starts with `header`. */
export function tableStarting(tables: string[][][], header: string): string[][] {
  const found = tables.find((table) => table[0]?.[0] === header);
  if (!found) throw new Error(`no table starting with ${header}`);
  return found;
}
