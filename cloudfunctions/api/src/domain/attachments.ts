import { ATTACHMENT_KIND_LABELS, ATTACHMENT_LIMITS } from '../../../../types/catalogue';
import type { Attachment } from '../../../../types/domain';

const MB = 1024 * 1024;

/**
 * Where a person's uploads for needs, visits or a station's status papers (or a list to import) live in cloud storage. Only
 * files under the caller's own folder may be attached, so nobody attaches a file somebody else uploaded.
 */
export function uploadFolder(purpose: 'needs' | 'visits' | 'blacklist' | 'stations', openid: string): string {
  return `${purpose}/${openid}/`;
}

export function isInFolder(fileId: string, folder: string): boolean {
  return cloudPathOf(fileId).startsWith(folder);
}

/** Why the attachment is refused, in words; null when it is acceptable. */
export function attachmentProblem(
  attachment: Attachment,
  openid: string,
  purpose: 'needs' | 'visits' | 'stations' = 'needs',
): string | null {
  const limits = ATTACHMENT_LIMITS[attachment.kind];
  const extension = /\.([a-z0-9]+)$/i.exec(attachment.name)?.[1]?.toLowerCase() ?? '';
  if (!limits.extensions.includes(extension)) {
    return `「${attachment.name}」不是${ATTACHMENT_KIND_LABELS[attachment.kind]}（支持 ${limits.extensions.join('、')}）`;
  }
  if (attachment.size > limits.maxMb * MB) {
    return `「${attachment.name}」超过 ${limits.maxMb} MB，请压缩后再上传`;
  }
  if (!isInFolder(attachment.fileId, uploadFolder(purpose, openid))) {
    return `「${attachment.name}」不是您本人上传的文件`;
  }
  return null;
}

/** `cloud://<env>.<bucket>/<path>` → `<path>`; '' for anything else. */
function cloudPathOf(fileId: string): string {
  const match = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileId);
  if (!match || match[1].split('/').some((part) => part === '..' || part === '.' || part === '')) return '';
  return match[1];
}
