import Taro from '@tarojs/taro';
import { documentType } from '../utils/documentType';

/**
 * Opens a document (`name` as shown, with its extension) from a temporary URL: the mini-program
 * downloads it and hands it to `openDocument` (Word, Excel, PDF viewers, with the menu to forward
 * or save it); the browser opens it in a new tab. False when it could not be opened.
 */
export async function openRemoteDocument(url: string, name: string): Promise<boolean> {
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank');
    return true;
  }
  try {
    void Taro.showLoading({ title: '正在打开' });
    const { tempFilePath } = await Taro.downloadFile({ url });
    await Taro.openDocument({ filePath: tempFilePath, fileType: documentType(name), showMenu: true });
    return true;
  } catch {
    return false;
  } finally {
    void Taro.hideLoading();
  }
}
