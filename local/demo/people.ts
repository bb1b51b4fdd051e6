import type { Province } from '../../types/catalogue';
import type { Industry, UserProfile } from '../../types/domain';

export interface DemoPerson {
  openid: string;
  name: string;
  mobile: string;
  workUnit: string;
  title: string;
  province: Province;
  city: string;
  expertise: string[];
  industries: Industry[];
}

/** The people a visitor can sign in as; their openids are stable across restarts. */
export const DEMO_USERS = {
  cityAdmin: 'demo-city-admin',
  societyAdmin: 'demo-society-admin',
  stationHead: 'demo-station-head',
  expert: 'demo-expert',
  demandUnit: 'demo-demand-unit',
} as const;

/** People who have opened the app but hold no role yet: they try the invitation chain. */
export const DEMO_NEWCOMERS = ['demo-newcomer-1', 'demo-newcomer-2', 'demo-newcomer-3'] as const;

export const DEMO_PEOPLE: DemoPerson[] = [
  person(DEMO_USERS.cityAdmin, '王敏', '贵阳市科学技术协会', '学会部部长', '贵州省', '贵阳市', [], []),
  person(
    DEMO_USERS.societyAdmin,
    '李建国',
    '中国有色金属学会',
    '副秘书长',
    '北京市',
    '北京市',
    ['学会管理'],
    ['aluminium'],
  ),
  person(
    DEMO_USERS.stationHead,
    '张伟',
    '贵州华铝新材料有限公司',
    '高级工程师',
    '贵州省',
    '贵阳市',
    ['铝合金加工'],
    ['aluminium'],
  ),
  person(DEMO_USERS.expert, '陈静', '中南大学', '教授', '湖南省', '长沙市', ['铝电解', '节能降耗'], ['aluminium']),
  person(DEMO_USERS.demandUnit, '刘洋', '贵州华铝新材料有限公司', '技术部经理', '贵州省', '贵阳市', [], ['aluminium']),
  person('expert-02', '周涛', '北京科技大学', '研究员', '北京市', '北京市', ['轧制工艺'], ['aluminium']),
  person('expert-03', '吴芳', '贵州大学', '副教授', '贵州省', '贵阳市', ['材料表征'], ['aluminium']),
  person(
    'expert-04',
    '郑磊',
    '昆明理工大学',
    '教授',
    '云南省',
    '昆明市',
    ['冶金自动化'],
    ['aluminium', 'advanced_equipment'],
  ),
  person('expert-05', '孙丽', '贵州省农业科学院', '研究员', '贵州省', '贵阳市', ['水稻育种'], ['modern_seed']),
  person('expert-06', '马骏', '四川农业大学', '教授', '四川省', '成都市', ['玉米育种'], ['modern_seed']),
  person('expert-07', '黄蓉', '贵州师范大学', '副教授', '贵州省', '贵阳市', ['种子检测'], ['modern_seed']),
  person('expert-08', '何平', '贵阳职业技术学院', '高级工程师', '贵州省', '贵阳市', ['嵌入式系统'], ['electronics']),
  person('expert-09', '罗斌', '电子科技大学', '教授', '四川省', '成都市', ['集成电路测试'], ['electronics']),
  person('staff-aluminium', '赵敏', '贵州华铝新材料有限公司', '技术部专员', '贵州省', '贵阳市', [], ['aluminium']),
  person('expert-10', '谢娜', '贵州省电子信息产业研究院', '工程师', '贵州省', '贵阳市', ['智能制造'], ['electronics']),
];

export function profileOf(p: DemoPerson, at: string): UserProfile {
  const { openid, ...fields } = p;
  return { _id: openid, ...fields, createdAt: at, updatedAt: at };
}

function person(
  openid: string,
  name: string,
  workUnit: string,
  title: string,
  province: Province,
  city: string,
  expertise: string[],
  industries: Industry[],
): DemoPerson {
  const mobile = `139${String(hash(openid) % 100_000_000).padStart(8, '0')}`;
  return { openid, name, mobile, workUnit, title, province, city, expertise, industries };
}

function hash(text: string): number {
  return [...text].reduce((acc, char) => (acc * 31 + char.charCodeAt(0)) >>> 0, 7);
}
