import type { BlacklistEntryInput, BlacklistHit, BlacklistSkippedRow } from '../../../../types/actions';
import type { Application, ApplicationContent, BlacklistEntry } from '../../../../types/application';
import {
  BLACKLIST_KIND_LABELS,
  BLACKLIST_KINDS,
  CREDIT_CODE_PATTERN,
  ID_NUMBER_PATTERN,
  type ApplicationStatus,
  type BlacklistKind,
} from '../../../../types/catalogue';
import {
  BLACKLIST_IMPORT_COLUMNS,
  BLACKLIST_IMPORT_MAX_ROWS,
  BLACKLIST_LIMITS,
} from '../../../../types/catalogue/blacklist';
import { applicationParties, partyMatches } from './application';

/*
 * The city's list of dishonest or criminal parties (seed §三(三)8): what counts as the same
 * entry, how a row of the import sheet becomes one, and which applications a new entry hits.
 */

/** Applications still to be decided: a listed party must stop them before recognition. */
export const UNDECIDED_STATUSES: readonly ApplicationStatus[] = [
  'draft',
  'submitted',
  'document_reviewed',
  'inspected',
  'meeting_passed',
  'returned',
];

/** A credit code or ID number as compared: an ID number's final x is the same as X. */
export function normaliseCode(code: string): string {
  return code.trim().toUpperCase();
}

/** 统一社会信用代码 or 身份证号, already normalised. */
export function isPartyCode(code: string): boolean {
  return CREDIT_CODE_PATTERN.test(code) || ID_NUMBER_PATTERN.test(code);
}

const nameKey = (name: string) => `n:${name.trim()}`;
const codeKey = (code: string) => `c:${normaliseCode(code)}`;

/**
 * The flat keys an application is found by: each party's name and code. A list entry looks up
 * its own keys (`entryKeys`), and `partyMatches` then decides, since a shared name is no match
 * where both sides carry different codes.
 */
export function partyKeys(content: ApplicationContent): string[] {
  const keys = applicationParties(content).flatMap((party) => [
    ...(party.name.trim() !== '' ? [nameKey(party.name)] : []),
    ...(party.code.trim() !== '' ? [codeKey(party.code)] : []),
  ]);
  return [...new Set(keys)];
}

export function entryKeys(entry: Pick<BlacklistEntry, 'name' | 'code'>): string[] {
  return [nameKey(entry.name), ...(entry.code !== '' ? [codeKey(entry.code)] : [])];
}

/** The same party is listed once: by code where the new entry has one, by name where neither has. */
export function isSameEntry(
  candidate: Pick<BlacklistEntry, 'name' | 'code'>,
  existing: Pick<BlacklistEntry, 'name' | 'code'>,
): boolean {
  if (candidate.code !== '') return normaliseCode(existing.code) === candidate.code;
  return existing.code === '' && existing.name.trim() === candidate.name;
}

/** Each undecided application that names a party of these entries, with the parties it names. */
export function blacklistHits(
  applications: readonly Pick<Application, '_id' | 'status' | 'content'>[],
  entries: readonly Pick<BlacklistEntry, 'name' | 'code'>[],
): BlacklistHit[] {
  return applications.flatMap((application) => {
    if (!UNDECIDED_STATUSES.includes(application.status)) return [];
    const parties = applicationParties(application.content)
      .filter((party) => entries.some((entry) => partyMatches(party, entry)))
      .map((party) => `${party.role}「${party.name || party.code}」`);
    if (parties.length === 0) return [];
    return [
      {
        applicationId: application._id,
        stationName: application.content.stationName,
        societyName: application.content.society.name,
        status: application.status,
        parties: [...new Set(parties)],
      },
    ];
  });
}

/** A cell as the sheet reader hands it over: text, a number Excel stored, or nothing. */
export type SheetCell = string | number | null;

export interface SheetRow {
  /** Its row number in Excel, as the person sees it. */
  row: number;
  cells: SheetCell[];
}

type Column = keyof typeof BLACKLIST_IMPORT_COLUMNS;

export type SheetReading =
  | { ok: true; rows: { row: number; entry: BlacklistEntryInput }[]; skipped: BlacklistSkippedRow[] }
  | { ok: false; problem: string };

/**
 * The import sheet: its first row names the columns (any order, others ignored), each row after
 * it is one entry or the reason it is not. Rows the same as an earlier row or as an entry already
 * on the list are skipped and said so. A sheet without the columns or without any row is refused whole.
 */
export function readBlacklistSheet(
  sheet: readonly SheetRow[],
  listed: readonly Pick<BlacklistEntry, 'name' | 'code'>[],
): SheetReading {
  const [header, ...body] = sheet;
  const columns = header ? columnsOf(header.cells) : null;
  if (!columns) {
    const names = Object.values(BLACKLIST_IMPORT_COLUMNS).map((name) => `「${name}」`);
    return { ok: false, problem: `第 1 行应为列名：${names.join('、')}（备注可省略）` };
  }
  const filled = body.filter((row) => row.cells.some((cell) => cellText(cell) !== ''));
  if (filled.length === 0) return { ok: false, problem: '表格中没有名单数据：请从第 2 行起每行填写一个单位或个人' };
  if (filled.length > BLACKLIST_IMPORT_MAX_ROWS) {
    return {
      ok: false,
      problem: `一次最多导入 ${BLACKLIST_IMPORT_MAX_ROWS} 行，这个表格超过了 ${BLACKLIST_IMPORT_MAX_ROWS} 行，请分批导入`,
    };
  }
  const rows: { row: number; entry: BlacklistEntryInput }[] = [];
  const skipped: BlacklistSkippedRow[] = [];
  for (const { row, cells } of filled) {
    const read = readRow((column) => (columns[column] === undefined ? null : (cells[columns[column]] ?? null)));
    if ('reason' in read) {
      skipped.push({ row, reason: read.reason });
      continue;
    }
    const earlier = rows.find((other) => isSameEntry(read.entry, other.entry));
    if (earlier) {
      skipped.push({ row, reason: `与第 ${earlier.row} 行重复` });
      continue;
    }
    if (listed.some((entry) => isSameEntry(read.entry, entry))) {
      skipped.push({ row, reason: `「${read.entry.name}」已在名单中` });
      continue;
    }
    rows.push({ row, entry: read.entry });
  }
  return { ok: true, rows, skipped };
}

/** Where each column is, by its header; null when a required one is missing. */
function columnsOf(cells: readonly SheetCell[]): Partial<Record<Column, number>> | null {
  const headers = cells.map((cell) => cellText(cell).replace(/\s/g, ''));
  const at = (title: string) => {
    const index = headers.indexOf(title);
    return index === -1 ? undefined : index;
  };
  const columns = {
    name: at(BLACKLIST_IMPORT_COLUMNS.name),
    code: at(BLACKLIST_IMPORT_COLUMNS.code),
    kind: at(BLACKLIST_IMPORT_COLUMNS.kind),
    note: at(BLACKLIST_IMPORT_COLUMNS.note),
  };
  if (columns.name === undefined || columns.code === undefined || columns.kind === undefined) return null;
  return columns;
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const INVISIBLE_CONTROL = /[\u0000-\u0008\u000B-\u001F\u202A-\u202E\u2066-\u2069]/;

/** One row's entry, or why it cannot be read, in words a person fixes the sheet by. */
export function readRow(cell: (column: Column) => SheetCell): { entry: BlacklistEntryInput } | { reason: string } {
  const name = cellText(cell('name'));
  const rawCode = cell('code');
  const code = normaliseCode(cellText(rawCode));
  const kindLabel = cellText(cell('kind'));
  const note = cellText(cell('note'));
  const [nameMin, nameMax] = BLACKLIST_LIMITS.name;
  if (name === '') return { reason: '名称为空' };
  if (name.length < nameMin || name.length > nameMax) {
    return { reason: `名称应为 ${nameMin}–${nameMax} 个字` };
  }
  if ([name, code, note].some((text) => INVISIBLE_CONTROL.test(text))) {
    return { reason: '含有不可见的控制字符' };
  }
  // An 18-digit number is past what Excel keeps exactly: its last digits are already lost.
  if (typeof rawCode === 'number' && !Number.isSafeInteger(rawCode)) {
    return { reason: '证件号码被 Excel 存成了数字，末几位已丢失：请把该列设为“文本”后重新填写' };
  }
  if (code !== '' && !isPartyCode(code)) {
    return { reason: `「${code}」不是 18 位统一社会信用代码或身份证号` };
  }
  const kind = kindOf(kindLabel);
  if (!kind) {
    const labels = BLACKLIST_KINDS.map((candidate) => `「${BLACKLIST_KIND_LABELS[candidate]}」`).join('或');
    return { reason: kindLabel === '' ? `类别为空，应为${labels}` : `类别「${kindLabel}」应为${labels}` };
  }
  if (note.length > BLACKLIST_LIMITS.note[1]) return { reason: `备注超过 ${BLACKLIST_LIMITS.note[1]} 个字` };
  return { entry: { name, code, kind, note } };
}

function kindOf(label: string): BlacklistKind | undefined {
  return BLACKLIST_KINDS.find((kind) => BLACKLIST_KIND_LABELS[kind] === label);
}

function cellText(cell: SheetCell): string {
  if (cell === null) return '';
  return String(cell).replace(/\r\n/g, '\n').trim();
}
