import { NEED_LIMITS, PHONE_PATTERN, SOCIETY_LIMITS, STATION_LIMITS, VISIT_LIMITS } from '../../types/catalogue';
import type { ProfileInput } from '../../types/actions';
import { checkStationForm, emptyStationForm } from '../../src/utils/stationForm';
import { yearlyEvaluationProblems } from '../../src/utils/evaluationForm';
import { needProblems, NEED_FIELD_LABELS, type NeedFormValues } from '../../src/utils/needForm';
import { profileProblems } from '../../src/utils/profileForm';
import { societyProblems } from '../../src/utils/societyForm';
import { checkInProblems, makeUpProblems, visitRatingProblems, visitReportProblems } from '../../src/utils/visitForms';
import { isMobile, isPhone, onlyProblems, refusalAtField, textLength, textProblem } from '../../src/utils/validation';

const TODAY = '2026-03-10';

const NEED: NeedFormValues = {
  title: '铸锭气孔率偏高',
  description: '熔铸车间铝液含氢量偏高，铸锭气孔率超标。',
  expectedOutcome: '气孔率降到 0.5% 以下',
  industry: 'aluminium',
  serviceType: 'consulting',
  urgency: 'normal',
  desiredDate: '',
};

const PROFILE: ProfileInput = {
  name: '陈静',
  mobile: '13912345678',
  workUnit: '贵州大学',
  title: '教授',
  province: '贵州省',
  city: '贵阳市',
  expertise: [],
  industries: [],
};

/** The forms check by the server's limits, so what they let through the server accepts. */
describe('a text against its limit', () => {
  const limit = [2, 4] as const;

  it('asks for an empty required text, and lets an empty optional one be', () => {
    expect(textProblem('名称', '   ', limit)).toBe('请填写名称');
    expect(textProblem('备注', '', [0, 4])).toBeUndefined();
  });

  it('says how many characters are missing below the fewest', () => {
    expect(textProblem('名称', '甲', limit)).toBe('名称还差 1 个字');
    const [min] = NEED_LIMITS.description;
    expect(textProblem('需求描述', '甲乙', NEED_LIMITS.description)).toBe(`需求描述还差 ${min - 2} 个字`);
  });

  it('says by how much a text is past its most, and takes it whole in between', () => {
    expect(textProblem('名称', ' 甲乙 ', limit)).toBeUndefined();
    expect(textProblem('名称', '甲乙丙丁', limit)).toBeUndefined();
    expect(textProblem('名称', '甲乙丙丁戊', limit)).toBe('名称超出 1 字，最多 4 个字');
    const [, max] = VISIT_LIMITS.summary;
    expect(textProblem('服务内容', '字'.repeat(max + 1), VISIT_LIMITS.summary)).toBe(
      `服务内容超出 1 字，最多 ${max} 个字`,
    );
  });

  it('counts as the server does: trimmed, a Windows line break as one character', () => {
    expect(textLength('  甲\r\n乙  ')).toBe(3);
    expect(textProblem('名称', '甲\r\n乙丙', [1, 4])).toBeUndefined();
  });

  it('keeps only the fields that have a problem', () => {
    expect(onlyProblems({ name: undefined, city: '请填写所在城市' })).toEqual({ city: '请填写所在城市' });
  });

  it('takes the phone numbers the server takes', () => {
    expect(isMobile('13912345678')).toBe(true);
    expect(isMobile('12912345678')).toBe(false);
    expect(isPhone('(0851) 8555-1234')).toBe(PHONE_PATTERN.test('(0851) 8555-1234'));
    expect(isPhone('1'.repeat(SOCIETY_LIMITS.contactPhone[1] + 1))).toBe(false);
  });
});

describe('a server refusal at its field', () => {
  it('places an invalid input at the request field it names, in the field’s words', () => {
    expect(refusalAtField('提交的内容有误：description 至少 10 个字', NEED_FIELD_LABELS)).toEqual({
      field: 'description',
      message: '需求描述至少 10 个字',
    });
  });

  it('places a content refusal at the field whose label it names', () => {
    const message = '「需求标题」含有不适宜发布的内容，请修改后再提交';
    expect(refusalAtField(message, NEED_FIELD_LABELS)).toEqual({ field: 'title', message });
  });

  it('leaves a refusal about no field of the form to the page', () => {
    expect(refusalAtField('提交的内容有误：stationId 应为文字', NEED_FIELD_LABELS)).toBeUndefined();
    expect(refusalAtField('网络不可用，请检查网络后重试', NEED_FIELD_LABELS)).toBeUndefined();
  });
});

describe('every problem of a form at once', () => {
  it('finds all of an empty need’s problems together', () => {
    const empty: NeedFormValues = {
      ...NEED,
      title: '',
      description: '',
      expectedOutcome: '',
      industry: '',
      serviceType: '',
    };
    expect(needProblems(empty, TODAY)).toEqual({
      title: '请填写需求标题',
      description: '请填写需求描述',
      expectedOutcome: '请填写预期成果',
      serviceType: '请选择服务类型',
      industry: '请选择所属产业',
    });
    expect(needProblems(NEED, TODAY)).toEqual({});
  });

  it('refuses a need description past its most and a desired date before today', () => {
    const [, max] = NEED_LIMITS.description;
    const problems = needProblems({ ...NEED, description: '字'.repeat(max + 1), desiredDate: '2026-03-09' }, TODAY);
    expect(problems).toEqual({
      description: `需求描述超出 1 字，最多 ${max} 个字`,
      desiredDate: '期望完成日期不能早于今天',
    });
    expect(needProblems({ ...NEED, desiredDate: TODAY }, TODAY)).toEqual({});
  });

  it('finds all of a profile’s problems together', () => {
    expect(profileProblems({ ...PROFILE, name: '', mobile: '123', province: '', city: '' })).toEqual({
      name: '请填写姓名',
      mobile: '请填写 11 位手机号',
      province: '请选择工作单位所在省份',
      city: '请填写所在城市',
    });
    expect(profileProblems(PROFILE)).toEqual({});
  });

  it('finds all of a society’s problems together', () => {
    expect(
      societyProblems({ name: '甲', level: 'city', supervisor: '', contactName: '王', contactPhone: 'abc' }),
    ).toEqual({
      name: '学会名称还差 1 个字',
      supervisor: '请填写业务主管单位',
      contactPhone: '请填写正确的联系电话',
    });
  });

  it('refuses a station name shorter than the server accepts', () => {
    const [min] = STATION_LIMITS.name;
    const values = { ...emptyStationForm('s1'), name: '甲'.repeat(min - 1) };
    expect(checkStationForm(values).name).toBe('工作站名称还差 1 个字');
    expect(checkStationForm({ ...values, name: '甲'.repeat(min) }).name).toBeUndefined();
  });

  it('asks the yearly evaluation for its stars, intent and comment together', () => {
    expect(yearlyEvaluationProblems({ overall: 0, intent: null, comment: '' })).toEqual({
      overall: '请选择总体满意度（1–5 星）',
      intent: '请选择是否继续合作',
      comment: '请填写评价意见',
    });
    expect(yearlyEvaluationProblems({ overall: 4, intent: 'continue', comment: '很好' })).toEqual({});
  });
});

describe('the visit forms', () => {
  const none = { uploaded: 0, waiting: 0 };

  it('asks a report for its summary, and for photos only where they are required', () => {
    expect(visitReportProblems({ summary: '', outcomes: '' }, none, false)).toEqual({ summary: '请填写服务内容' });
    expect(visitReportProblems({ summary: '调整除气工艺参数并培训', outcomes: '' }, none, true)).toEqual({
      photos: '请至少拍摄一张现场照片',
    });
    expect(
      visitReportProblems({ summary: '调整除气工艺参数并培训', outcomes: '' }, { uploaded: 0, waiting: 1 }, true)
        .photos,
    ).toMatch(/还没有上传成功/);
  });

  it('asks a 补卡 for everything missing at once, and for an end that makes a span', () => {
    const empty = { needId: '', serviceType: '' as const, date: '', startTime: '', endTime: '', reason: '' };
    expect(Object.keys(makeUpProblems(empty, false))).toEqual([
      'needId',
      'serviceType',
      'date',
      'startTime',
      'endTime',
      'reason',
    ]);
    const filled = {
      needId: 'n1',
      serviceType: 'consulting' as const,
      date: TODAY,
      startTime: '09:00',
      endTime: '09:00',
      reason: '手机没电',
    };
    expect(makeUpProblems(filled, false)).toEqual({ endTime: '结束时间须晚于开始时间' });
    expect(makeUpProblems(filled, true)).toEqual({});
  });

  it('asks an off-site check-in for its reason and a photo', () => {
    const values = {
      needId: 'n1',
      serviceType: 'consulting' as const,
      offSite: true,
      offSiteReason: '外协',
      useUnitCode: true,
      unitCode: '12345',
    };
    expect(checkInProblems(values, none)).toEqual({
      offSiteReason: '异地服务原因还差 2 个字',
      photos: '异地服务签到须拍摄至少 1 张现场照片，请在「现场照片」中拍照',
      unitCode: '验证码是需求单位联系人手机上显示的 6 位数字',
    });
    expect(checkInProblems({ ...values, offSite: false, useUnitCode: false }, none)).toEqual({});
  });

  it('names the aspects of a rating still without stars', () => {
    expect(visitRatingProblems({ responsiveness: 4, professionalism: 0, effect: 0, comment: '' })).toEqual({
      scores: '请为专业水平、服务效果打分（1–5 星）',
    });
    const [, max] = VISIT_LIMITS.ratingComment;
    expect(
      visitRatingProblems({ responsiveness: 4, professionalism: 4, effect: 4, comment: '好'.repeat(max + 2) }),
    ).toEqual({ comment: `评价超出 2 字，最多 ${max} 个字` });
  });
});
