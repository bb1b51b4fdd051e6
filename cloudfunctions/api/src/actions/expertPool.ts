import { createHash } from 'node:crypto';
import type { ExpertInvitation, ExpertPoolPage } from '../../../../types/actions';
import type { Invitation, RoleGrant, Station } from '../../../../types/domain';
import { EXPERT_POOL_INVITATION_DAYS, EXPERT_POOL_LIMITS } from '../../../../types/catalogue';
import { calendarMoment, localDateTime } from '../domain/calendar';
import { filterPool, poolCounts, poolMembers } from '../domain/expertPool';
import { codeFromBytes, expiryAfter, grantId } from '../domain/invitation';
import { poolInvitationMessage } from '../domain/notifications';
import { MAX_PAGE_SIZE, pageWindow } from '../domain/paging';
import { AppError } from '../errors';
import { confirmedVisitsIn, expertGrantsAt, pageProfiles, provincesOf, societyStations } from '../store/expertPool';
import { sendMessages } from '../store/notifications';
import { activeGrantsOf } from '../store/roles';
import { audit, transact } from '../store/transaction';
import { pendingPoolInvitation } from '../store/invitations';
import { findProfile } from '../store/users';
import { boolean, documentId, integer, object, optional, text } from '../validate';
import { authorize, requireOperating, requireStation, stationTarget } from './guard';
import type { ActionDefinition } from './types';
import { personView } from './views';

/**
 * The society's 专家库: the experts on its stations' rosters now, each once, with the stations they
 * serve and their confirmed visits this year at the society's stations. The filters by station
 * and 省外 are decided on the pool's grants and provinces; the text and the page by the database.
 * Seven requests, whatever the pool's size up to 1000 people: the caller, the stations, the
 * grants, the provinces, the page and its count, one aggregation of visits.
 */
export const expertPool: ActionDefinition<'experts.pool'> = {
  parse: object({
    societyId: documentId,
    search: optional(text(...EXPERT_POOL_LIMITS.search)),
    outOfProvince: optional(boolean),
    stationId: optional(documentId),
    page: optional(integer(1, 10_000)),
    pageSize: optional(integer(1, MAX_PAGE_SIZE)),
  }),
  async handle(input, caller): Promise<ExpertPoolPage> {
    await authorize(caller, 'expertPool.view', { societyId: input.societyId });
    const year = calendarMoment(caller.now).year;
    const stations = await societyStations(input.societyId);
    const stationIds = stations.map((station) => station._id);
    const members = poolMembers(await expertGrantsAt(stationIds), stations);
    const provinces = await provincesOf([...members.keys()]);
    const kept = filterPool(members.values(), provinces, input);
    const window = pageWindow(input.page, input.pageSize);
    const { profiles, total } = await pageProfiles(kept, input.search, window);
    const visits = await confirmedVisitsIn(
      stationIds,
      profiles.map((profile) => profile._id),
      year,
    );
    return {
      items: profiles.map((profile) => ({
        // Both roles that see the pool may call the expert (contacts.view).
        person: personView(profile._id, profile, true),
        expertise: profile.expertise ?? [],
        industries: profile.industries ?? [],
        stations: members.get(profile._id)?.stations ?? [],
        visitsThisYear: visits.get(profile._id) ?? 0,
      })),
      page: window.page,
      pageSize: window.pageSize,
      total,
      year,
      counts: poolCounts([...members.keys()], provinces),
      stations: stations.map((station) => ({ id: station._id, name: station.name, status: station.status })),
    };
  },
};

/**
 * The society admin asks an expert of its pool to join another of its stations: a one-use
 * invitation only that expert can bind, and a message to them that opens it. Joining stays the
 * expert's own act, as every roster entry is.
 */
export const inviteFromPool: ActionDefinition<'experts.invite'> = {
  parse: object({ expertOpenid: documentId, stationId: documentId }),
  write: true,
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    await authorize(caller, 'expertPool.invite', stationTarget(station));
    requireOperating(station);
    const [stations, grants] = await Promise.all([
      societyStations(station.societyId),
      activeGrantsOf(input.expertOpenid),
    ]);
    const member = poolMembers(grants, stations).get(input.expertOpenid);
    if (!member) throw new AppError('NOT_IN_POOL');
    if (member.stations.some((place) => place.id === station._id)) throw new AppError('ALREADY_AT_STATION');
    const [expert, inviter, pending] = await Promise.all([
      findProfile(input.expertOpenid),
      caller.profile(),
      pendingPoolInvitation(input.expertOpenid, station._id, caller.now),
    ]);
    // A second tap or another admin would send the expert the same message again.
    if (pending) {
      throw new AppError(
        'ALREADY_INVITED',
        `已邀请该专家加入此工作站，邀请 ${localDateTime(pending.expiresAt)} 前有效，请等待其接受`,
      );
    }
    const inviterName = inviter?.name || '学会管理员';
    const code = codeFromBytes(createHash('sha256').update(caller.request!.key).digest());
    const at = caller.now.toISOString();
    return transact(
      caller,
      async (tx): Promise<ExpertInvitation> => {
        // Read again inside: the station may have stopped, or the expert joined, since the checks above.
        const { data: current } = await tx.collection<Station>('stations').doc(station._id).get();
        if (!current) throw new AppError('NOT_FOUND', '工作站不存在或已被删除');
        requireOperating(current);
        const { data: held } = await tx
          .collection<RoleGrant>('roles')
          .doc(grantId('expert', stationTarget(station), input.expertOpenid))
          .get();
        if (held && !held.revokedAt) throw new AppError('ALREADY_AT_STATION');
        const invitation: Invitation = {
          _id: code,
          role: 'expert',
          societyId: station.societyId,
          societyName: station.societyName,
          stationId: station._id,
          stationName: station.name,
          createdBy: caller.openid,
          createdByName: inviterName,
          createdAt: at,
          expiresAt: expiryAfter(caller.now, EXPERT_POOL_INVITATION_DAYS),
          maxUses: 1,
          uses: 0,
          usedBy: [],
          addressedTo: input.expertOpenid,
        };
        await tx.collection<Invitation>('invitations').add({ data: invitation });
        await audit(tx, {
          at,
          actor: caller.openid,
          action: 'invitation.create',
          role: 'expert',
          subject: input.expertOpenid,
          societyId: station.societyId,
          stationId: station._id,
          detail: `专家库邀请 ${code}`,
        });
        return {
          code,
          stationId: station._id,
          stationName: station.name,
          expertOpenid: input.expertOpenid,
          expertName: expert?.name ?? '',
          expiresAt: invitation.expiresAt,
        };
      },
      (result) =>
        sendMessages([
          poolInvitationMessage(
            input.expertOpenid,
            { code: result.code, stationName: result.stationName, inviterName },
            at,
          ),
        ]),
    );
  },
};
