import type { StationDetail, StationInput, StationRegistration } from '../../types/actions';
import type { StationFormErrors, StationFormValues } from '../components/StationForm';
import { APPLICATION_LIMITS, earliestCooperationEnd, STATION_LIMITS, STATION_RADIUS_M } from '../../types/catalogue';
import { todayPlusYears } from './dates';
import { onlyProblems, parseNumber, textProblem } from './validation';

/** A new station: the initial radius, a two-year agreement from today. */
export function emptyStationForm(societyId = ''): StationFormValues {
  return {
    name: '',
    societyId,
    demandUnitName: '',
    demandUnitType: 'enterprise',
    demandUnitAddress: '',
    industry: '',
    latitude: '',
    longitude: '',
    radiusM: STATION_RADIUS_M.initial,
    cooperationStart: todayPlusYears(0),
    cooperationEnd: todayPlusYears(2),
    registering: true,
    documentNumber: '',
    recognisedOn: '',
  };
}

export function stationFormFrom(station: StationDetail): StationFormValues {
  return {
    name: station.name,
    societyId: station.societyId,
    demandUnitName: station.demandUnit.name,
    demandUnitType: station.demandUnit.type,
    demandUnitAddress: station.demandUnit.address,
    industry: station.industry,
    latitude: String(station.location.latitude),
    longitude: String(station.location.longitude),
    radiusM: station.radiusM,
    cooperationStart: station.cooperationStart,
    cooperationEnd: station.cooperationEnd,
    registering: false,
    documentNumber: station.recognition?.documentNumber ?? '',
    recognisedOn: station.recognition?.recognisedOn ?? '',
  };
}

/** What is wrong with the form, field by field (empty when it may be sent). */
export function checkStationForm(values: StationFormValues): StationFormErrors {
  const errors: StationFormErrors = {};
  errors.name = textProblem('工作站名称', values.name, STATION_LIMITS.name);
  if (!values.societyId) errors.societyId = '请选择建站学会';
  if (!values.industry) errors.industry = '请选择产业领域';
  errors.demandUnitName = textProblem('需求单位名称', values.demandUnitName, STATION_LIMITS.demandUnitName);
  errors.demandUnitAddress = textProblem('需求单位地址', values.demandUnitAddress, STATION_LIMITS.demandUnitAddress);
  const latitude = parseNumber(values.latitude);
  const longitude = parseNumber(values.longitude);
  if (latitude === null || longitude === null) errors.location = '请在地图上选点、使用当前位置或填写经纬度';
  else if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) errors.location = '经纬度超出范围';
  if (
    !Number.isInteger(values.radiusM) ||
    values.radiusM < STATION_RADIUS_M.min ||
    values.radiusM > STATION_RADIUS_M.max
  )
    errors.radiusM = `签到半径须在 ${STATION_RADIUS_M.min}–${STATION_RADIUS_M.max} 米之间`;
  if (!isDate(values.cooperationStart)) errors.cooperationStart = '请选择开始日期';
  if (!isDate(values.cooperationEnd)) errors.cooperationEnd = '请选择结束日期';
  else if (isDate(values.cooperationStart) && values.cooperationEnd < earliestCooperationEnd(values.cooperationStart))
    errors.cooperationEnd = `合作协议期限不少于两年：结束日期不早于 ${earliestCooperationEnd(values.cooperationStart)}`;
  if (values.registering) {
    errors.documentNumber = textProblem('认定文号', values.documentNumber, APPLICATION_LIMITS.documentNumber);
    if (!isDate(values.recognisedOn)) errors.recognisedOn = '请选择认定日期';
    else if (values.recognisedOn > todayPlusYears(0)) errors.recognisedOn = '认定日期不能晚于今天';
  }
  return onlyProblems(errors);
}

/** Registering a recognised station (call only after checkStationForm found nothing). */
export function stationRegistrationFrom(values: StationFormValues): StationRegistration {
  return {
    ...stationInputFrom(values),
    recognition: { documentNumber: values.documentNumber.trim(), recognisedOn: values.recognisedOn },
  };
}

/** The request body (call only after checkStationForm found nothing). */
function stationInputFrom(values: StationFormValues): StationInput {
  return {
    name: values.name.trim(),
    societyId: values.societyId,
    demandUnit: {
      name: values.demandUnitName.trim(),
      type: values.demandUnitType,
      address: values.demandUnitAddress.trim(),
    },
    industry: values.industry as StationInput['industry'],
    location: { latitude: Number(values.latitude), longitude: Number(values.longitude) },
    radiusM: values.radiusM,
    cooperationStart: values.cooperationStart,
    cooperationEnd: values.cooperationEnd,
  };
}

/** The editable part of the request body (the society of a station never changes). */
export function stationChangesFrom(values: StationFormValues): Omit<StationInput, 'societyId'> {
  const { name, demandUnit, industry, location, radiusM, cooperationStart, cooperationEnd } = stationInputFrom(values);
  return { name, demandUnit, industry, location, radiusM, cooperationStart, cooperationEnd };
}

function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}
