export type CollectionName =
  | 'users'
  | 'roles'
  | 'societies'
  | 'stations'
  | 'invitations'
  | 'audit'
  | 'needs'
  | 'evaluations'
  | 'visits'
  | 'openVisits'
  | 'codeAttempts'
  | 'requests';
