/** Files the function renders and stores for a person to open, print or pass on. */

/** The documents the function renders; each is also the file type WeChat's viewer opens it as. */
export type DocumentKind = 'xlsx' | 'docx';

/** A file the function made in cloud storage, with a temporary URL to open it. */
export interface ExportedFile {
  fileId: string;
  /** As shown, ending with the kind's extension. */
  name: string;
  kind: DocumentKind;
  url: string | null;
}
