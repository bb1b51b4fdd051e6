import type { StationDetail } from '../../types/actions';
import type { StationFormValues } from '../components/StationForm';
import {
  DEMAND_UNIT_TYPE_LABELS,
  INDUSTRY_LABELS,
  STATION_CHANGE_FIELDS,
  STATION_LIMITS,
  type StationChangeField,
} from '../../types/catalogue';
import type { StationControlled } from '../../types/domain';
import { stationChangesFrom } from './stationForm';
import { onlyProblems, textProblem, type Problems } from './validation';

export interface ChangeReasonValues {
  reason: string;
}

/**
 * The host, place, industry and agreement the form gives that differ from the station's: for a
 * society admin these go to the city as a request (共同条款第 2 条). Call after checkStationForm.
 */
export function controlledChangesFrom(station: StationDetail, values: StationFormValues): Partial<StationControlled> {
  const proposed: StationControlled = stationChangesFrom(values);
  const changes: Partial<StationControlled> = {};
  for (const field of STATION_CHANGE_FIELDS) {
    if (valueText(field, proposed[field]) !== valueText(field, station[field])) {
      Object.assign(changes, { [field]: proposed[field] });
    }
  }
  return changes;
}

export function checkChangeReason(values: ChangeReasonValues): Problems<'reason'> {
  return onlyProblems({ reason: textProblem('变更理由', values.reason, STATION_LIMITS.changeReason) });
}

/** One controlled field's value in words, as the station's page shows it. */
export function valueText<F extends StationChangeField>(field: F, value: StationControlled[F] | undefined): string {
  if (value === undefined) return '';
  if (field === 'demandUnit') {
    const unit = value as StationControlled['demandUnit'];
    return `${unit.name}（${DEMAND_UNIT_TYPE_LABELS[unit.type]}），${unit.address}`;
  }
  if (field === 'industry') return INDUSTRY_LABELS[value as StationControlled['industry']];
  if (field === 'location') {
    const { latitude, longitude } = value as StationControlled['location'];
    return `北纬 ${latitude}，东经 ${longitude}`;
  }
  return String(value);
}
