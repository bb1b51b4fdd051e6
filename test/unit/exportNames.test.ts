import { dashboardFilterWords, exportFileName } from '../../cloudfunctions/api/src/domain/exportNames';

describe('an export’s name', () => {
  it('names the filter widest first, in the catalogue’s words', () => {
    expect(
      dashboardFilterWords({ status: 'behind', level: 'national', industry: 'aluminium' }, '中国有色金属学会'),
    ).toEqual(['中国有色金属学会', '国家级', '铝及铝加工制造业', '落后']);
    expect(dashboardFilterWords({ year: 2026, sort: 'status' })).toEqual([]);
  });

  it('ends with the day in Guiyang it was made, whatever the server’s zone', () => {
    expect(exportFileName('2026年度任务完成情况', ['落后'], new Date('2026-12-01T15:59:59Z'))).toBe(
      '2026年度任务完成情况-落后-2026-12-01',
    );
    expect(exportFileName('2026年度任务完成情况', ['落后'], new Date('2026-12-01T16:00:00Z'))).toBe(
      '2026年度任务完成情况-落后-2026-12-02',
    );
    expect(exportFileName('甲站2026年服务记录', [], new Date('2026-12-31T16:00:00Z'))).toBe(
      '甲站2026年服务记录-2027-01-01',
    );
  });
});
