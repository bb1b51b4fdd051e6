import { initCloud } from '../cloud';

interface WxacodeResult {
  buffer: Buffer | Uint8Array;
  errCode?: number;
}
interface CloudFiles {
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  getTempFileURL(options: {
    fileList: string[];
  }): Promise<{ fileList: { fileID: string; tempFileURL: string; status: number }[] }>;
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
export async function temporaryUrls(fileIds: readonly (string | undefined)[]): Promise<Map<string, string>> {
  const ids = [...new Set(fileIds.filter((id): id is string => Boolean(id)))];
  if (ids.length === 0) return new Map();
  const { fileList } = await cloud().getTempFileURL({ fileList: ids });
  return new Map(fileList.filter((file) => file.status === 0).map((file) => [file.fileID, file.tempFileURL]));
}

/** A file the function made (an export), stored under `cloudPath`; answers its file ID. */
export async function storeFile(cloudPath: string, content: Buffer): Promise<string> {
  const { fileID } = await cloud().uploadFile({ cloudPath, fileContent: content });
  return fileID;
}
