/** A station's working funds: grants, expenses, refunds, the balance, and the city's overview. */
import type {
  Attachment,
  CalendarDate,
  ExpenseCategory,
  GrantKind,
  Instant,
  LedgerEntryKind,
  SocietyLevel,
  StationStatus,
} from '../domain';
import type { ExportedFile } from './documents';
import type { Page, PageRequest } from './session';

export interface LedgerEntryView {
  id: string;
  kind: LedgerEntryKind;
  amountFen: number;
  date: CalendarDate;
  note: string;
  grantKind?: GrantKind;
  assessmentYear?: number;
  category?: ExpenseCategory;
  payee?: string;
  /** With temporary URLs to open them. */
  receipts: (Attachment & { url: string | null })[];
  reason?: string;
  documentNumber?: string;
  recordedAt: Instant;
  recordedByName: string;
}

/** What a station's funds add up to, in fen. */
export interface LedgerTotals {
  grantedFen: number;
  spentFen: number;
  refundedFen: number;
  balanceFen: number;
  byCategory: { category: ExpenseCategory; amountFen: number }[];
}

export interface StationLedger extends Page<LedgerEntryView> {
  stationId: string;
  stationName: string;
  stationStatus: StationStatus;
  /** Sets the cap of a grant. */
  level: SocietyLevel;
  totals: LedgerTotals;
  /** A stopped station with money left: the refund to confirm, in fen (the balance). Null otherwise. */
  refundDueFen: number | null;
  can: { grant: boolean; expense: boolean; refund: boolean; export: boolean };
}

export interface LedgerOverviewRow extends LedgerTotals {
  stationId: string;
  stationName: string;
  societyId: string;
  societyName: string;
  level: SocietyLevel;
  stationStatus: StationStatus;
}

export interface LedgerOverview {
  rows: LedgerOverviewRow[];
  /** Sums over the rows. */
  totals: LedgerTotals;
}

export interface GrantInput {
  stationId: string;
  /** annual: a later year's subsidy after a passing assessment of `assessmentYear`. */
  grantKind: GrantKind;
  assessmentYear?: number;
  amountFen: number;
  date: CalendarDate;
  documentNumber: string;
  note: string;
  /** Required below the level's cap (择优). */
  reason?: string;
}

export interface ExpenseInput {
  stationId: string;
  category: ExpenseCategory;
  amountFen: number;
  date: CalendarDate;
  payee: string;
  note: string;
  /** At least one receipt photo or file. */
  receipts: Attachment[];
}

export interface RefundInput {
  stationId: string;
  amountFen: number;
  date: CalendarDate;
  note: string;
  /** Required when less than the balance is returned (视情况部分退还). */
  reason?: string;
  receipts: Attachment[];
}

/** The ledger actions: request and response of each. */
export interface LedgerActions {
  /** One station's entries (newest first), totals and balance: its head, its society, the city. */
  'ledger.station': { request: { stationId: string } & PageRequest; response: StationLedger };
  /** Balance and spending by category per station and in total: the city (all) or a society (its own). */
  'ledger.overview': { request: { societyId?: string }; response: LedgerOverview };
  /** The city records a grant. */
  'ledger.grant': { request: GrantInput; response: StationLedger };
  /** The society records an expense: an allowed category, not above the balance. */
  'ledger.expense': { request: ExpenseInput; response: StationLedger };
  /** The city confirms what a stopped station's society returned: at most the balance. */
  'ledger.refund': { request: RefundInput; response: StationLedger };
  /** The overview and every entry as an Excel workbook. */
  'ledger.export': { request: { societyId?: string }; response: ExportedFile };
}
