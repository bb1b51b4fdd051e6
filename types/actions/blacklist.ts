/** The city's list of dishonest or criminal parties (失信 / 涉黑涉恶): kept by the city admin. */
import type { ApplicationStatus, BlacklistKind } from '../catalogue';
import type { Instant } from '../domain';
import type { Page, PageRequest } from './session';

export interface BlacklistEntryInput {
  name: string;
  /** 统一社会信用代码 or 身份证号; empty when only the name is known. */
  code: string;
  kind: BlacklistKind;
  note: string;
}

export interface BlacklistEntryView extends BlacklistEntryInput {
  id: string;
  addedAt: Instant;
  removedAt?: Instant;
  removalReason?: string;
}

/** An application not yet decided that names a party on the list. */
export interface BlacklistHit {
  applicationId: string;
  stationName: string;
  societyName: string;
  status: ApplicationStatus;
  /** Each listed party the application names, e.g. 需求单位法定代表人「陈刚」. */
  parties: string[];
}

/** A row of an import sheet that was not added, by its row number in Excel. */
export interface BlacklistSkippedRow {
  row: number;
  reason: string;
}

export interface BlacklistImportResult {
  added: number;
  skipped: BlacklistSkippedRow[];
  hits: BlacklistHit[];
}

export interface BlacklistActions {
  /** The entries on the list (or those taken off it), latest first; `search` is the start of a name or code. */
  'blacklist.list': {
    request: PageRequest & { search?: string; removed?: boolean };
    response: Page<BlacklistEntryView>;
  };
  'blacklist.add': { request: BlacklistEntryInput; response: { entry: BlacklistEntryView; hits: BlacklistHit[] } };
  /** Takes an entry off the list with a reason; it stays on record as removed. */
  'blacklist.remove': { request: { entryId: string; reason: string }; response: BlacklistEntryView };
  /** Reads an uploaded .xlsx: each readable row added, each other row reported by its number. */
  'blacklist.import': { request: { fileId: string }; response: BlacklistImportResult };
}
