import type { Role } from '../../../types/domain';
import { ROUTES, withQuery } from '../../constants/routes';

/** One tile of a role's home page. */
export interface HomeTile {
  /** A one-character mark drawn as its icon. */
  glyph: string;
  title: string;
  description: string;
  /** Where it leads; none while the feature is not built (the tile shows 即将开放). */
  route?: string;
  /**
   * One tile for each station (`stationId=`) or society (`societyId=`) the person's grants name;
   * for someone at several stations each description starts with its station's name.
   */
  each?: 'station' | 'society';
  /** The tile stands for the station itself, so its name starts the description even at one station. */
  named?: boolean;
}

/** What the home page shows someone in one role. */
export interface RoleHomeTable {
  /** The role's stations, above the tiles; allUrl: only a few are listed, with a link to the rest. */
  stations: { title: string; empty: string; allUrl?: string; hideSociety?: boolean };
  /** The title of the tiles' section. */
  section: string;
  tiles: readonly HomeTile[];
  /** Every tile is a station's, drawn station by station rather than tile by tile. */
  byStation?: boolean;
}

const QUOTA_PROGRESS: HomeTile = {
  glyph: '标',
  title: '年度任务进度',
  description: '本月还需完成什么，以及全年任务的完成进度',
  route: ROUTES.stationOverview,
};
const NEED_DESK: HomeTile = {
  glyph: '需',
  title: '需求管理',
  description: '受理技术需求、指派专家，或代需求单位登记',
  route: ROUTES.needList,
  each: 'station',
};
const UNIT_EVALUATIONS: HomeTile = {
  glyph: '评',
  title: '需求方评价',
  description: '需求单位的年度评价与服务评分',
  route: ROUTES.evaluations,
  each: 'station',
};
const CHECK_IN_CODE: HomeTile = {
  glyph: '码',
  title: '签到码',
  description: '生成今日签到码或张贴用的签到码海报',
  route: ROUTES.stationCode,
  each: 'station',
};

export const ROLE_HOMES: Record<Role, RoleHomeTable> = {
  expert: {
    stations: {
      title: '我的工作站',
      empty: '您尚未加入任何工作站的专家名单，请联系工作站站长。',
      allUrl: ROUTES.expertStations,
    },
    section: '专家服务',
    tiles: [
      { glyph: '任', title: '我的任务', description: '工作站指派给我的技术需求', route: ROUTES.expertNeeds },
      {
        glyph: '签',
        title: '到站签到 / 签退',
        description: '到工作站定位签到，服务结束后签退并填写服务内容',
        route: ROUTES.checkIn,
      },
      {
        glyph: '记',
        title: '服务记录',
        description: '按月查看每次服务的状态，以及手机上待发送的记录',
        route: ROUTES.myVisits,
      },
      {
        glyph: '证',
        title: '服务证明',
        description: '按年度汇总已确认的服务与评分，下载 Word 版盖章',
        route: ROUTES.expertStatement,
      },
    ],
  },
  station_head: {
    stations: { title: '本工作站', empty: '未找到您所在的工作站，请联系建站学会。' },
    section: '站务工作',
    tiles: [
      {
        glyph: '站',
        title: '本站管理',
        description: '站点信息、人员名单与邀请',
        route: ROUTES.stationDetail,
        each: 'station',
        named: true,
      },
      QUOTA_PROGRESS,
      NEED_DESK,
      UNIT_EVALUATIONS,
      {
        glyph: '审',
        title: '走访审批',
        description: '审批异地服务与补录的服务记录',
        route: ROUTES.visitReview,
        each: 'station',
      },
      CHECK_IN_CODE,
      {
        glyph: '考',
        title: '年度考核',
        description: '撰写、提交本站的自查报告，查看考核结果',
        route: ROUTES.assessment,
        each: 'station',
      },
    ],
  },
  station_staff: {
    stations: { title: '本工作站', empty: '未找到您所在的工作站，请联系建站学会。' },
    section: '站务工作',
    tiles: [
      {
        glyph: '站',
        title: '本站信息',
        description: '站点信息与站长',
        route: ROUTES.stationDetail,
        each: 'station',
        named: true,
      },
      QUOTA_PROGRESS,
      NEED_DESK,
      UNIT_EVALUATIONS,
      CHECK_IN_CODE,
    ],
  },
  society_admin: {
    stations: {
      title: '本学会的工作站',
      empty: '本学会尚无获认定的工作站。',
      allUrl: ROUTES.adminStationList,
      hideSociety: true,
    },
    section: '学会工作',
    tiles: [
      { glyph: '站', title: '工作站管理', description: '查看本学会的工作站，邀请站长', route: ROUTES.adminStationList },
      {
        glyph: '绩',
        title: '任务完成情况',
        description: '本学会各工作站的年度服务需求、专家人数与完成状态',
        route: ROUTES.quotaDashboard,
      },
      {
        glyph: '申',
        title: '建站申报',
        description: '填写申报书，提交市科协审核',
        route: ROUTES.applicationList,
        each: 'society',
      },
      {
        glyph: '会',
        title: '学会信息',
        description: '负责人、通讯地址与银行账户，填入每份申报书',
        route: ROUTES.societyRecord,
        each: 'society',
      },
      {
        glyph: '考',
        title: '年度考核',
        description: '各工作站的自查报告与考核进展，提出学会意见',
        route: ROUTES.assessmentRounds,
      },
      { glyph: '费', title: '经费', description: '各工作站的补助结余，记录支出', route: ROUTES.ledgerOverview },
      {
        glyph: '专',
        title: '专家库',
        description: '本学会各工作站的专家，邀请到其他工作站',
        route: ROUTES.expertPool,
        each: 'society',
      },
      {
        glyph: '评',
        title: '评价汇总',
        description: '各工作站的需求方年度评价与服务评分',
        route: ROUTES.evaluations,
        each: 'society',
      },
      {
        glyph: '报',
        title: '年度报告',
        description: '各工作站的年度完成情况、评价与名册，导出 Excel 与 Word',
        route: ROUTES.societyReport,
        each: 'society',
      },
      {
        glyph: '审',
        title: '操作记录',
        description: '本学会各工作站的修改、审批与状态变更记录',
        route: ROUTES.auditTrail,
        each: 'society',
      },
    ],
  },
  city_admin: {
    stations: { title: '全市工作站', empty: '全市尚无获认定的工作站。', allUrl: ROUTES.adminStationList },
    section: '市科协工作',
    tiles: [
      { glyph: '学', title: '学会管理', description: '登记建站学会，邀请学会管理员', route: ROUTES.adminSocieties },
      { glyph: '站', title: '工作站管理', description: '查看全部工作站，新建工作站', route: ROUTES.adminStationList },
      {
        glyph: '绩',
        title: '任务完成情况',
        description: '全市工作站的年度指标、状态分布与导出',
        route: ROUTES.quotaDashboard,
      },
      {
        glyph: '算',
        title: '重新核算统计',
        description: '按已确认的服务记录逐站核对并更正年度统计',
        route: ROUTES.quotaRebuild,
      },
      {
        glyph: '审',
        title: '建站审核',
        description: '审核学会的建站申报、实地考察与认定',
        route: withQuery(ROUTES.applicationList, { status: 'submitted' }),
      },
      {
        glyph: '失',
        title: '失信名单',
        description: '失信、涉黑涉恶单位和个人：添加、移出、从 Excel 导入',
        route: ROUTES.adminBlacklist,
      },
      { glyph: '费', title: '经费', description: '各站补助的拨付、支出、结余与退还', route: ROUTES.ledgerOverview },
      {
        glyph: '考',
        title: '年度考核',
        description: '开启年度考核，审阅自查报告与考核档案，评定合格与否',
        route: ROUTES.assessmentRounds,
      },
      {
        glyph: '汇',
        title: '评价汇总',
        description: '各站需求单位的年度评价、平均分与未提交名单',
        route: ROUTES.evaluationSummary,
      },
      {
        glyph: '审',
        title: '操作记录',
        description: '谁在何时改了什么：按工作站、人员、操作和日期查看并导出',
        route: ROUTES.auditTrail,
      },
    ],
  },
  demand_unit: {
    stations: { title: '本单位的工作站', empty: '未找到本单位的工作站，请联系建站学会。' },
    section: '需求服务',
    byStation: true,
    tiles: [
      {
        glyph: '需',
        title: '我的需求',
        description: '查看已提交需求的受理和服务进度',
        route: ROUTES.needList,
        each: 'station',
      },
      {
        glyph: '提',
        title: '提交需求',
        description: '把遇到的技术问题告诉工作站，受理后指派专家服务',
        route: ROUTES.needSubmit,
        each: 'station',
      },
      {
        glyph: '验',
        title: '现场验证码',
        description: '专家到场时，把验证码告诉专家完成签到',
        route: ROUTES.unitCode,
        each: 'station',
      },
      {
        glyph: '评',
        title: '年度评价',
        description: '对工作站这一年的服务作出评价',
        route: ROUTES.evaluations,
        each: 'station',
      },
    ],
  },
};
