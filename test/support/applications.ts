import type { Application, ApplicationContent, ApplicationExpert } from '../../types/application';
import type { ApplicationStatus, Province, SocietyLevel } from '../../types/catalogue';
import { DEMO_USERS } from '../../local/demo/people';
import type { LocalApi } from './localApi';
import { storePhoto } from './visits';

/** Experts for the table: `inside` from Guizhou, `outside` from elsewhere. */
export function expertTable(inside: number, outside: number): ApplicationExpert[] {
  const row = (index: number, province: Province): ApplicationExpert => ({
    name: `专家${index + 1}`,
    unit: province === '贵州省' ? '贵州大学' : '中南大学',
    title: '教授',
    field: '铝加工',
    province,
    idNumber: '',
  });
  return [
    ...Array.from({ length: inside }, (_, index) => row(index, '贵州省')),
    ...Array.from({ length: outside }, (_, index) => row(inside + index, '湖南省')),
  ];
}

/** A 申报书 that passes every check on submit, for a society of `level`. */
export function completeApplication(level: SocietyLevel = 'national'): ApplicationContent {
  return {
    stationName: '中国有色金属学会贵阳铝加工工作站',
    appliedOn: '2026-12-02',
    society: {
      name: '中国有色金属学会',
      level,
      creditCode: '51100000500000566Y',
      headName: '王建国',
      headTitle: '秘书长/教授级高工',
      contactName: '李敏',
      contactPhone: '010-62345678',
      address: '北京市海淀区复兴路 12 号',
      postcode: '100814',
      bankAccountName: '中国有色金属学会',
      bankName: '中国工商银行北京海淀支行',
      bankAccount: '0200 0045 0908 8123 456',
      financeOfficer: '赵琳',
    },
    host: {
      name: '贵州华科铝材料工程技术研究有限公司',
      type: 'enterprise',
      creditCode: '91520100MA6DKXJ21Q',
      legalRepresentative: '陈刚',
      legalRepresentativeIdNumber: '',
      address: '贵阳市白云区铝城大道 8 号',
      location: { latitude: 26.6785, longitude: 106.6328 },
      officeAndEquipment: '办公室 2 间（60 平方米），电脑 4 台，检测实验室共用',
    },
    industry: 'aluminium',
    serviceContent: '围绕高强铝合金铸锭气孔、挤压材表面缺陷开展联合攻关，每年服务技术需求不少于 10 项。',
    expectedGoals: '两年内降低铸锭气孔率至 0.5% 以下，转化成果 2 项，培养技术骨干 10 名。',
    phases: [
      { phase: 'preparation', start: '2027-01-01', end: '2027-02-28', work: '签订协议，组建专家团队' },
      { phase: 'implementation', start: '2027-03-01', end: '2028-10-31', work: '驻站服务，联合攻关' },
      { phase: 'summary', start: '2028-11-01', end: '2028-11-30', work: '总结成果' },
      { phase: 'evaluation', start: '2028-12-01', end: '2028-12-31', work: '接受考核评估' },
    ],
    budget: [
      { category: 'expert_travel', content: '省外专家往返差旅', amountFen: 3_000_000, basis: '10 人次 × 3000 元' },
      { category: 'consulting', content: '专家咨询', amountFen: 2_000_000, basis: '20 次 × 1000 元' },
    ],
    agreement: { start: '2027-01-01', end: '2028-12-31', task: '高强铝合金铸锭低气孔率熔铸工艺研发' },
    staff: [
      {
        name: '周强',
        mobile: '13985012345',
        isHead: true,
        source: 'society',
        term: 'part_time',
        duty: '站长，全面负责',
      },
      { name: '吴燕', mobile: '13985054321', isHead: false, source: 'host', term: 'full_time', duty: '日常联络' },
    ],
    experts: level === 'national' ? expertTable(5, 5) : expertTable(5, 0),
    attachments: (['agreement', 'service_plan', 'rules', 'staff_list'] as const).map((purpose, index) => ({
      fileId: `cloud://local/applications/${purpose}.pdf`,
      name: `${purpose}.pdf`,
      size: 1024 * (index + 1),
      kind: 'pdf' as const,
      purpose,
    })),
  };
}

let counter = 0;

/** An application of the nonferrous society already in `status`, written straight to the database. */
export async function insertApplication(
  api: LocalApi,
  status: ApplicationStatus,
  overrides: Partial<Application> = {},
): Promise<Application> {
  const at = new Date().toISOString();
  const content = await withStoredAttachments(api, completeApplication('national'));
  const application: Application = {
    _id: `application-fixture-${++counter}-${Date.now().toString(36)}`,
    societyId: 'soc-nonferrous',
    status,
    content: { ...content, stationName: `${content.stationName}${counter}` },
    version: status === 'draft' ? 0 : 1,
    reviews: [],
    createdBy: DEMO_USERS.societyAdmin,
    createdAt: at,
    updatedAt: at,
    ...(status !== 'draft' && { submittedAt: at }),
    ...overrides,
  };
  await api.cloudbase.store.insertMany('applications', [application]);
  return application;
}

/** The application's files uploaded to the local storage, as the form does before saving. */
export async function withStoredAttachments(api: LocalApi, content: ApplicationContent): Promise<ApplicationContent> {
  const attachments = await Promise.all(
    content.attachments.map(async (attachment) => ({
      ...attachment,
      fileId: await storePhoto(api, DEMO_USERS.societyAdmin, `${attachment.purpose}-${++counter}.pdf`),
    })),
  );
  return { ...content, attachments };
}
