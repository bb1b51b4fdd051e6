import type { Attachment, DemandUnit, GeoPoint } from '../../../../types/domain';
import { ATTACHMENT_KINDS, DEMAND_UNIT_TYPES, STATION_LIMITS } from '../../../../types/catalogue';
import { decimal, integer, object, oneOf, text } from '../validate';

export const cloudFileId = text(10, 512, { pattern: /^cloud:\/\/\S+$/, description: '应为云存储文件 ID' });

export const parseAttachment = object<Attachment>({
  fileId: cloudFileId,
  name: text(1, 100),
  size: integer(1, 100 * 1024 * 1024),
  kind: oneOf(ATTACHMENT_KINDS),
});

/** Bounds of China, so a swapped latitude and longitude is caught. */
export const parseLocation = object<GeoPoint>({ latitude: decimal(3, 54), longitude: decimal(73, 136) });

export const parseDemandUnit = object<DemandUnit>({
  name: text(...STATION_LIMITS.demandUnitName),
  type: oneOf(DEMAND_UNIT_TYPES),
  address: text(...STATION_LIMITS.demandUnitAddress),
});
