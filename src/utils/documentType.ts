/** The file types WeChat's `openDocument` has a viewer for. */
export type DocumentType = 'doc' | 'docx' | 'xls' | 'xlsx' | 'ppt' | 'pptx' | 'pdf';
const DOCUMENT_TYPES: readonly DocumentType[] = ['doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'pdf'];

/** The viewer to use, from the file's name: a downloaded temporary path may have lost its extension. */
export function documentType(name: string): DocumentType | undefined {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return DOCUMENT_TYPES.find((type) => type === extension);
}
