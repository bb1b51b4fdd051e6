import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { AssessmentFile } from '../../../types/actions';
import { EXPENSE_CATEGORY_LABELS } from '../../../types/catalogue/applications';
import { INDUSTRY_LABELS } from '../../../types/catalogue/industries';
import { formatYuan } from '../../../types/catalogue/money';
import { COOPERATION_INTENT_LABELS, NEED_STATUS_LABELS } from '../../../types/catalogue/needs';
import { QUOTA_FIGURE_LABELS, QUOTA_FIGURES, QUOTA_STATUS_LABELS } from '../../../types/catalogue/quota';
import { ROLE_LABELS } from '../../../types/catalogue/roles';
import { SERVICE_TYPE_LABELS } from '../../../types/catalogue/serviceTypes';
import { STATION_LEVEL_LABELS } from '../../../types/catalogue/levels';
import { STATION_STATUS_LABELS } from '../../../types/catalogue/stations';
import { ROUTES, withQuery } from '../../constants/routes';
import { formatDate, formatMinutes } from '../../utils/dates';
import { InfoList } from '../InfoList';
import { SectionCard } from '../SectionCard';
import { StatusBadge } from '../StatusBadge';
import './index.scss';

/**
 * 考核档案: the station's year as the records have it (seed: 不得弄虚作假), read only, each part
 * under its own heading; needs and visits open their pages.
 */
export function AssessmentFileView({ file }: { file: AssessmentFile }) {
  const { station, quota, evaluation, roster, spending } = file;
  return (
    <View className="assessment-file">
      <View className="assessment-file__banner">
        <Text className="assessment-file__banner-title">考核档案 · 系统根据记录生成</Text>
        <Text className="assessment-file__banner-text">
          以下内容取自 {file.year} 年度封存的服务记录、需求、评价、人员与经费台账，任何人不能修改。
        </Text>
      </View>

      <SectionCard title="工作站">
        <InfoList
          items={[
            { label: '建站学会', value: station.societyName },
            { label: '级别', value: STATION_LEVEL_LABELS[station.level] },
            { label: '产业领域', value: INDUSTRY_LABELS[station.industry] },
            { label: '需求单位', value: station.demandUnitName },
            { label: '合作期', value: `${station.cooperationStart} 至 ${station.cooperationEnd}` },
            { label: '当前状态', value: STATION_STATUS_LABELS[station.status] },
          ]}
        />
      </SectionCard>

      <SectionCard
        title="年度任务完成情况"
        extra={
          <StatusBadge label={QUOTA_STATUS_LABELS[quota.status]} tone={quota.status === 'met' ? 'success' : 'danger'} />
        }
      >
        <View className="assessment-file__card">
          {QUOTA_FIGURES.map((figure) => (
            <View key={figure} className="assessment-file__quota">
              <Text className="assessment-file__quota-label">{QUOTA_FIGURE_LABELS[figure].label}</Text>
              <Text className="assessment-file__quota-figure">
                {quota.figures[figure]} / {quota.quota[figure]} {QUOTA_FIGURE_LABELS[figure].unit}
              </Text>
              <Text
                className={`assessment-file__quota-status assessment-file__quota-status--${quota.figureStatus[figure]}`}
              >
                {quota.quota[figure] === 0 ? '不作要求' : QUOTA_STATUS_LABELS[quota.figureStatus[figure]]}
              </Text>
            </View>
          ))}
          <Text className="assessment-file__note">全年确认的服务 {quota.confirmedVisits} 次</Text>
        </View>
      </SectionCard>

      <SectionCard title="服务的技术需求" extra={`${file.needsServed.length} 项`}>
        <View className="assessment-file__card">
          {file.needsServed.length === 0 ? (
            <Text className="assessment-file__empty">本年度没有得到服务的需求。</Text>
          ) : (
            file.needsServed.map((need) => (
              <View
                key={need.needId}
                className="assessment-file__line"
                onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.needDetail, { needId: need.needId }) })}
              >
                <Text className="assessment-file__line-title">{need.title}</Text>
                <Text className="assessment-file__line-meta">
                  {SERVICE_TYPE_LABELS[need.serviceType]} · {NEED_STATUS_LABELS[need.status]} · 服务 {need.visits} 次 ›
                </Text>
              </View>
            ))
          )}
        </View>
      </SectionCard>

      <SectionCard title="服务记录" extra={`${file.visitsTotal} 次`}>
        <View className="assessment-file__card">
          {file.visits.length === 0 ? (
            <Text className="assessment-file__empty">本年度没有确认的服务记录。</Text>
          ) : (
            file.visits.map((visit) => (
              <View
                key={visit.visitId}
                className="assessment-file__line"
                onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.visitDetail, { visitId: visit.visitId }) })}
              >
                <Text className="assessment-file__line-title">
                  {formatDate(visit.at)} · {visit.expertName}
                </Text>
                <Text className="assessment-file__line-meta">
                  {visit.needTitle} · {SERVICE_TYPE_LABELS[visit.serviceType]} · {formatMinutes(visit.minutes)} ›
                </Text>
              </View>
            ))
          )}
          {file.visitsTotal > file.visits.length && (
            <Text className="assessment-file__note">
              仅列出前 {file.visits.length} 次，共 {file.visitsTotal} 次，完整记录见导出的考核表。
            </Text>
          )}
        </View>
      </SectionCard>

      <SectionCard title="需求单位年度评价">
        {evaluation ? (
          <InfoList
            items={[
              { label: '总体评分', value: `${evaluation.overall} 分（满分 5 分）` },
              { label: '合作意向', value: COOPERATION_INTENT_LABELS[evaluation.intent] },
              { label: '评价', value: evaluation.comment || '（无文字评价）' },
              { label: '提交于', value: formatDate(evaluation.submittedAt) },
            ]}
          />
        ) : (
          <View className="assessment-file__card">
            <Text className="assessment-file__empty">需求单位未提交 {file.year} 年度评价。</Text>
          </View>
        )}
      </SectionCard>

      <SectionCard title="人员名单及变动" extra={`年末专家 ${roster.expertsAtYearEnd} 人`}>
        <View className="assessment-file__card">
          {roster.joined.length === 0 && roster.left.length === 0 ? (
            <Text className="assessment-file__empty">本年度人员名单没有变动。</Text>
          ) : (
            [
              ...roster.joined.map((person) => ({ ...person, change: '加入' })),
              ...roster.left.map((person) => ({ ...person, change: '退出' })),
            ].map((person) => (
              <Text key={`${person.change}-${person.name}-${person.at}`} className="assessment-file__person">
                {formatDate(person.at)} {person.change} · {person.name}（{ROLE_LABELS[person.role]}）
              </Text>
            ))
          )}
        </View>
      </SectionCard>

      <SectionCard title="经费使用" extra="单位：元">
        <View className="assessment-file__card">
          <View className="assessment-file__money">
            <Text>本年拨付</Text>
            <Text className="assessment-file__amount">{formatYuan(spending.grantedFen)}</Text>
          </View>
          {spending.byCategory.map((line) => (
            <View key={line.category} className="assessment-file__money assessment-file__money--category">
              <Text>{EXPENSE_CATEGORY_LABELS[line.category]}</Text>
              <Text className="assessment-file__amount">{formatYuan(line.amountFen)}</Text>
            </View>
          ))}
          <View className="assessment-file__money">
            <Text>本年支出合计</Text>
            <Text className="assessment-file__amount">{formatYuan(spending.spentFen)}</Text>
          </View>
          {spending.refundedFen > 0 && (
            <View className="assessment-file__money">
              <Text>退还</Text>
              <Text className="assessment-file__amount">{formatYuan(spending.refundedFen)}</Text>
            </View>
          )}
          <View className="assessment-file__money assessment-file__money--total">
            <Text>年末结余</Text>
            <Text className="assessment-file__amount">{formatYuan(spending.balanceAtYearEndFen)}</Text>
          </View>
        </View>
      </SectionCard>
    </View>
  );
}
