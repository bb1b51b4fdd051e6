import { isOutOfProvince, isProfileComplete, rolesNeedingProfile } from '../../cloudfunctions/api/src/domain/profile';

const complete = {
  name: '陈静',
  mobile: '13900000000',
  workUnit: '中南大学',
  title: '教授',
  province: '湖南省',
  city: '长沙市',
};

describe('profile rules', () => {
  it('needs every identifying field filled in', () => {
    expect(isProfileComplete(complete)).toBe(true);
    expect(isProfileComplete({ ...complete, workUnit: '  ' })).toBe(false);
    expect(isProfileComplete(null)).toBe(false);
  });

  it('derives out-of-province from the work unit province, with or without 省', () => {
    expect(isOutOfProvince({ province: '湖南省' })).toBe(true);
    expect(isOutOfProvince({ province: '贵州省' })).toBe(false);
    expect(isOutOfProvince({ province: '贵州' })).toBe(false);
    expect(isOutOfProvince({ province: '北京市' })).toBe(true);
    expect(isOutOfProvince({ province: '' })).toBe(false);
    expect(isOutOfProvince(null)).toBe(false);
  });

  it('requires a profile of experts and station heads only', () => {
    expect(rolesNeedingProfile(['demand_unit', 'expert', 'city_admin', 'station_head'])).toEqual([
      'expert',
      'station_head',
    ]);
  });
});
