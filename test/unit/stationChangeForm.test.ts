import type { StationDetail } from '../../types/actions';
import { STATION_LIMITS } from '../../types/catalogue';
import { checkChangeReason, controlledChangesFrom, valueText } from '../../src/utils/stationChangeForm';
import { stationFormFrom } from '../../src/utils/stationForm';

const station = {
  id: 'st-1',
  name: '中国有色金属学会产业科技服务工作站（华铝新材料）',
  societyId: 'soc-nonferrous',
  societyName: '中国有色金属学会',
  level: 'national',
  industry: 'aluminium',
  demandUnitName: '贵州华铝新材料有限公司',
  demandUnit: { name: '贵州华铝新材料有限公司', type: 'enterprise', address: '贵阳市白云区铝城大道 88 号' },
  status: 'operating',
  location: { latitude: 26.6785, longitude: 106.6328 },
  radiusM: 500,
  cooperationStart: '2025-03-01',
  cooperationEnd: '2028-02-29',
  head: null,
  createdAt: '2025-03-01T00:00:00.000Z',
  canEdit: true,
  canManageRoster: true,
  canInvite: [],
  canRequestChange: true,
  canDecideChange: false,
  changePending: false,
  statusHistory: [],
  agreementEnded: false,
  agreementEndsInDays: null,
  canSuspend: false,
  canResume: false,
  canRevoke: false,
  canRequestClosure: true,
  closurePending: false,
} satisfies StationDetail;

describe('the station edit form’s change request', () => {
  it('asks for nothing when only the name and the radius change', () => {
    const values = { ...stationFormFrom(station), name: '新名称工作站', radiusM: 800 };
    expect(controlledChangesFrom(station, values)).toEqual({});
  });

  it('asks for the host and the location when the address and the coordinates are retyped', () => {
    const values = { ...stationFormFrom(station), demandUnitAddress: '贵阳市白云区沙文园区 8 号', latitude: '26.78' };
    expect(controlledChangesFrom(station, values)).toEqual({
      demandUnit: { ...station.demandUnit, address: '贵阳市白云区沙文园区 8 号' },
      location: { latitude: 26.78, longitude: 106.6328 },
    });
  });

  it('needs a reason within the limit', () => {
    expect(checkChangeReason({ reason: '' })).toEqual({ reason: '请填写变更理由' });
    expect(checkChangeReason({ reason: '搬'.repeat(STATION_LIMITS.changeReason[0]) })).toEqual({});
  });

  it('says each field in words', () => {
    expect(valueText('demandUnit', station.demandUnit)).toBe(
      '贵州华铝新材料有限公司（企业），贵阳市白云区铝城大道 88 号',
    );
    expect(valueText('industry', 'aluminium')).toBe('铝及铝加工制造业');
    expect(valueText('location', station.location)).toBe('北纬 26.6785，东经 106.6328');
    expect(valueText('cooperationEnd', undefined)).toBe('');
  });
});
