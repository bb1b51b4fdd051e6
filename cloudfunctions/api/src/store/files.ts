import type { DocumentKind, ExportedFile } from '../../../../types/actions';
import { initCloud } from '../cloud';
import { calendarMoment } from '../domain/calendar';

interface WxacodeResult {
  buffer: Buffer | Uint8Array;
  errCode?: number;
}
interface CloudFiles {
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  getTempFileURL(options: {
    fileList: string[];
  }): Promise<{ fileList: { fileID: string; tempFileURL: string; status: number }[] }>;
  downloadFile(options: { fileID: string }): Promise<{ fileContent: Buffer }>;
  openapi: { wxacode: { getUnlimited(options: object): Promise<WxacodeResult> } };
}

const cloud = () => initCloud() as unknown as CloudFiles;

/**
 * A mini-program code that opens `page` with `scene`, stored in cloud storage. Returns null
 * when WeChat cannot make one (the code still works typed in), so an invitation never fails for it.
 */
export async function storeMiniProgramCode(scene: string, page: string, cloudPath: string): Promise<string | null> {
  try {
    const image = await cloud().openapi.wxacode.getUnlimited({ scene, page, checkPath: false, width: 430 });
    const { fileID } = await cloud().uploadFile({ cloudPath, fileContent: Buffer.from(image.buffer) });
    return fileID;
  } catch (error) {
    console.error('api: mini-program code not made', error);
    return null;
  }
}

/** Temporary download URLs for up to 50 files in one request; a missing file maps to nothing. */
/** How many files one getTempFileURL call takes (WeChat's limit). */
const URL_BATCH = 50;

/** Temporary URLs of any number of files, in calls of `URL_BATCH`, as a record the client reads. */
export async function temporaryUrlRecord(fileIds: readonly string[]): Promise<Record<string, string>> {
  const ids = [...new Set(fileIds)];
  const batches = Array.from({ length: Math.ceil(ids.length / URL_BATCH) }, (_, index) =>
    ids.slice(index * URL_BATCH, (index + 1) * URL_BATCH),
  );
  const maps = await Promise.all(batches.map((batch) => temporaryUrls(batch)));
  return Object.fromEntries(maps.flatMap((map) => [...map]));
}

export async function temporaryUrls(fileIds: readonly (string | undefined)[]): Promise<Map<string, string>> {
  const ids = [...new Set(fileIds.filter((id): id is string => Boolean(id)))];
  if (ids.length === 0) return new Map();
  const { fileList } = await cloud().getTempFileURL({ fileList: ids });
  return new Map(fileList.filter((file) => file.status === 0).map((file) => [file.fileID, file.tempFileURL]));
}

/**
 * The bytes of an uploaded file, or null when there is none: checked first by its temporary URL,
 * since downloading a missing file fails like a broken network.
 */
export async function downloadFile(fileId: string): Promise<Buffer | null> {
  if (!(await temporaryUrls([fileId])).has(fileId)) return null;
  const { fileContent } = await cloud().downloadFile({ fileID: fileId });
  return Buffer.from(fileContent);
}

/**
 * The extension a rendered document's cloud path and name end with, by kind. The SDK's
 * uploadFile takes no content type, so storage serves the file by this extension.
 */
const EXTENSIONS: Record<DocumentKind, string> = { xlsx: '.xlsx', docx: '.docx' };

/**
 * A document the function rendered for `owner`, stored under their own exports folder and named
 * by the moment, so two exports never overwrite each other; `name` is as shown, without extension.
 */
export async function storeDocument(
  kind: DocumentKind,
  content: Buffer,
  name: string,
  owner: { openid: string; now: Date },
): Promise<ExportedFile> {
  const extension = EXTENSIONS[kind];
  const stamp = `${calendarMoment(owner.now).date}-${owner.now.getTime().toString(36)}`;
  const cloudPath = `exports/${owner.openid}/${stamp}${extension}`;
  const { fileID } = await cloud().uploadFile({ cloudPath, fileContent: content });
  const urls = await temporaryUrls([fileID]);
  return { fileId: fileID, name: `${name}${extension}`, kind, url: urls.get(fileID) ?? null };
}
