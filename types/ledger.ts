import type { ExpenseCategory, GrantKind, LedgerEntryKind } from './catalogue';
import type { Attachment, CalendarDate, Instant } from './domain';

/**
 * One movement of a station's working funds (seed §四(四)), in integer fen, never a float: a
 * grant from the city, an expense the society paid from it, or a refund of what is left when
 * the station stops. Entries are never edited; a mistake is put right by another entry.
 */
export interface LedgerEntry {
  _id: string;
  stationId: string;
  societyId: string;
  kind: LedgerEntryKind;
  /** Always positive; the kind says which way it moves the balance. */
  amountFen: number;
  /** The day it was decided or paid, Asia/Shanghai. */
  date: CalendarDate;
  note: string;
  /** Grants: at recognition or a later year's. Absent on entries made before this was asked. */
  grantKind?: GrantKind;
  /** A later year's grant: the assessment year it rewards. */
  assessmentYear?: number;
  /** Expenses: one of the allowed categories. */
  category?: ExpenseCategory;
  /** Expenses: who was paid. */
  payee?: string;
  /** Expenses: receipt photos or files; refunds: the remittance slip. */
  receipts?: Attachment[];
  /** A grant below the level's cap says why (择优); a refund below the balance says why (视情况). */
  reason?: string;
  documentNumber?: string;
  applicationId?: string;
  recordedAt: Instant;
  recordedBy: string;
  recordedByName?: string;
}

/**
 * What a station's entries add up to, kept beside them (`ledgerBalances`, `_id` the station's id)
 * and changed in the transaction that adds each entry: an expense is checked against this
 * document, so two at once cannot both spend the same balance.
 */
export interface LedgerBalance {
  _id: string;
  societyId: string;
  grantedFen: number;
  spentFen: number;
  refundedFen: number;
  /** Expenses by category; a category never spent on is absent. */
  byCategory: Partial<Record<ExpenseCategory, number>>;
  updatedAt: Instant;
}
