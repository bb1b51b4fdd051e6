import { whoami } from './session';
import { listStations } from './stations';
import type { ActionTable } from './types';

export const actions: ActionTable = {
  'session.whoami': whoami,
  'stations.list': listStations,
};
