export type * from './actions';
export type * from './application';
export type * from './collections';
export type * from './domain';
export type * from './errors';
