import Taro from '@tarojs/taro';
import type { DocumentType } from '../utils/documentType';

/**
 * Opens a document from a temporary URL: the mini-program downloads it and hands it to
 * `openDocument` (Word, Excel, PDF viewers, with the menu to forward or save it) as `fileType`,
 * since a downloaded temporary path may have lost its extension (undefined leaves WeChat to guess);
 * the browser opens it in a new tab. False when it could not be opened.
 */
export async function openDocument(url: string, fileType: DocumentType | undefined): Promise<boolean> {
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank');
    return true;
  }
  try {
    void Taro.showLoading({ title: '正在打开' });
    const { tempFilePath } = await Taro.downloadFile({ url });
    await Taro.openDocument({ filePath: tempFilePath, fileType, showMenu: true });
    return true;
  } catch {
    return false;
  } finally {
    void Taro.hideLoading();
  }
}
