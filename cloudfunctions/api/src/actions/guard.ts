import type { Role, Society, Station } from '../../../../types/domain';
import type { CallerContext } from '../context';
import { allowingRole, type Permission, type Target } from '../domain/policy';
import { isProfileComplete, rolesNeedingProfile } from '../domain/profile';
import { AppError } from '../errors';
import { temporaryUrls } from '../store/files';
import { findSociety } from '../store/societies';
import { findStation } from '../store/stations';

/**
 * The one gate every action passes: the caller's own grants decide, for the place the action
 * touches. Experts and station heads must also have completed their profile before they act.
 */
export async function authorize(caller: CallerContext, permission: Permission, target: Target): Promise<Role> {
  return actingAs(caller, allowingRole(await caller.grants(), permission, target));
}

/** Completes a decision made by a policy function: refused, or allowed once the profile is complete. */
export async function actingAs(caller: CallerContext, role: Role | null): Promise<Role> {
  if (role === null) throw new AppError('FORBIDDEN');
  if (rolesNeedingProfile([role]).length > 0 && !isProfileComplete(await caller.profile())) {
    throw new AppError('PROFILE_INCOMPLETE');
  }
  return role;
}

export async function requireStation(stationId: string): Promise<Station> {
  const station = await findStation(stationId);
  if (!station) throw new AppError('NOT_FOUND', '工作站不存在或已被删除');
  return station;
}

const NOT_OPERATING: Record<Exclude<Station['status'], 'operating'>, string> = {
  suspended: '已暂停运行',
  revoked: '已被撤销',
  closed: '已撤并（合并、重组或撤销）',
};

/** A station that is not operating takes no new work (check-ins, needs, invitations); its history stays readable. */
export function requireOperating(station: Station): void {
  if (station.status === 'operating') return;
  throw new AppError(
    'STATION_NOT_OPERATING',
    `${station.name}${NOT_OPERATING[station.status]}，不能再签到、提交需求或发放邀请码；已有记录仍可查看`,
  );
}

export async function requireSociety(societyId: string): Promise<Society> {
  const society = await findSociety(societyId);
  if (!society) throw new AppError('NOT_FOUND', '学会不存在或已被删除');
  return society;
}

export function stationTarget(station: Pick<Station, '_id' | 'societyId'>): Target {
  return { societyId: station.societyId, stationId: station._id };
}

/** The station a record (a need, a visit) belongs to, for deciding who may act on it. */
export function recordTarget(record: { societyId: string; stationId: string }): Target {
  return { societyId: record.societyId, stationId: record.stationId };
}

/**
 * The files exist in cloud storage (one request for all), with their temporary URLs. A file
 * the person never finished uploading is named, when its name is known.
 */
export async function requireUploaded(
  files: readonly { fileId: string; name?: string }[],
): Promise<Map<string, string>> {
  const urls = await temporaryUrls(files.map((file) => file.fileId));
  const missing = files.find((file) => !urls.has(file.fileId));
  if (missing) {
    const what = missing.name ? `「${missing.name}」` : '有照片或附件';
    throw new AppError('ATTACHMENT_INVALID', `${what}没有上传成功，请重新上传`);
  }
  return urls;
}
