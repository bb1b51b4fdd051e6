import ExcelJS from 'exceljs';
import { BLACKLIST_IMPORT_COLUMNS } from '../../types/catalogue/blacklist';
import type { LocalApi } from './localApi';

/** An import sheet as a person fills it in: the header row, then one row per party. */
export async function blacklistWorkbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名单');
  const { name, code, kind, note } = BLACKLIST_IMPORT_COLUMNS;
  sheet.addRow([name, code, kind, note]);
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

let counter = 0;

/** The bytes uploaded into `openid`'s own import folder, as the page does; returns the file ID. */
export async function storeSheet(api: LocalApi, openid: string, bytes: Buffer, name = 'list.xlsx'): Promise<string> {
  const cloudPath = `blacklist/${openid}/${++counter}-${Date.now().toString(36)}-${name}`;
  const { origin, envId } = api.cloudbase;
  const response = await fetch(`${origin}/__storage/upload/${encodeURIComponent(cloudPath)}`, {
    method: 'PUT',
    body: new Uint8Array(bytes),
  });
  if (!response.ok) throw new Error(`sheet upload failed: ${response.status}`);
  return `cloud://${envId}.local/${cloudPath}`;
}
