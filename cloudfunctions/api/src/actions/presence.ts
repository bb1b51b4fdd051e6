import type { Station } from '../../../../types/domain';
import { secondsLeft, presenceCode } from '../domain/presenceCode';
import {
  checkStationScene,
  codeStartProblem,
  dayNumber,
  lastDateOf,
  MAX_CODE_DAYS,
  parseStationScene,
  stationKey,
  stationScene,
} from '../domain/stationCode';
import { AppError, invalidInput } from '../errors';
import { presenceSecret } from '../settings';
import { storeMiniProgramCode, temporaryUrls } from '../store/files';
import { findStationByCodeKey } from '../store/stations';
import { transact } from '../store/transaction';
import { calendarDate, documentId, integer, object, text } from '../validate';
import { authorize, requireStation, stationTarget } from './guard';
import type { ActionDefinition } from './types';

/** The page a station's posted code opens. */
export const CHECK_IN_PAGE = 'packages/visits/pages/check-in/index';

export const createStationCode: ActionDefinition<'stationCodes.create'> = {
  parse: object({ stationId: documentId, firstDate: calendarDate, days: integer(1, MAX_CODE_DAYS) }),
  write: true,
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    await authorize(caller, 'station.code', stationTarget(station));
    const startProblem = codeStartProblem(input.firstDate, caller.now);
    if (startProblem) throw invalidInput(startProblem);
    const secret = presenceSecret();
    const key = stationKey(secret, station._id);
    const scene = stationScene(secret, { key, firstDay: dayNumber(input.firstDate), days: input.days });
    const fileId = await storeMiniProgramCode(
      scene,
      CHECK_IN_PAGE,
      `station-codes/${station._id}/${scene.slice(2)}.png`,
    );
    const urls = await temporaryUrls([fileId ?? undefined]);
    return transact(caller, async (tx) => {
      if (station.codeKey !== key) {
        await tx
          .collection<Station>('stations')
          .doc(station._id)
          .update({ data: { codeKey: key } });
      }
      return {
        stationId: station._id,
        stationName: station.name,
        scene,
        firstDate: input.firstDate,
        lastDate: lastDateOf(input.firstDate, input.days),
        qrCodeUrl: fileId ? (urls.get(fileId) ?? null) : null,
      };
    });
  },
};

export const resolveStationScene: ActionDefinition<'stationCodes.resolve'> = {
  parse: object({ scene: text(1, 32) }),
  async handle(input, caller) {
    const parsed = parseStationScene(input.scene);
    const verdict = checkStationScene(presenceSecret(), input.scene, caller.now);
    if (!parsed || verdict === 'forged') throw new AppError('STATION_CODE_INVALID');
    const station = await findStationByCodeKey(parsed.key);
    if (!station) throw new AppError('STATION_CODE_INVALID');
    await authorize(caller, 'station.view', stationTarget(station));
    return { stationId: station._id, stationName: station.name, verdict };
  },
};

export const unitCode: ActionDefinition<'presence.unitCode'> = {
  parse: object({ stationId: documentId }),
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    await authorize(caller, 'presence.show', stationTarget(station));
    return { code: presenceCode(presenceSecret(), station._id, caller.now), secondsLeft: secondsLeft(caller.now) };
  },
};
