import type { CollectionName } from '../../../../types/collections';

/** Every collection the function uses; a deployment must create each one (README). */
export const COLLECTIONS: readonly CollectionName[] = [
  'users',
  'roles',
  'societies',
  'stations',
  'invitations',
  'audit',
  'needs',
  'evaluations',
  'visits',
  'openVisits',
  'codeAttempts',
  'quotaCounters',
  'quotaMarks',
  'quotaYears',
  'quotaAlerts',
  'requests',
  'expertTimelines',
  'makeUpCounts',
  'applications',
  'applicationVersions',
  'blacklist',
  'ledger',
  'ledgerBalances',
  'stationChanges',
];
