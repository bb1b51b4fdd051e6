import { checkWeapp, type WeappCheck } from '../../bench/weapp';

/** WeChat's own offline checks on the built mini-program (`npm run build:weapp` runs before the suite). */
let check: WeappCheck;
beforeAll(() => {
  check = checkWeapp();
}, 240_000);

describe('the weapp build passes miniprogram-ci', () => {
  it('checkCodeQuality reports every item successful', () => {
    expect(check.quality.length).toBeGreaterThan(0);
    expect(check.quality.filter((item) => !item.success)).toEqual([]);
  });

  it('analyseCode reports no module errors', () => {
    expect(check.analyse.moduleErrors).toEqual([]);
  });

  it('keeps the main package within the 2 MB limit and our 560,000 B budget', () => {
    expect(check.analyse.mainPackageBytes).toBeGreaterThan(0);
    expect(check.analyse.mainPackageBytes).toBeLessThanOrEqual(560_000);
    expect(check.analyse.totalBytes).toBeLessThanOrEqual(20 * 1024 * 1024);
  });
});
