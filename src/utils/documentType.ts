/** The file types WeChat's `openDocument` has a viewer for. */
const DOCUMENT_TYPES = ['doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'pdf'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** The viewer to use, from the file's name: a downloaded temporary path may have lost its extension. */
export function documentType(name: string): DocumentType | undefined {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return DOCUMENT_TYPES.find((type) => type === extension);
}
