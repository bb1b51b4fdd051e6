import type { StationRevocationInput, StationStatusInput } from '../../../../types/actions';
import { REVOCATION_REASONS, STATION_STATUS_LABELS, STATION_STATUS_LIMITS } from '../../../../types/catalogue';
import type { Attachment, AuditAction, Station, StationStatusEntry } from '../../../../types/domain';
import type { CallerContext } from '../context';
import { attachmentProblem } from '../domain/attachments';
import { transition } from '../domain/audit';
import { stationStatusMessage, type Message } from '../domain/notifications';
import { endedYearOf, statusAfterCommand, statusRefusal, type StatusCommand } from '../domain/stationStatus';
import { AppError, invalidInput } from '../errors';
import { checkTexts } from '../store/contentCheck';
import { sendMessages } from '../store/notifications';
import { societyAdminOpenids } from '../store/roles';
import { audit, transact, type Tx } from '../store/transaction';
import { documentId, list, object, oneOf, text } from '../validate';
import { authorize, requireStation, requireUploaded, stationTarget } from './guard';
import { parseAttachment } from './parsers';
import { stationDetail } from './stations';
import type { ActionDefinition } from './types';

export const parseStatusReason = text(...STATION_STATUS_LIMITS.reason);
export const parseDocumentNumber = text(...STATION_STATUS_LIMITS.documentNumber);

/** At least one file, each the caller's own upload (`stations/<openid>/…`) and really in storage. */
export const parseStatusAttachments = (value: unknown, field: string): Attachment[] => {
  const files = list(parseAttachment, STATION_STATUS_LIMITS.attachments)(value, field);
  if (files.length === 0) throw invalidInput('请至少上传一个附件');
  return files;
};

export async function requireOwnUploads(files: readonly Attachment[], openid: string): Promise<void> {
  const problem = files.map((file) => attachmentProblem(file, openid, 'stations')).find(Boolean);
  if (problem) throw new AppError('ATTACHMENT_INVALID', problem);
  await requireUploaded(files);
}

const AUDITED: Record<Exclude<StatusCommand, 'close'>, AuditAction> = {
  suspend: 'station.suspend',
  resume: 'station.resume',
  revoke: 'station.revoke',
};

/** What the head and the society are told the station became. */
export const CHANGE_PHRASES: Record<StatusCommand, string> = {
  suspend: '已暂停',
  resume: '已恢复运行',
  revoke: '已撤销',
  close: '已撤并',
};

/** The city suspends an operating station (暂停), with the reason. */
export const suspendStation: ActionDefinition<'stations.suspend'> = {
  parse: object<StationStatusInput>({ stationId: documentId, reason: parseStatusReason }),
  write: true,
  handle: (input, caller) => changeStatus(caller, 'suspend', input.stationId, { reason: input.reason }),
};

/** The city lifts a suspension, with the reason. */
export const resumeStation: ActionDefinition<'stations.resume'> = {
  parse: object<StationStatusInput>({ stationId: documentId, reason: parseStatusReason }),
  write: true,
  handle: (input, caller) => changeStatus(caller, 'resume', input.stationId, { reason: input.reason }),
};

/** §四(三)4: the city revokes a station for one of the seed's reasons, on a document, with its papers. Final. */
export const revokeStation: ActionDefinition<'stations.revoke'> = {
  parse: object<StationRevocationInput>({
    stationId: documentId,
    revocationReason: oneOf(REVOCATION_REASONS),
    reason: parseStatusReason,
    documentNumber: parseDocumentNumber,
    attachments: parseStatusAttachments,
  }),
  write: true,
  async handle(input, caller) {
    await requireOwnUploads(input.attachments, caller.openid);
    return changeStatus(caller, 'revoke', input.stationId, {
      reason: input.reason,
      revocationReason: input.revocationReason,
      documentNumber: input.documentNumber,
      attachments: input.attachments,
    });
  },
};

type EntryFacts = Omit<StationStatusEntry, 'status' | 'at' | 'by' | 'byName'>;

async function changeStatus(
  caller: CallerContext,
  command: Exclude<StatusCommand, 'close'>,
  stationId: string,
  facts: EntryFacts,
) {
  const station = await requireStation(stationId);
  await authorize(caller, 'station.changeStatus', stationTarget(station));
  refuseUnless(station, command);
  await checkTexts(caller.openid, [{ label: '理由', text: facts.reason }]);
  const entry = await statusEntry(caller, command, facts);
  // The answer is stored with the request, so a twin of this call gets the same view; the station
  // as written stays here for the messages sent after the commit.
  let written: Station | undefined;
  return transact(
    caller,
    async (tx) => {
      // Decided on the station as the transaction reads it: two decisions at once cannot both pass.
      const current = await readStation(tx, stationId);
      refuseUnless(current, command);
      written = await writeStatus(tx, current, entry);
      await audit(tx, {
        at: entry.at,
        actor: caller.openid,
        role: 'city_admin',
        action: AUDITED[command],
        societyId: current.societyId,
        stationId,
        detail: `${STATION_STATUS_LABELS[current.status]} → ${STATION_STATUS_LABELS[entry.status]}：${facts.reason}`,
        ...transition('stationStatus', current.status, entry.status),
      });
      return stationDetail(written, caller);
    },
    async () => sendMessages(await statusMessages(written!, command, facts.reason, entry.at)),
  );
}

/** The entry a change leaves on the station, by the caller, now. */
export async function statusEntry(
  caller: CallerContext,
  command: StatusCommand,
  facts: EntryFacts,
): Promise<StationStatusEntry> {
  const person = await caller.profile();
  return {
    status: statusAfterCommand(command),
    at: caller.now.toISOString(),
    by: caller.openid,
    byName: person?.name || '市科协',
    ...facts,
  };
}

/** Sets the station's status, appends the entry and, on a revocation or closure, the year it ended. */
export async function writeStatus(
  tx: Tx,
  station: Station,
  entry: StationStatusEntry,
  extra: Partial<Station> = {},
): Promise<Station> {
  const ends = entry.status === 'revoked' || entry.status === 'closed';
  const changes: Partial<Station> = {
    status: entry.status,
    statusHistory: [...(station.statusHistory ?? []), entry],
    ...(ends && { endedYear: endedYearOf(entry.at) }),
    ...extra,
  };
  await tx.collection<Station>('stations').doc(station._id).update({ data: changes });
  return { ...station, ...changes };
}

/** The head and the society's admins hear of the change and why. */
export async function statusMessages(
  station: Station,
  command: StatusCommand,
  reason: string,
  at: string,
): Promise<Message[]> {
  const people = new Set([
    ...(station.headOpenid ? [station.headOpenid] : []),
    ...(await societyAdminOpenids(station.societyId)),
  ]);
  const target = { id: station._id, name: station.name };
  return [...people].map((openid) => stationStatusMessage(openid, target, CHANGE_PHRASES[command], reason, at));
}

export function refuseUnless(station: Station, command: StatusCommand): void {
  const refusal = statusRefusal(station, command);
  if (refusal) throw new AppError('STATION_WRONG_STATUS', refusal);
}

export async function readStation(tx: Tx, stationId: string): Promise<Station> {
  const { data } = await tx.collection<Station>('stations').doc(stationId).get();
  if (!data) throw new AppError('NOT_FOUND', '工作站不存在或已被删除');
  return data;
}
