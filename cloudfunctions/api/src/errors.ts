import type { ErrorCode } from '../../../types/errors';

/** The one place where an error code becomes words a person can act on. */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  UNKNOWN_ACTION: '不支持的操作，请将小程序更新到最新版本',
  INVALID_INPUT: '提交的内容有误，请检查后重试',
  UNAUTHENTICATED: '无法识别您的微信身份，请重新进入小程序',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_FOUND: '要查看的内容不存在或已被删除',
  CONFLICT: '操作冲突，请刷新后重试',
  PROFILE_INCOMPLETE: '请先完善个人资料（姓名、手机号、工作单位、职称、所在省市）再进行此操作',
  INVITATION_NOT_FOUND: '邀请码不存在，请核对后重新输入',
  INVITATION_EXPIRED: '邀请码已过期，请联系邀请人重新发放',
  INVITATION_REVOKED: '邀请码已被撤销，请联系邀请人',
  INVITATION_USED_UP: '邀请码的使用次数已满，请联系邀请人重新发放',
  STATION_HAS_HEAD: '该工作站已有站长；如需更换，请先由学会管理员移除现任站长',
  CONTENT_REJECTED: '提交的内容含有不适宜发布的信息，请修改后再提交',
  CONTENT_CHECK_UNAVAILABLE: '内容安全检测暂时不可用，内容尚未保存，请稍后重试',
  NEED_WRONG_STATUS: '该需求的状态已变化，请刷新后查看',
  NOT_ON_ROSTER: '所选专家不在本站的专家名册中，请刷新名册后重新选择',
  ATTACHMENT_INVALID: '附件不符合要求，请检查后重新上传',
  EVALUATION_EXISTS: '本工作站该年度的需求方评价已经提交，每年只能提交一次',
  VISIT_ALREADY_OPEN: '您还有一次服务没有签退，请先签退后再签到',
  VISIT_WRONG_STATUS: '这次服务的状态已变化，请刷新后查看',
  LOCATION_TOO_COARSE: '定位精度不足（误差超过 200 米），请到室外开阔处稍候再试',
  OUTSIDE_RADIUS: '您不在工作站的签到范围内；如确在外地服务，请填写原因并拍摄现场照片后按异地服务签到',
  OFF_SITE_PHOTO_REQUIRED: '异地服务签到须拍摄至少 1 张现场照片，供站长审核时查看；请拍照后再签到',
  ENTRY_TOO_LATE: '这条记录是 72 小时以前的，已不能补发，请联系站长补录',
  NEED_NOT_SERVABLE: '只能为本站已受理、服务中的需求签到',
  RATING_LOCKED: '评分提交 7 天后不能再修改',
  STATION_CODE_INVALID: '这不是本站有效的签到码，请扫描工作站张贴的最新签到码',
  CODE_EXPIRED: '验证码已过期，请让需求单位联系人刷新后重新输入',
  CODE_WRONG: '验证码不正确，请核对需求单位联系人手机上显示的 6 位数字',
  CODE_ATTEMPTS_EXCEEDED: '验证码输错次数过多，请 10 分钟后再试',
  YEAR_FROZEN: '该年度的任务数据已经封存，不能再更改；如有异议请联系市科协',
  STATION_NOT_OPERATING: '该工作站目前不在运行状态（已暂停或已撤销），不能进行此操作；历史记录仍可查看',
  VISIT_OVERLAPS: '这次服务的时间与您另一次已认可的服务重叠：同一时间只能在一个地方服务',
  MAKE_UP_TOO_OLD: '只能补卡最近 7 天内的服务；更早的服务请联系站长',
  MAKE_UP_IN_FUTURE: '补卡只能补已经结束的服务，结束时间不能晚于现在',
  MAKE_UP_LIMIT_REACHED: '本月的补卡次数已用完，下月 1 日起可再补卡',
  APPLICATION_INCOMPLETE: '申报书有缺项或格式不符的内容，按规定不予受理；请补全后再提交',
  AGREEMENT_TOO_SHORT: '项目合作协议的合作期限不少于两年，请核对协议的起止日期',
  EXPERTS_BELOW_QUOTA: '进站专家人数未达到本级工作站的年度专家要求',
  STATION_HEAD_COUNT: '工作站须设站长 1 名，请在工作人员中指定且只指定一名站长',
  BUDGET_FORBIDDEN_USE: '补助资金应确保专款专用，不得用于生产经营成本支出或支付各种罚款、捐款、赞助、投资、福利等',
  BUDGET_OVER_CAP: '经费预算合计超过了本级工作站的补助上限',
  PARTY_BLACKLISTED: '申报涉及的单位或个人在失信或涉黑涉恶名单中，按规定不受理申请',
  BLACKLIST_DUPLICATE: '名单中已有这一单位或个人（统一社会信用代码或身份证号相同，或无代码时名称相同）',
  BLACKLIST_SHEET_INVALID:
    '无法读取这个 Excel 文件，请使用名单模板的列（名称、统一社会信用代码/身份证号、类别、备注）后重新导入',
  CHANGE_NEEDS_APPROVAL: '需求单位、位置、产业和合作期限的变更须经市科协批准，请提交变更申请',
  CHANGE_PENDING: '本站已有一项变更申请在等待市科协审定，请待其审定后再提交新的申请',
  YEAR_NOT_CLOSED: '该年度尚未结束或尚未到关账日，不能开始考核',
  ROUND_NOT_OPEN: '该年度的考核尚未开始',
  ROUND_EXISTS: '该年度的考核已经开始',
  ASSESSMENT_WRONG_STATUS: '考核的状态已变化，请刷新后查看',
  ASSESSMENT_DEADLINE_PASSED: '自查报告的提交截止日期已过',
  REPORT_INCOMPLETE: '自查报告尚不完整，请补充后再提交',
  EXPENSE_FORBIDDEN_USE: '补助经费不得用于生产经营成本、罚款、捐款、赞助、投资和福利等支出',
  BALANCE_INSUFFICIENT: '支出金额超过本站经费结余',
  STATION_WRONG_STATUS: '工作站的状态已变化，请刷新后查看',
  CLOSURE_PENDING: '本站已有一项合并、重组或撤销申请在等待市科协审定，请待其审定后再提交新的申请',
  NEED_NOT_RESOLVED: '需求确认已解决后才有服务确认单；请待站长提议、需求单位确认已解决后再查看',
  REQUEST_IN_PROGRESS: '这项操作仍在处理中，请稍后刷新查看结果',
  NOT_CONFIGURED: '该功能尚未配置，请联系管理员',
  INVITATION_NOT_YOURS: '这份邀请是发给另一位专家的，只有被邀请人本人可以绑定',
  NOT_IN_POOL: '该专家不在本学会的专家库中',
  ALREADY_AT_STATION: '该专家已在这个工作站的专家名单中',
  ALREADY_INVITED: '已邀请该专家加入此工作站，请等待其接受',
  INTERNAL: '服务暂时不可用，请稍后重试',
  NETWORK: '网络不可用，请检查网络后重试',
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Replaces the generic message when the caller needs to know exactly what to fix. */
    readonly detail?: string,
  ) {
    super(detail ?? ERROR_MESSAGES[code]);
    this.name = 'AppError';
  }
}

export function invalidInput(detail: string): AppError {
  return new AppError('INVALID_INPUT', `提交的内容有误：${detail}`);
}
