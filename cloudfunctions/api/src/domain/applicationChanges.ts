import type { ApplicationChange, ApplicationContent } from '../../../../types/application';
import {
  APPLICATION_ATTACHMENT_LABELS,
  APPLICATION_PHASE_LABELS,
  APPLICATION_SECTION_LABELS,
  DEMAND_UNIT_TYPE_LABELS,
  INDUSTRY_LABELS,
  SOCIETY_FIELD_LABELS,
  SOCIETY_LEVEL_LABELS,
  STAFF_SOURCE_LABELS,
  STAFF_TERM_LABELS,
  type ApplicationSection,
} from '../../../../types/catalogue';
import { formatYuan } from '../../../../types/catalogue/money';
import { budgetCategoryLabel } from './application';

type Entries = Map<string, { section: ApplicationSection; item: string; value: string }>;

/** What changed from `before` to `after`, item by item in the 申报书's order; a row added or removed shows as blank on one side. */
export function applicationChanges(before: ApplicationContent, after: ApplicationContent): ApplicationChange[] {
  const old = entries(before);
  const now = entries(after);
  const keys = [...new Set([...now.keys(), ...old.keys()])];
  return keys
    .filter((key) => (old.get(key)?.value ?? '') !== (now.get(key)?.value ?? ''))
    .map((key) => {
      const { section, item } = (now.get(key) ?? old.get(key))!;
      return { section, item, before: old.get(key)?.value ?? '', after: now.get(key)?.value ?? '' };
    })
    .sort((a, b) => SECTION_ORDER.indexOf(a.section) - SECTION_ORDER.indexOf(b.section));
}

const SECTION_ORDER = Object.keys(APPLICATION_SECTION_LABELS) as ApplicationSection[];

function entries(content: ApplicationContent): Entries {
  const map: Entries = new Map();
  const put = (section: ApplicationSection, key: string, item: string, value: string) =>
    map.set(`${section}.${key}`, { section, item, value });
  const { society, host, agreement } = content;
  put('cover', 'stationName', '工作站名称', content.stationName);
  put('cover', 'appliedOn', '申报日期', content.appliedOn);
  const societyItems = [
    'name',
    'creditCode',
    'headName',
    'headTitle',
    'contactName',
    'contactPhone',
    'address',
    'postcode',
    'bankAccountName',
    'bankName',
    'bankAccount',
    'financeOfficer',
  ] as const;
  for (const key of societyItems) put('society', key, SOCIETY_FIELD_LABELS[key], society[key]);
  put('society', 'level', SOCIETY_FIELD_LABELS.level, SOCIETY_LEVEL_LABELS[society.level]);
  put('host', 'name', '需求单位名称', host.name);
  put('host', 'type', '单位类型', host.type ? DEMAND_UNIT_TYPE_LABELS[host.type] : '');
  put('host', 'creditCode', '统一社会信用代码', host.creditCode);
  put('host', 'legalRepresentative', '法定代表人', host.legalRepresentative);
  put('host', 'legalRepresentativeIdNumber', '法定代表人身份证号', host.legalRepresentativeIdNumber);
  put('host', 'address', '地址', host.address);
  put('host', 'location', '工作站位置', host.location ? `${host.location.latitude},${host.location.longitude}` : '');
  put('host', 'officeAndEquipment', '办公场所和设备', host.officeAndEquipment);
  put('overview', 'industry', '所属产业', content.industry ? INDUSTRY_LABELS[content.industry] : '');
  put('overview', 'serviceContent', '服务内容', content.serviceContent);
  put('overview', 'expectedGoals', '预期目标', content.expectedGoals);
  for (const phase of content.phases) {
    const label = `${APPLICATION_PHASE_LABELS[phase.phase]}阶段`;
    put('phases', `${phase.phase}.dates`, `${label} 起止日期`, `${phase.start} 至 ${phase.end}`);
    put('phases', `${phase.phase}.work`, `${label} 工作内容`, phase.work);
  }
  content.budget.forEach((line, index) => {
    const row = `第 ${index + 1} 行`;
    const category = budgetCategoryLabel(line.category);
    put('budget', `${index}.category`, `${row} 经费类别`, category);
    put('budget', `${index}.content`, `${row} 支出内容`, line.content);
    put('budget', `${index}.amount`, `${row} 金额`, `￥${formatYuan(line.amountFen)}`);
    put('budget', `${index}.basis`, `${row} 测算依据`, line.basis);
  });
  put('agreement', 'dates', '合作期限', `${agreement.start} 至 ${agreement.end}`);
  put('agreement', 'task', '研发项目或成果转化任务', agreement.task);
  content.staff.forEach((member, index) => {
    const value = [
      member.isHead ? '站长' : '工作人员',
      member.name,
      member.mobile,
      STAFF_SOURCE_LABELS[member.source],
      STAFF_TERM_LABELS[member.term],
      member.duty,
    ].join(' · ');
    put('staff', String(index), `第 ${index + 1} 人`, value);
  });
  content.experts.forEach((expert, index) => {
    const value = [expert.name, expert.unit, expert.title, expert.field, expert.province].join(' · ');
    put('experts', String(index), `第 ${index + 1} 位专家`, value);
  });
  for (const purpose of Object.keys(APPLICATION_ATTACHMENT_LABELS) as (keyof typeof APPLICATION_ATTACHMENT_LABELS)[]) {
    const files = content.attachments.filter((attachment) => attachment.purpose === purpose);
    put('attachments', purpose, APPLICATION_ATTACHMENT_LABELS[purpose], files.map((file) => file.name).join('、'));
  }
  return map;
}
