import type { CollectionName } from '../../../../types/collections';

/** One key of an index: the field's path, ascending (1) or descending (-1). */
export interface IndexKey {
  field: string;
  direction: 1 | -1;
}

/** A secondary index as CloudBase creates it: a name, its keys in order, unique or not. */
export interface IndexDeclaration {
  name: string;
  keys: readonly IndexKey[];
  unique: boolean;
  /** The query it serves, for whoever wonders whether it can go. */
  serves: string;
}

const index = (serves: string, ...fields: string[]): IndexDeclaration => ({
  name: fields.map((field) => field.replace(/\./g, '_')).join('__'),
  keys: fields.map((field) => ({ field, direction: 1 })),
  unique: false,
  serves,
});

/**
 * Every collection and the indexes its queries need: the one declaration that provisioning
 * creates in CloudBase (`npm run provision`), that the README's deploy steps point to, and that
 * the local runtime builds, so a query no index serves shows up as a scan in tests and the bench
 * before it turns into a full scan in production. `_id` is always indexed and is not listed.
 * Searching a station's name by any part of it reads every station in scope (no index serves a
 * text contained anywhere): a programme has hundreds, not millions.
 */
export const INDEXES: Readonly<Record<CollectionName, readonly IndexDeclaration[]>> = {
  users: [],
  roles: [
    index("a person's grants", 'openid', 'revokedAt'),
    index("a station's roster in the order people joined", 'stationId', 'revokedAt', 'grantedAt'),
    index("the dashboards' roster sizes, a society's admins", 'role', 'revokedAt', 'stationId'),
    index("a society's admins", 'societyId', 'role', 'revokedAt'),
  ],
  societies: [index('the society list by name', 'name', '_id')],
  stations: [
    index('the station list by name', 'name', '_id'),
    index("a society's stations by name", 'societyId', 'name'),
    index("a station's check-in code", 'codeKey'),
    index('the daily agreement reminder', 'status', 'cooperationEnd'),
    index('the stations that ended in a year or later: dashboards and assessment rounds', 'endedYear'),
    index('the station list filtered by level', 'level', 'name', '_id'),
    index('the station list filtered by industry', 'industry', 'name', '_id'),
  ],
  invitations: [
    index("a station's invitations", 'stationId', 'createdAt'),
    index("a society's invitations by role", 'societyId', 'role', 'createdAt'),
    index("a removed head's codes, revoked with the role", 'createdBy', 'stationId', '_id'),
    index("a pool expert's invitation still waiting at a station", 'addressedTo', 'stationId'),
  ],
  audit: [
    index("a station's trail", 'stationId', 'at'),
    index("a person's trail", 'subject', 'at'),
    index('the city-wide trail, latest first', 'at'),
    index("a society's trail", 'societyId', 'at'),
    index('what one person did', 'actor', 'at'),
    index('one kind of change', 'action', 'at'),
  ],
  needs: [
    index("a station's needs", 'stationId', 'createdAt'),
    index("a station's needs by status", 'stationId', 'status', 'createdAt'),
    index("an expert's assigned needs", 'assignedExperts', 'createdAt'),
    index("a society's needs by status", 'societyId', 'status'),
  ],
  evaluations: [
    index("a station's evaluations", 'stationId', 'year'),
    index("a year's evaluations", 'year', '_id'),
    index("a society's evaluations of a year", 'societyId', 'year'),
  ],
  visits: [
    index("an expert's visits", 'expertOpenid', 'checkIn.at'),
    index("an expert's visits of a month", 'expertOpenid', 'year', 'month', 'checkIn.at'),
    index("a station's visits by status", 'stationId', 'status', 'checkIn.at'),
    index("the hourly job's stale open visits", 'status', 'checkIn.at'),
    index("a station's log of a year and its export", 'stationId', 'year', 'checkIn.at'),
    index("the quota rebuild's grouping", 'year', 'status', 'stationId'),
    index("the check that an expert's visits never overlap", 'expertOpenid', 'status', 'checkIn.at'),
  ],
  openVisits: [],
  codeAttempts: [],
  quotaCounters: [
    index("a year's dashboard", 'year', '_id'),
    index("a society's dashboard", 'year', 'societyId', '_id'),
  ],
  quotaMarks: [index("a station's marks of a year", 'year', 'stationId', '_id')],
  quotaYears: [],
  quotaAlerts: [],
  requests: [],
  expertTimelines: [],
  makeUpCounts: [],
  applications: [
    index("a society's applications", 'societyId', 'updatedAt'),
    index('applications by status', 'status', 'updatedAt'),
  ],
  applicationVersions: [index("an application's versions", 'applicationId', 'version')],
  blacklist: [
    index('a listed party by name', 'name'),
    index('a listed party by code', 'code'),
    index('the list, latest first', 'removedAt', 'addedAt', '_id'),
  ],
  ledger: [index("a station's entries", 'stationId', 'recordedAt'), index("a society's entries", 'societyId')],
  ledgerBalances: [index("a society's balances", 'societyId')],
  stationChanges: [index("a station's change requests", 'stationId', 'requestedAt')],
  stationClosures: [index("a station's closure requests", 'stationId', 'requestedAt')],
  assessmentRounds: [index('the rounds, latest first', 'year')],
  assessments: [
    index("a round's assessments", 'year', '_id'),
    index("a society's assessments of a round", 'year', 'societyId', '_id'),
  ],
  agreementReminders: [],
};
