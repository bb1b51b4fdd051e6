import {
  auditChangeLines,
  changedFields,
  changeWords,
  masking,
  transition,
} from '../../cloudfunctions/api/src/domain/audit';
import { auditSpan } from '../../cloudfunctions/api/src/domain/auditSpan';
import { AUDIT_NO_VALUE } from '../../types/catalogue/audit';

const station = {
  name: '华铝工作站',
  radiusM: 500,
  demandUnit: { name: '贵州华铝', type: 'enterprise', address: '白云区 88 号' },
  location: { latitude: 26.6785, longitude: 106.6328 },
  industry: 'aluminium',
};

describe('changedFields', () => {
  it('keeps only the fields that differ, each side its own values', () => {
    const after = { ...station, name: '华铝新材料工作站', radiusM: 800 };
    expect(changedFields(station, after, ['name', 'radiusM', 'industry'])).toEqual({
      before: { name: '华铝工作站', radiusM: 500 },
      after: { name: '华铝新材料工作站', radiusM: 800 },
    });
  });

  it('reads dotted paths into small records', () => {
    const after = { ...station, demandUnit: { ...station.demandUnit, address: '白云区 99 号' } };
    expect(changedFields(station, after, ['demandUnit.name', 'demandUnit.address'])).toEqual({
      before: { 'demandUnit.address': '白云区 88 号' },
      after: { 'demandUnit.address': '白云区 99 号' },
    });
  });

  it('compares a place by its coordinates, not by identity', () => {
    expect(changedFields(station, { ...station, location: { ...station.location } }, ['location'])).toEqual({});
    const moved = { ...station, location: { latitude: 26.7, longitude: 106.6328 } };
    expect(changedFields(station, moved, ['location']).after).toEqual({ location: moved.location });
  });

  it('gives nothing to spread when nothing changed, and looks only at the fields named', () => {
    expect(changedFields(station, { ...station }, ['name', 'radiusM'])).toEqual({});
    expect(changedFields(station, { ...station, industry: 'energy' }, ['name'])).toEqual({});
  });

  it('leaves a field absent on one side out of that side', () => {
    expect(transition('role', undefined, 'expert')).toEqual({ before: {}, after: { role: 'expert' } });
    expect(transition('role', 'expert', undefined)).toEqual({ before: { role: 'expert' }, after: {} });
  });
});

describe('masking', () => {
  it('shows only the last four characters of the field on both sides, and a change stays a change', () => {
    const changes = changedFields(
      { bankAccount: '6222000011112222', bankName: '工行' },
      { bankAccount: '6222000099992222', bankName: '工行' },
      ['bankAccount', 'bankName'],
    );
    expect(masking(changes, 'bankAccount')).toEqual({
      before: { bankAccount: '****2222' },
      after: { bankAccount: '****2222' },
    });
    expect(masking({}, 'bankAccount')).toEqual({});
  });
});

describe('auditChangeLines', () => {
  it('words each field by its label and its values by theirs, in the catalogue order', () => {
    const lines = auditChangeLines({
      before: { stationStatus: 'operating', radiusM: 500, name: '甲站' },
      after: { stationStatus: 'suspended', radiusM: 1500, name: '乙站' },
    });
    expect(lines).toEqual([
      { field: 'name', label: '名称', before: '甲站', after: '乙站' },
      { field: 'radiusM', label: '签到半径', before: '500 米', after: '1.5 公里' },
      { field: 'stationStatus', label: '工作站状态', before: '运行中', after: '已暂停' },
    ]);
    expect(changeWords(lines)).toBe('名称：甲站 → 乙站\n签到半径：500 米 → 1.5 公里\n工作站状态：运行中 → 已暂停');
  });

  it('reads amounts, places, roles and missing values', () => {
    const lines = auditChangeLines({
      before: { balanceFen: 5_000_000, location: { latitude: 26.6785, longitude: 106.6328 } },
      after: { balanceFen: 4_876_550, location: { latitude: 26.7, longitude: 106.7 }, role: 'expert' },
    });
    expect(lines.map((line) => `${line.label}：${line.before} → ${line.after}`)).toEqual([
      '签到位置：北纬 26.6785，东经 106.6328 → 北纬 26.7，东经 106.7',
      '角色：（无） → 专家',
      '经费结余：50,000.00 元 → 48,765.50 元',
    ]);
    expect(lines[1].before).toBe(AUDIT_NO_VALUE);
  });

  it('is empty for an entry without before and after (older entries, creations)', () => {
    expect(auditChangeLines({})).toEqual([]);
  });
});

describe('auditSpan', () => {
  it('covers both days whole in Asia/Shanghai', () => {
    expect(auditSpan('2026-03-01', '2026-03-31')).toEqual({
      from: '2026-02-28T16:00:00.000Z',
      to: '2026-03-31T16:00:00.000Z',
    });
    expect(auditSpan(undefined, undefined)).toEqual({});
  });

  it('refuses a range that ends before it starts', () => {
    expect(auditSpan('2026-03-02', '2026-03-01')).toEqual({ problem: '结束日期不能早于开始日期' });
  });
});
