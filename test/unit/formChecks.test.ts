import { PHONE_PATTERN, SOCIETY_LIMITS, STATION_LIMITS } from '../../types/catalogue';
import { checkStationForm, emptyStationForm } from '../../src/utils/stationForm';
import { isMobile, isPhone, onlyProblems, textProblem } from '../../src/utils/validation';

/** The forms check by the server's limits, so what they let through the server accepts. */
describe('form checks', () => {
  it('says what is wrong with a text by its limit', () => {
    const limit = [2, 4] as const;
    expect(textProblem('名称', '   ', limit)).toBe('请填写名称');
    expect(textProblem('名称', '甲', limit)).toBe('名称至少 2 个字');
    expect(textProblem('名称', ' 甲乙 ', limit)).toBeUndefined();
    expect(textProblem('名称', '甲乙丙丁', limit)).toBeUndefined();
    expect(textProblem('名称', '甲乙丙丁戊', limit)).toBe('名称最多 4 个字');
  });

  it('keeps only the fields that have a problem', () => {
    expect(onlyProblems({ name: undefined, city: '请填写所在城市' })).toEqual({ city: '请填写所在城市' });
  });

  it('refuses a station name shorter than the server accepts', () => {
    const [min] = STATION_LIMITS.name;
    const values = { ...emptyStationForm('s1'), name: '甲'.repeat(min - 1) };
    expect(checkStationForm(values).name).toBe(`工作站名称至少 ${min} 个字`);
    expect(checkStationForm({ ...values, name: '甲'.repeat(min) }).name).toBeUndefined();
  });

  it('takes the phone numbers the server takes', () => {
    expect(isMobile('13912345678')).toBe(true);
    expect(isMobile('12912345678')).toBe(false);
    expect(isPhone('(0851) 8555-1234')).toBe(PHONE_PATTERN.test('(0851) 8555-1234'));
    expect(isPhone('1'.repeat(SOCIETY_LIMITS.contactPhone[1] + 1))).toBe(false);
  });
});
