import type { MyProfile, ProfileInput } from '../../../../types/actions';
import type { UserProfile } from '../../../../types/domain';
import { isOutOfProvince, isProfileComplete } from '../domain/profile';
import { INDUSTRIES, MAX_EXPERTISE_TAGS, MOBILE_PATTERN, PROFILE_LIMITS, PROVINCES } from '../../../../types/catalogue';
import { checkTexts } from '../store/contentCheck';
import { transact } from '../store/transaction';
import { empty, list, object, oneOf, text } from '../validate';
import type { ActionDefinition } from './types';

export const parseProfile = object<ProfileInput>({
  name: text(...PROFILE_LIMITS.name),
  mobile: text(11, 11, { pattern: MOBILE_PATTERN, description: '应为 11 位手机号' }),
  workUnit: text(...PROFILE_LIMITS.workUnit),
  title: text(...PROFILE_LIMITS.title),
  province: oneOf(PROVINCES),
  city: text(...PROFILE_LIMITS.city),
  expertise: list(text(...PROFILE_LIMITS.expertiseTag), MAX_EXPERTISE_TAGS),
  industries: list(oneOf(INDUSTRIES), INDUSTRIES.length),
});

export const getProfile: ActionDefinition<'profile.get'> = {
  parse: empty,
  async handle(_input, caller) {
    const profile = await caller.profile();
    return profile && myProfile(profile);
  },
};

export const updateProfile: ActionDefinition<'profile.update'> = {
  parse: parseProfile,
  write: true,
  async handle(input, caller) {
    // Names, units and titles are shown to everyone at the person's stations.
    await checkTexts(caller.openid, [
      { label: '姓名', text: input.name },
      { label: '工作单位', text: input.workUnit },
      { label: '职称/职务', text: input.title },
      { label: '所在城市', text: input.city },
      ...input.expertise.map((text) => ({ label: '专业特长', text })),
    ]);
    return transact(caller, async (tx) => {
      const document = tx.collection<UserProfile>('users').doc(caller.openid);
      const { data: existing } = await document.get();
      const at = caller.now.toISOString();
      const profile: Omit<UserProfile, '_id'> = { ...input, createdAt: existing?.createdAt ?? at, updatedAt: at };
      await document.set({ data: profile });
      return myProfile(profile);
    });
  },
};

function myProfile(profile: Omit<UserProfile, '_id'>): MyProfile {
  const { name, mobile, workUnit, title, province, city, expertise, industries, updatedAt } = profile;
  return {
    name,
    mobile,
    workUnit,
    title,
    province,
    city,
    expertise,
    industries,
    updatedAt,
    complete: isProfileComplete(profile),
    outOfProvince: isOutOfProvince(profile),
  };
}
