import Taro from '@tarojs/taro';
import type { Attachment, AttachmentKind } from '../../types/domain';
import { ATTACHMENT_RULES } from '../constants/needs';

/** The local runtime's stand-in for `wx.cloud.uploadFile` (H5 build only). */
const LOCAL_UPLOAD_URL = '/__local/upload';

export type UploadResult = { ok: true; fileId: string } | { ok: false; message: string };

/** A file picked on the phone, before upload. */
export interface PickedFile {
  path: string;
  name: string;
  size: number;
}

/** Where a person's uploads go: the server accepts only files under their own folder. */
export function cloudPathFor(purpose: 'needs' | 'visits', openid: string, name: string): string {
  const extension = extensionOf(name) || 'bin';
  const random = Math.random().toString(36).slice(2, 8);
  return `${purpose}/${openid}/${Date.now()}-${random}.${extension}`;
}

export function extensionOf(name: string): string {
  return /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
}

/** What kind of attachment a file is, or why it cannot be attached. */
export function classify(file: PickedFile): { kind: AttachmentKind } | { problem: string } {
  const extension = extensionOf(file.name);
  const kinds: AttachmentKind[] = ['image', 'pdf', 'office'];
  const kind = kinds.find((candidate) =>
    (ATTACHMENT_RULES[candidate].extensions as readonly string[]).includes(extension),
  );
  if (!kind) return { problem: `「${file.name}」的格式不支持，请上传图片、PDF 或 Office 文档` };
  const maxMb = ATTACHMENT_RULES[kind].maxMb;
  if (file.size > maxMb * 1024 * 1024) return { problem: `「${file.name}」超过 ${maxMb} MB，请压缩后再上传` };
  return { kind };
}

/** Uploads one picked file to cloud storage; failures come back as a message, never thrown. */
export async function uploadToCloud(file: PickedFile, cloudPath: string): Promise<UploadResult> {
  try {
    if (process.env.TARO_ENV === 'h5') {
      const bytes = await (await fetch(file.path)).arrayBuffer();
      const response = await fetch(`${LOCAL_UPLOAD_URL}?cloudPath=${encodeURIComponent(cloudPath)}`, {
        method: 'POST',
        credentials: 'include',
        body: bytes,
      });
      const body = (await response.json().catch(() => ({}))) as { fileID?: string; message?: string };
      return body.fileID
        ? { ok: true, fileId: body.fileID }
        : { ok: false, message: body.message ?? '上传失败，请重试' };
    }
    const { fileID } = await Taro.cloud.uploadFile({ cloudPath, filePath: file.path });
    return { ok: true, fileId: fileID };
  } catch {
    return { ok: false, message: '上传失败，请检查网络后重试' };
  }
}

export function toAttachment(file: PickedFile, kind: AttachmentKind, fileId: string): Attachment {
  return { fileId, name: file.name, size: file.size, kind };
}
