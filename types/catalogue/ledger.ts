/* A station's working funds (seed §四(四)): what the city granted, what the society spent, what it returned. */

export const LEDGER_ENTRY_KINDS = ['grant', 'expense', 'refund'] as const;

export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];

export const LEDGER_ENTRY_KIND_LABELS: Record<LedgerEntryKind, string> = {
  grant: '拨款',
  expense: '支出',
  refund: '退还',
};

/** Why money was granted: at recognition, or in a later year after a passing assessment (§四(三)6). */
export const GRANT_KINDS = ['recognition', 'annual'] as const;

export type GrantKind = (typeof GRANT_KINDS)[number];

export const GRANT_KIND_LABELS: Record<GrantKind, string> = {
  recognition: '认定建站补助',
  annual: '后续年度补助',
};

export const LEDGER_LIMITS = {
  note: [2, 200],
  payee: [2, 60],
  reason: [2, 300],
  documentNumber: [2, 60],
} as const;

export const LEDGER_TABLE_LIMITS = {
  receipts: 6,
} as const;

/** A single entry's largest amount: 10 million yuan, far above any subsidy, well inside a safe integer. */
export const LEDGER_MAX_FEN = 1_000_000_000;
