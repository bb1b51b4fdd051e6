import { readFileSync } from 'node:fs';
import path from 'node:path';
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

  it('keeps the main package within the 2 MB limit and our 480,000 B budget', () => {
    expect(check.analyse.mainPackageBytes).toBeGreaterThan(0);
    expect(check.analyse.mainPackageBytes).toBeLessThanOrEqual(480_000);
    expect(check.analyse.totalBytes).toBeLessThanOrEqual(20 * 1024 * 1024);
  });
});

describe('the weapp app.json', () => {
  const app = JSON.parse(readFileSync(path.resolve(__dirname, '../../dist/app.json'), 'utf8')) as {
    pages: string[];
    preloadRule?: Record<string, { network: string; packages: string[] }>;
  };

  it('leaves the demo sign-in out', () => {
    expect(app.pages).not.toContain('pages/sign-in/index');
    expect(app.pages).toContain('pages/home/index');
  });

  it('preloads the visits and needs packages from the home', () => {
    expect(app.preloadRule?.['pages/home/index']).toEqual({
      network: 'all',
      packages: ['packages/visits', 'packages/needs'],
    });
  });
});
