export type CollectionName = 'users' | 'roles' | 'societies' | 'stations' | 'needs' | 'visits' | 'requests';
