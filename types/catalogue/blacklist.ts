/**
 * How the city keeps its list of dishonest or criminal parties (seed §三(三)8): typed in, or
 * imported from Excel. Imported by path, not through the index: only the city admin's subpackage
 * and the function need it, and the main package carries everything the index exports.
 */

export const BLACKLIST_LIMITS = {
  name: [2, 60],
  note: [0, 200],
  removalReason: [2, 200],
  search: [1, 30],
} as const satisfies Record<string, readonly [number, number]>;

/** The import sheet's header row, by the name each column is found by. */
export const BLACKLIST_IMPORT_COLUMNS = {
  name: '名称',
  code: '统一社会信用代码/身份证号',
  kind: '类别',
  note: '备注',
} as const;

/** Rows one import reads: a whole file is written in one transaction, which must end within 30 s. */
export const BLACKLIST_IMPORT_MAX_ROWS = 200;

/** The import file is an Excel workbook of at most this size. */
export const BLACKLIST_IMPORT_MAX_MB = 5;

/** Applications a new entry hits that are listed at once; the city reviews each of them anyway. */
export const BLACKLIST_HITS_SHOWN = 50;
