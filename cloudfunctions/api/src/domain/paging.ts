export const DEFAULT_PAGE_SIZE = 20;
/** CloudBase cuts a get() at 1000 anyway; a phone list never needs more than this at once. */
export const MAX_PAGE_SIZE = 100;

export interface PageWindow {
  page: number;
  pageSize: number;
  skip: number;
}

export function pageWindow(page = 1, pageSize = DEFAULT_PAGE_SIZE): PageWindow {
  return { page, pageSize, skip: (page - 1) * pageSize };
}
