import Taro from '@tarojs/taro';
import type { Attachment, AttachmentKind } from '../../types/domain';
import { ATTACHMENT_LIMITS } from '../../types/catalogue';

/** The local runtime's stand-in for `wx.cloud.uploadFile` (H5 build only). */
const LOCAL_UPLOAD_URL = '/__local/upload';

export type UploadResult = { ok: true; fileId: string } | { ok: false; message: string };

export type AttachmentUpload = { ok: true; attachment: Attachment } | { ok: false; message: string };

/** A file picked on the phone (or in the browser), before upload. */
export interface PickedFile {
  /** The temporary path the picker gave (WeChat), or an object URL (H5). */
  path: string;
  name: string;
  size: number;
  /** H5 only: the browser's file itself, sent as the request body. */
  blob?: Blob;
}

/** 0 to 100, as the upload goes. */
export type ProgressListener = (percent: number) => void;

/** The folders a person uploads into, one per kind of record the files belong to. */
export type UploadPurpose = 'needs' | 'visits' | 'applications' | 'blacklist' | 'assessments' | 'ledger' | 'stations';

/** Where a person's uploads go: the server accepts only files under their own folder. */
export function cloudPathFor(purpose: UploadPurpose, openid: string, name: string): string {
  const extension = extensionOf(name) || 'bin';
  const random = Math.random().toString(36).slice(2, 8);
  return `${purpose}/${openid}/${Date.now()}-${random}.${extension}`;
}

export function extensionOf(name: string): string {
  return /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
}

/** What kind of attachment a file is, or why it cannot be attached (the server's limits, checked first here). */
export function classify(file: Pick<PickedFile, 'name' | 'size'>): { kind: AttachmentKind } | { problem: string } {
  const extension = extensionOf(file.name);
  const kinds: AttachmentKind[] = ['image', 'pdf', 'office'];
  const kind = kinds.find((candidate) =>
    (ATTACHMENT_LIMITS[candidate].extensions as readonly string[]).includes(extension),
  );
  if (!kind) return { problem: `「${file.name}」的格式不支持，请上传图片、PDF 或 Office 文档` };
  const maxMb = ATTACHMENT_LIMITS[kind].maxMb;
  if (file.size > maxMb * 1024 * 1024) return { problem: `「${file.name}」超过 ${maxMb} MB，请压缩后再上传` };
  if (file.size <= 0) return { problem: `「${file.name}」是空文件` };
  return { kind };
}

/**
 * Uploads one file a person attached to a need, a visit or an application, into their own folder
 * of cloud storage (`needs/<openid>/…`, `visits/<openid>/…`, `applications/<openid>/…`), and
 * describes it for the form.
 * A file the server would refuse is refused here first; failures come back as a message.
 */
export async function uploadAttachment(
  file: PickedFile,
  openid: string,
  purpose: UploadPurpose,
  onProgress?: ProgressListener,
): Promise<AttachmentUpload> {
  const verdict = classify(file);
  if ('problem' in verdict) return { ok: false, message: verdict.problem };
  if (!openid) return { ok: false, message: '尚未取得您的身份，请稍后重试' };
  const uploaded = await uploadToCloud(file, cloudPathFor(purpose, openid, file.name), onProgress);
  if (!uploaded.ok) return uploaded;
  return { ok: true, attachment: { fileId: uploaded.fileId, name: file.name, size: file.size, kind: verdict.kind } };
}

/** Uploads one picked file to cloud storage at `cloudPath`; failures come back as a message, never thrown. */
export async function uploadToCloud(
  file: PickedFile,
  cloudPath: string,
  onProgress?: ProgressListener,
): Promise<UploadResult> {
  try {
    if (process.env.TARO_ENV === 'h5') return await uploadToLocal(file, cloudPath, onProgress);
    return await new Promise<UploadResult>((resolve) => {
      const task = Taro.cloud.uploadFile({
        cloudPath,
        filePath: file.path,
        success: ({ fileID }) => resolve({ ok: true, fileId: fileID }),
        fail: () => resolve({ ok: false, message: '上传失败，请检查网络后重试' }),
      });
      task?.onProgressUpdate?.(({ progress }) => onProgress?.(progress));
    });
  } catch {
    return { ok: false, message: '上传失败，请检查网络后重试' };
  }
}

/** The H5 build: the raw bytes to the local runtime, which answers `{ fileID }` or `{ message }`. */
async function uploadToLocal(
  file: PickedFile,
  cloudPath: string,
  onProgress?: ProgressListener,
): Promise<UploadResult> {
  const body = file.blob ?? (await (await fetch(file.path)).blob());
  return new Promise<UploadResult>((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${LOCAL_UPLOAD_URL}?cloudPath=${encodeURIComponent(cloudPath)}`);
    request.withCredentials = true;
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      let answer: { fileID?: string; message?: string } = {};
      try {
        answer = JSON.parse(request.responseText) as typeof answer;
      } catch {
        // Not JSON: reported below as a failed upload.
      }
      resolve(
        request.status === 200 && answer.fileID
          ? { ok: true, fileId: answer.fileID }
          : { ok: false, message: answer.message ?? `上传失败（${request.status}），请重试` },
      );
    };
    request.onerror = () => resolve({ ok: false, message: '上传失败，请检查网络后重试' });
    request.send(body);
  });
}
