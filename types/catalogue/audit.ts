/**
 * The audit trail's words: what each recorded action is called, and each field an entry's
 * before/after may name, with how its values read. Only the admins' audit page and the server
 * use it, so it stays out of `./index` and the main package.
 */
import type { AuditAction } from '../domain';
import { APPLICATION_STATUS_LABELS, SOCIETY_FIELD_LABELS } from './applications';
import { ASSESSMENT_STATUS_LABELS } from './assessments';
import { INDUSTRY_LABELS } from './industries';
import { SOCIETY_LEVEL_LABELS } from './levels';
import { INVITATION_STATUS_LABELS, ROLE_LABELS } from './roles';
import {
  CLOSURE_STATUS_LABELS,
  DEMAND_UNIT_TYPE_LABELS,
  STATION_CHANGE_FIELD_LABELS,
  STATION_CHANGE_STATUS_LABELS,
  STATION_STATUS_LABELS,
} from './stations';
import { VISIT_STATUS_LABELS } from './visits';

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  'role.grant': '加入（绑定邀请码）',
  'role.revoke': '移出名单',
  'invitation.create': '生成邀请码',
  'invitation.revoke': '作废邀请码',
  'society.create': '登记学会',
  'society.update': '修改学会信息',
  'application.submit': '提交建站申报',
  'application.review': '审核建站申报',
  'station.create': '新建工作站',
  'station.update': '修改工作站信息',
  'station.change.request': '申请变更工作站',
  'station.change.decide': '审定工作站变更',
  'station.suspend': '暂停工作站',
  'station.resume': '恢复工作站运行',
  'station.revoke': '撤销工作站',
  'station.closure.request': '申请合并、重组或撤销',
  'station.closure.decide': '审定合并、重组或撤销',
  'visit.revoke': '撤销服务记录确认',
  'quota.rebuild': '重新核算年度统计',
  'quota.freeze': '封存年度数据',
  'quota.close.move': '调整封存日期',
  'blacklist.add': '添加失信名单',
  'blacklist.remove': '移出失信名单',
  'blacklist.import': '导入失信名单',
  'assessment.round.open': '开启年度考核',
  'assessment.round.deadline': '调整自查报告截止日期',
  'assessment.report': '提交或撤回自查报告',
  'assessment.comment': '学会提出考核意见',
  'assessment.review': '考核评审',
  'assessment.recommend': '考核推荐',
  'ledger.grant': '拨付补助',
  'ledger.expense': '记录支出',
  'ledger.refund': '确认退还结余',
};

/** The field names an entry's before/after may use. Statuses are named by their record, since their values read differently. */
export const AUDIT_FIELDS = [
  'name',
  'level',
  'supervisor',
  'contactName',
  'contactPhone',
  'creditCode',
  'headName',
  'headTitle',
  'address',
  'postcode',
  'bankAccountName',
  'bankName',
  'bankAccount',
  'financeOfficer',
  'radiusM',
  'demandUnit.name',
  'demandUnit.type',
  'demandUnit.address',
  'industry',
  'location',
  'cooperationStart',
  'cooperationEnd',
  'stationStatus',
  'changeStatus',
  'closureStatus',
  'visitStatus',
  'applicationStatus',
  'assessmentStatus',
  'invitationStatus',
  'role',
  'closesOn',
  'deadline',
  'balanceFen',
] as const;

export type AuditField = (typeof AUDIT_FIELDS)[number];

export const AUDIT_FIELD_LABELS: Record<AuditField, string> = {
  ...SOCIETY_FIELD_LABELS,
  // The same key names a station's or a society's name; the action says whose.
  name: '名称',
  radiusM: '签到半径',
  'demandUnit.name': `${STATION_CHANGE_FIELD_LABELS.demandUnit}名称`,
  'demandUnit.type': `${STATION_CHANGE_FIELD_LABELS.demandUnit}类型`,
  'demandUnit.address': `${STATION_CHANGE_FIELD_LABELS.demandUnit}地址`,
  industry: STATION_CHANGE_FIELD_LABELS.industry,
  location: STATION_CHANGE_FIELD_LABELS.location,
  cooperationStart: STATION_CHANGE_FIELD_LABELS.cooperationStart,
  cooperationEnd: STATION_CHANGE_FIELD_LABELS.cooperationEnd,
  stationStatus: '工作站状态',
  changeStatus: '变更申请',
  closureStatus: '撤并申请',
  visitStatus: '服务记录状态',
  applicationStatus: '申报状态',
  assessmentStatus: '考核状态',
  invitationStatus: '邀请码状态',
  role: '角色',
  closesOn: '封存日期',
  deadline: '截止日期',
  balanceFen: '经费结余',
};

/** The fields whose values are codes, read through their labels. */
export const AUDIT_VALUE_LABELS: Partial<Record<AuditField, Readonly<Record<string, string>>>> = {
  level: SOCIETY_LEVEL_LABELS,
  'demandUnit.type': DEMAND_UNIT_TYPE_LABELS,
  industry: INDUSTRY_LABELS,
  stationStatus: STATION_STATUS_LABELS,
  changeStatus: STATION_CHANGE_STATUS_LABELS,
  closureStatus: CLOSURE_STATUS_LABELS,
  visitStatus: VISIT_STATUS_LABELS,
  applicationStatus: APPLICATION_STATUS_LABELS,
  assessmentStatus: ASSESSMENT_STATUS_LABELS,
  invitationStatus: INVITATION_STATUS_LABELS,
  role: ROLE_LABELS,
};

/** How a value without a label reads: an amount in fen, a distance in metres, a place. */
export const AUDIT_VALUE_KINDS: Partial<Record<AuditField, 'fen' | 'metres' | 'place'>> = {
  balanceFen: 'fen',
  radiusM: 'metres',
  location: 'place',
};

/** What a before or after that had no value reads as. */
export const AUDIT_NO_VALUE = '（无）';

export const AUDIT_PAGE_SIZE = 20;

/** The most entries one export holds; past it the sheet says so and asks for narrower filters. */
export const AUDIT_EXPORT_MAX_ROWS = 5000;

/** A station's fields an edit or an approved change is audited by. */
export const STATION_AUDIT_FIELDS: readonly AuditField[] = [
  'name',
  'radiusM',
  'demandUnit.name',
  'demandUnit.type',
  'demandUnit.address',
  'industry',
  'location',
  'cooperationStart',
  'cooperationEnd',
];

/** Who an entry names when no person acted (the scheduled jobs), or the person gave no name. */
export const AUDIT_SYSTEM_ACTOR = '系统（定时任务）';
export const AUDIT_UNNAMED_ACTOR = '未填写姓名';
