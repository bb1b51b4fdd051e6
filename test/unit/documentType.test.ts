import { documentType } from '../../src/utils/documentType';

describe('the viewer a document opens in', () => {
  it('follows the extension of the name, in any case', () => {
    expect(documentType('贵阳市2026年任务完成情况.xlsx')).toBe('xlsx');
    expect(documentType('合作协议.PDF')).toBe('pdf');
    expect(documentType('a.b.docx')).toBe('docx');
  });

  it('is left to WeChat for names without an extension it has a viewer for', () => {
    expect(documentType('说明')).toBeUndefined();
    expect(documentType('照片.jpg')).toBeUndefined();
    expect(documentType('xlsx')).toBeUndefined();
  });
});
