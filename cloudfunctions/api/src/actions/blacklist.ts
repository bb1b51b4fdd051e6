import type { BlacklistEntryInput, BlacklistEntryView, BlacklistHit } from '../../../../types/actions';
import type { BlacklistEntry } from '../../../../types/application';
import { BLACKLIST_KIND_LABELS, BLACKLIST_KINDS } from '../../../../types/catalogue';
import {
  BLACKLIST_HITS_SHOWN,
  BLACKLIST_IMPORT_MAX_MB,
  BLACKLIST_IMPORT_MAX_ROWS,
  BLACKLIST_LIMITS,
} from '../../../../types/catalogue/blacklist';
import type { CallerContext } from '../context';
import { isInFolder, uploadFolder } from '../domain/attachments';
import {
  blacklistHits,
  entryKeys,
  isPartyCode,
  isSameEntry,
  normaliseCode,
  readBlacklistSheet,
  type SheetRow,
} from '../domain/blacklist';
import { MAX_PAGE_SIZE, pageWindow } from '../domain/paging';
import { AppError, invalidInput } from '../errors';
import { findBlacklistEntry, listedLike, pageBlacklist, undecidedApplicationsWith } from '../store/blacklist';
import { downloadFile } from '../store/files';
import { audit, transact } from '../store/transaction';
import { boolean, documentId, integer, object, oneOf, optional, text, type Parser } from '../validate';
import { authorize } from './guard';
import type { ActionDefinition } from './types';

/** The sheet reader and exceljs under it load with the first import, not with every cold start. */
const sheets = () => import('../documents/blacklistSheet');

/** The list is the city's: no society or station is its target. */
const CITY = { societyId: '' };

/** 统一社会信用代码 or 身份证号, upper-cased; empty when only the name is known. */
const partyCode: Parser<string> = (value, field) => {
  if (typeof value !== 'string') throw invalidInput(`${field} 应为文字`);
  const code = normaliseCode(value);
  if (code !== '' && !isPartyCode(code)) throw invalidInput(`${field} 应为 18 位统一社会信用代码或身份证号`);
  return code;
};

export const listBlacklist: ActionDefinition<'blacklist.list'> = {
  parse: object({
    page: optional(integer(1, 10_000)),
    pageSize: optional(integer(1, MAX_PAGE_SIZE)),
    search: optional(text(...BLACKLIST_LIMITS.search)),
    removed: optional(boolean),
  }),
  async handle(input, caller) {
    await authorize(caller, 'blacklist.manage', CITY);
    const window = pageWindow(input.page, input.pageSize);
    const { entries, total } = await pageBlacklist({ removed: input.removed ?? false, search: input.search }, window);
    return { items: entries.map(entryView), page: window.page, pageSize: window.pageSize, total };
  },
};

export const addBlacklistEntry: ActionDefinition<'blacklist.add'> = {
  parse: object<BlacklistEntryInput>({
    name: text(...BLACKLIST_LIMITS.name),
    code: partyCode,
    kind: oneOf(BLACKLIST_KINDS),
    note: text(...BLACKLIST_LIMITS.note),
  }),
  write: true,
  async handle(input, caller) {
    const role = await authorize(caller, 'blacklist.manage', CITY);
    const listed = await listedLike([input.name], input.code ? [input.code] : []);
    const same = listed.find((entry) => isSameEntry(input, entry));
    if (same) {
      throw new AppError(
        'BLACKLIST_DUPLICATE',
        `名单中已有「${same.name}」${same.code ? `（${same.code}）` : ''}，不必重复添加`,
      );
    }
    const hits = await hitsOf([input]);
    const fields: Omit<BlacklistEntry, '_id'> = { ...input, addedAt: caller.now.toISOString(), addedBy: caller.openid };
    return transact(caller, async (tx) => {
      const { _id } = (await tx.collection<BlacklistEntry>('blacklist').add({ data: fields })) as { _id: string };
      await audit(tx, {
        at: fields.addedAt,
        actor: caller.openid,
        role,
        action: 'blacklist.add',
        subject: _id,
        detail: entryWords(input),
      });
      return { entry: entryView({ _id, ...fields }), hits };
    });
  },
};

export const removeBlacklistEntry: ActionDefinition<'blacklist.remove'> = {
  parse: object({ entryId: documentId, reason: text(...BLACKLIST_LIMITS.removalReason) }),
  write: true,
  async handle(input, caller) {
    const role = await authorize(caller, 'blacklist.manage', CITY);
    if (!(await findBlacklistEntry(input.entryId))) throw new AppError('NOT_FOUND', '名单中没有这一条，请刷新后查看');
    const at = caller.now.toISOString();
    return transact(caller, async (tx) => {
      const { data: entry } = await tx.collection<BlacklistEntry>('blacklist').doc(input.entryId).get();
      if (!entry) throw new AppError('NOT_FOUND', '名单中没有这一条，请刷新后查看');
      if (entry.removedAt) throw new AppError('CONFLICT', `「${entry.name}」已经移出名单，请刷新后查看`);
      const changes = { removedAt: at, removedBy: caller.openid, removalReason: input.reason };
      await tx.collection<BlacklistEntry>('blacklist').doc(entry._id).update({ data: changes });
      await audit(tx, {
        at,
        actor: caller.openid,
        role,
        action: 'blacklist.remove',
        subject: entry._id,
        detail: `${entryWords(entry)}；原因：${input.reason}`,
      });
      return entryView({ ...entry, ...changes });
    });
  },
};

export const importBlacklist: ActionDefinition<'blacklist.import'> = {
  parse: object({ fileId: text(1, 512) }),
  write: true,
  async handle(input, caller) {
    const role = await authorize(caller, 'blacklist.manage', CITY);
    const rows = await uploadedSheet(input.fileId, caller);
    // Read once to learn the names and codes, then again against the entries already listed by them.
    const first = readBlacklistSheet(rows, []);
    if (!first.ok) throw new AppError('BLACKLIST_SHEET_INVALID', first.problem);
    const candidates = first.rows.map((row) => row.entry);
    const listed = await listedLike(
      candidates.map((entry) => entry.name),
      candidates.map((entry) => entry.code),
    );
    const reading = readBlacklistSheet(rows, listed);
    if (!reading.ok) throw new AppError('BLACKLIST_SHEET_INVALID', reading.problem);
    const entries = reading.rows.map((row) => row.entry);
    const hits = await hitsOf(entries);
    const at = caller.now.toISOString();
    return transact(caller, async (tx) => {
      for (const entry of entries) {
        await tx
          .collection<BlacklistEntry>('blacklist')
          .add({ data: { ...entry, addedAt: at, addedBy: caller.openid } });
      }
      await audit(tx, {
        at,
        actor: caller.openid,
        role,
        action: 'blacklist.import',
        subject: input.fileId,
        detail: `导入 ${entries.length} 条，跳过 ${reading.skipped.length} 行`,
      });
      return { added: entries.length, skipped: reading.skipped, hits };
    });
  },
};

/** The rows of the caller's own uploaded workbook, or the reason it cannot be read. */
async function uploadedSheet(fileId: string, caller: CallerContext): Promise<SheetRow[]> {
  if (!isInFolder(fileId, uploadFolder('blacklist', caller.openid))) {
    throw new AppError('ATTACHMENT_INVALID', '只能导入您本人刚上传的文件，请重新选择');
  }
  const bytes = await downloadFile(fileId);
  if (!bytes) throw new AppError('ATTACHMENT_INVALID', '文件没有上传成功，请重新选择');
  if (bytes.length > BLACKLIST_IMPORT_MAX_MB * 1024 * 1024) {
    throw new AppError('BLACKLIST_SHEET_INVALID', `文件超过 ${BLACKLIST_IMPORT_MAX_MB} MB，请分批导入`);
  }
  const { sheetRows } = await sheets();
  // The header, the most rows an import takes, and one more to tell that a sheet is longer.
  const rows = await sheetRows(bytes, BLACKLIST_IMPORT_MAX_ROWS + 2);
  if (!rows) throw new AppError('BLACKLIST_SHEET_INVALID', '这不是 .xlsx 格式的 Excel 文件，请另存为 .xlsx 后重新导入');
  return rows;
}

/** The undecided applications these new entries hit. */
async function hitsOf(entries: readonly Pick<BlacklistEntry, 'name' | 'code'>[]): Promise<BlacklistHit[]> {
  if (entries.length === 0) return [];
  const applications = await undecidedApplicationsWith(entries.flatMap(entryKeys));
  return blacklistHits(applications, entries).slice(0, BLACKLIST_HITS_SHOWN);
}

function entryWords(entry: Pick<BlacklistEntry, 'name' | 'code' | 'kind'>): string {
  return `${BLACKLIST_KIND_LABELS[entry.kind]}：${entry.name}${entry.code ? `（${entry.code}）` : ''}`;
}

function entryView(entry: BlacklistEntry): BlacklistEntryView {
  return {
    id: entry._id,
    name: entry.name,
    code: entry.code,
    kind: entry.kind,
    note: entry.note,
    addedAt: entry.addedAt,
    ...(entry.removedAt && { removedAt: entry.removedAt }),
    ...(entry.removalReason && { removalReason: entry.removalReason }),
  };
}
