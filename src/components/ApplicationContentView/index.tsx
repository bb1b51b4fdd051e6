import { Text, View } from '@tarojs/components';
import type { ApplicationContent } from '../../../types/application';
import {
  DEMAND_UNIT_TYPE_LABELS,
  HOME_PROVINCE,
  INDUSTRY_LABELS,
  SOCIETY_LEVEL_LABELS,
} from '../../../types/catalogue';
import {
  APPLICATION_ATTACHMENT_KINDS,
  APPLICATION_ATTACHMENT_LABELS,
  APPLICATION_PHASE_LABELS,
  APPLICATION_SECTION_LABELS as SECTIONS,
  STAFF_SOURCE_LABELS,
  STAFF_TERM_LABELS,
} from '../../../types/catalogue/applications';
import { capitalYuan, formatYuan } from '../../../types/catalogue/money';
import { expenseLabel, withUrls } from '../../utils/applicationReview';
import { AttachmentList } from '../AttachmentList';
import { InfoList } from '../InfoList';
import { SectionCard } from '../SectionCard';
import './index.scss';

export interface ApplicationContentViewProps {
  content: ApplicationContent;
  budgetTotalFen: number;
  /** Temporary URLs of the attachments, by file id. */
  fileUrls?: Record<string, string>;
}

/** A blank of a draft, said rather than left empty. */
const shown = (text: string) => text || '未填写';

/** The 申报书 as submitted, section by section in its order, read-only; its tables as compact rows. */
export function ApplicationContentView({ content, budgetTotalFen, fileUrls }: ApplicationContentViewProps) {
  const { society, host, agreement } = content;
  const outside = content.experts.filter((expert) => expert.province && expert.province !== HOME_PROVINCE).length;
  return (
    <View className="application-content">
      <SectionCard title={SECTIONS.cover}>
        <InfoList
          items={[
            { label: '工作站名称', value: shown(content.stationName) },
            { label: '申报日期', value: shown(content.appliedOn) },
          ]}
        />
      </SectionCard>

      <SectionCard title={SECTIONS.society}>
        <InfoList
          items={[
            { label: '学会名称', value: `${society.name}（${SOCIETY_LEVEL_LABELS[society.level]}）` },
            { label: '信用代码', value: shown(society.creditCode) },
            { label: '负责人', value: shown([society.headName, society.headTitle].filter(Boolean).join(' · ')) },
            { label: '联系人', value: shown([society.contactName, society.contactPhone].filter(Boolean).join(' ')) },
            {
              label: '通讯地址',
              value: shown(
                [society.address, society.postcode && `邮编 ${society.postcode}`].filter(Boolean).join('，'),
              ),
            },
            { label: '开户名称', value: shown(society.bankAccountName) },
            { label: '开户银行', value: shown(society.bankName) },
            { label: '银行账号', value: shown(society.bankAccount) },
            { label: '财务负责人', value: shown(society.financeOfficer) },
          ]}
        />
      </SectionCard>

      <SectionCard title={SECTIONS.host}>
        <InfoList
          items={[
            { label: '单位名称', value: shown(host.name) },
            { label: '单位类型', value: host.type ? DEMAND_UNIT_TYPE_LABELS[host.type] : '未填写' },
            { label: '信用代码', value: shown(host.creditCode) },
            { label: '法定代表人', value: shown(host.legalRepresentative) },
            { label: '单位地址', value: shown(host.address) },
            {
              label: '工作站位置',
              value: host.location
                ? `${host.location.latitude.toFixed(5)}, ${host.location.longitude.toFixed(5)}`
                : '未选定',
            },
            { label: '办公条件', value: shown(host.officeAndEquipment) },
          ]}
        />
      </SectionCard>

      <SectionCard title={SECTIONS.overview}>
        <View className="application-content__card">
          <Text className="application-content__label">所属产业</Text>
          <Text className="application-content__text">
            {content.industry ? INDUSTRY_LABELS[content.industry] : '未填写'}
          </Text>
          <Text className="application-content__label">服务内容</Text>
          <Text className="application-content__text">{shown(content.serviceContent)}</Text>
          <Text className="application-content__label">预期目标</Text>
          <Text className="application-content__text">{shown(content.expectedGoals)}</Text>
        </View>
      </SectionCard>

      <SectionCard title={SECTIONS.phases}>
        <View className="application-content__card">
          {content.phases.map((phase) => (
            <View key={phase.phase} className="application-content__row">
              <View className="application-content__row-head">
                <Text className="application-content__name">{APPLICATION_PHASE_LABELS[phase.phase]}</Text>
                <Text className="application-content__aside">
                  {phase.start || '—'} 至 {phase.end || '—'}
                </Text>
              </View>
              <Text className="application-content__small">{shown(phase.work)}</Text>
            </View>
          ))}
        </View>
      </SectionCard>

      <SectionCard title={SECTIONS.budget} extra={`${content.budget.length} 项`}>
        <View className="application-content__card">
          {content.budget.map((line, index) => (
            <View key={index} className="application-content__row">
              <View className="application-content__row-head">
                <Text className="application-content__name">
                  {index + 1}. {shown(expenseLabel(line.category))} · {shown(line.content)}
                </Text>
                <Text className="application-content__amount">{formatYuan(line.amountFen)}</Text>
              </View>
              <Text className="application-content__small">测算依据：{shown(line.basis)}</Text>
            </View>
          ))}
          <View className="application-content__total">
            <View className="application-content__row-head">
              <Text className="application-content__name">合计（元）</Text>
              <Text className="application-content__amount">{formatYuan(budgetTotalFen)}</Text>
            </View>
            <Text className="application-content__capital">人民币大写：{capitalYuan(budgetTotalFen)}</Text>
          </View>
        </View>
      </SectionCard>

      <SectionCard title={SECTIONS.agreement}>
        <InfoList
          items={[
            { label: '合作期限', value: `${agreement.start || '—'} 至 ${agreement.end || '—'}` },
            { label: '合作任务', value: shown(agreement.task) },
          ]}
        />
      </SectionCard>

      <SectionCard title={SECTIONS.staff} extra={`${content.staff.length} 人`}>
        <View className="application-content__card">
          {content.staff.map((member, index) => (
            <View key={index} className="application-content__row">
              <View className="application-content__row-head">
                <Text className="application-content__name">
                  {member.name}
                  {member.isHead && <Text className="application-content__head">站长</Text>}
                </Text>
                <Text className="application-content__aside">
                  {STAFF_SOURCE_LABELS[member.source]} · {STAFF_TERM_LABELS[member.term]}
                </Text>
              </View>
              <Text className="application-content__small">
                {member.mobile} · {shown(member.duty)}
              </Text>
            </View>
          ))}
        </View>
      </SectionCard>

      <SectionCard title={SECTIONS.experts} extra={`${content.experts.length} 人，省外 ${outside} 人`}>
        <View className="application-content__card">
          {content.experts.map((expert, index) => (
            <View key={index} className="application-content__row">
              <View className="application-content__row-head">
                <Text className="application-content__name">
                  {expert.name} · {shown(expert.title)}
                </Text>
                <Text className="application-content__aside">{shown(expert.province)}</Text>
              </View>
              <Text className="application-content__small">
                {shown(expert.unit)} · {shown(expert.field)}
              </Text>
            </View>
          ))}
        </View>
      </SectionCard>

      <SectionCard title={SECTIONS.attachments}>
        <View className="application-content__card">
          {APPLICATION_ATTACHMENT_KINDS.map((purpose) => {
            const files = content.attachments.filter((file) => file.purpose === purpose);
            return (
              <View key={purpose} className="application-content__files">
                <Text className="application-content__label">{APPLICATION_ATTACHMENT_LABELS[purpose]}</Text>
                {files.length > 0 ? (
                  <AttachmentList files={withUrls(files, fileUrls)} />
                ) : (
                  <Text className="application-content__small">未上传</Text>
                )}
              </View>
            );
          })}
        </View>
      </SectionCard>
    </View>
  );
}
