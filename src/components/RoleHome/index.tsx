import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { RoleView } from '../../../types/actions';
import type { Role } from '../../../types/domain';
import { ROUTES, withQuery } from '../../constants/routes';
import type { StationsState } from '../../hooks/useStations';
import { openStation } from '../../utils/navigation';
import { stationsForRole } from '../../utils/roleStations';
import { ErrorState } from '../ErrorState';
import { FeatureEntry } from '../FeatureEntry';
import { LoadingState } from '../LoadingState';
import { SectionCard } from '../SectionCard';
import { StationList } from '../StationList';
import './index.scss';

export interface RoleHomeProps {
  role: Role;
  grants: readonly RoleView[];
  stations: StationsState;
}

/** How many stations the home page lists before 查看全部. */
const PREVIEW = 3;

const go = (url: string) => () => void Taro.navigateTo({ url });

/** The role-specific part of the home page. */
export function RoleHome({ role, grants, stations }: RoleHomeProps) {
  const mine = stationsForRole(stations.items, role, grants);
  const list = (title: string, empty: string, options: { allUrl?: string; hideSociety?: boolean } = {}) => {
    const count = role === 'city_admin' ? stations.total : mine.length;
    const shown = options.allUrl ? mine.slice(0, PREVIEW) : mine;
    return (
      <SectionCard
        title={title}
        extra={stations.loading || stations.error ? undefined : <Text className="role-home__count">共 {count} 个</Text>}
      >
        {stations.loading ? (
          <LoadingState cards={1} inset={false} />
        ) : stations.error ? (
          <ErrorState message={stations.error.message} onRetry={stations.refetch} />
        ) : (
          <>
            <StationList
              stations={shown}
              emptyTitle="暂无工作站"
              emptyDescription={empty}
              hideSociety={options.hideSociety}
              onSelect={(station) => openStation(station.id)}
            />
            {options.allUrl && count > shown.length && (
              <View className="role-home__all" onClick={go(options.allUrl)}>
                查看全部 {count} 个工作站 ›
              </View>
            )}
          </>
        )}
      </SectionCard>
    );
  };

  switch (role) {
    case 'expert':
      return (
        <View>
          {list('我的工作站', '您尚未加入任何工作站的专家名单，请联系工作站站长。', { allUrl: ROUTES.expertStations })}
          <SectionCard title="专家服务">
            <FeatureEntry
              glyph="任"
              title="我的任务"
              description="工作站指派给我的技术需求"
              onClick={go(ROUTES.expertNeeds)}
            />
            <FeatureEntry
              glyph="签"
              title="到站签到 / 签退"
              description="到工作站定位签到，服务结束后签退并填写服务内容"
              onClick={go(ROUTES.checkIn)}
            />
            <FeatureEntry
              glyph="记"
              title="服务记录"
              description="按月查看每次服务的状态，以及手机上待发送的记录"
              onClick={go(ROUTES.myVisits)}
            />
          </SectionCard>
        </View>
      );
    case 'station_head':
    case 'station_staff':
      return (
        <View>
          {list('本工作站', '未找到您所在的工作站，请联系建站学会。')}
          <SectionCard title="站务工作">
            {stationGrants(grants).map((grant) => (
              <FeatureEntry
                key={grant.stationId}
                glyph="站"
                title={role === 'station_head' ? '本站管理' : '本站信息'}
                description={
                  role === 'station_head'
                    ? `${grant.stationName ?? ''}：站点信息、人员名单与邀请`
                    : `${grant.stationName ?? ''}：站点信息与站长`
                }
                onClick={() => openStation(grant.stationId)}
              />
            ))}
            <FeatureEntry
              glyph="标"
              title="年度任务要求"
              description="按工作站级别查看年度服务需求与专家人数要求"
              onClick={go(ROUTES.stationOverview)}
            />
            {stationGrants(grants).map((grant) => (
              <FeatureEntry
                key={`needs-${grant.stationId}`}
                glyph="需"
                title="需求管理"
                description={`${atStation(grant, grants)}受理技术需求、指派专家，或代需求单位登记`}
                onClick={go(withQuery(ROUTES.needList, { stationId: grant.stationId }))}
              />
            ))}
            {stationGrants(grants).map((grant) => (
              <FeatureEntry
                key={`evaluations-${grant.stationId}`}
                glyph="评"
                title="需求方评价"
                description={`${atStation(grant, grants)}需求单位的年度评价与服务评分`}
                onClick={go(withQuery(ROUTES.evaluations, { stationId: grant.stationId }))}
              />
            ))}
            {role === 'station_head' &&
              stationGrants(grants).map((grant) => (
                <FeatureEntry
                  key={`review-${grant.stationId}`}
                  glyph="审"
                  title="走访审批"
                  description={`${atStation(grant, grants)}审批异地服务与补录的服务记录`}
                  onClick={go(withQuery(ROUTES.visitReview, { stationId: grant.stationId }))}
                />
              ))}
            {stationGrants(grants).map((grant) => (
              <FeatureEntry
                key={`code-${grant.stationId}`}
                glyph="码"
                title="签到码"
                description={`${atStation(grant, grants)}生成今日签到码或张贴用的签到码海报`}
                onClick={go(withQuery(ROUTES.stationCode, { stationId: grant.stationId }))}
              />
            ))}
          </SectionCard>
        </View>
      );
    case 'society_admin':
      return (
        <View>
          {list('本学会的工作站', '本学会尚无获认定的工作站。', { allUrl: ROUTES.adminStationList, hideSociety: true })}
          <SectionCard title="学会工作">
            <FeatureEntry
              glyph="站"
              title="工作站管理"
              description="查看本学会的工作站，邀请站长"
              onClick={go(ROUTES.adminStationList)}
            />
            <FeatureEntry
              glyph="绩"
              title="任务完成情况"
              description="本学会各工作站的年度服务需求、专家人数与完成状态"
              onClick={go(ROUTES.quotaDashboard)}
            />
            <FeatureEntry glyph="申" title="建站申报" description="填写申报书，提交市科协审核" comingSoon />
            <FeatureEntry glyph="专" title="专家库" description="管理本学会的进站专家名单" comingSoon />
            {societyIds(grants).map((societyId) => (
              <FeatureEntry
                key={`evaluations-${societyId}`}
                glyph="评"
                title="评价汇总"
                description="各工作站的需求方年度评价与服务评分"
                onClick={go(withQuery(ROUTES.evaluations, { societyId }))}
              />
            ))}
          </SectionCard>
        </View>
      );
    case 'city_admin':
      return (
        <View>
          {list('全市工作站', '全市尚无获认定的工作站。', { allUrl: ROUTES.adminStationList })}
          <SectionCard title="市科协工作">
            <FeatureEntry
              glyph="学"
              title="学会管理"
              description="登记建站学会，邀请学会管理员"
              onClick={go(ROUTES.adminSocieties)}
            />
            <FeatureEntry
              glyph="站"
              title="工作站管理"
              description="查看全部工作站，新建工作站"
              onClick={go(ROUTES.adminStationList)}
            />
            <FeatureEntry
              glyph="绩"
              title="任务完成情况"
              description="全市工作站的年度指标、状态分布与导出"
              onClick={go(ROUTES.quotaDashboard)}
            />
            <FeatureEntry
              glyph="算"
              title="重新核算统计"
              description="按已确认的服务记录逐站核对并更正年度统计"
              onClick={go(ROUTES.quotaRebuild)}
            />
            <FeatureEntry glyph="审" title="建站审核" description="审核学会的建站申报、实地考察与认定" comingSoon />
            <FeatureEntry
              glyph="考"
              title="年度考核"
              description="审阅自查报告与需求单位评价，评定合格与否"
              comingSoon
            />
          </SectionCard>
        </View>
      );
    case 'demand_unit':
      return (
        <View>
          {list('本单位的工作站', '未找到本单位的工作站，请联系建站学会。')}
          <SectionCard title="需求服务">
            {stationGrants(grants).map((grant) => (
              <View key={grant.stationId}>
                <FeatureEntry
                  glyph="需"
                  title="我的需求"
                  description={`${atStation(grant, grants)}查看已提交需求的受理和服务进度`}
                  onClick={go(withQuery(ROUTES.needList, { stationId: grant.stationId }))}
                />
                <FeatureEntry
                  glyph="提"
                  title="提交需求"
                  description={`${atStation(grant, grants)}把遇到的技术问题告诉工作站，受理后指派专家服务`}
                  onClick={go(withQuery(ROUTES.needSubmit, { stationId: grant.stationId }))}
                />
                <FeatureEntry
                  glyph="验"
                  title="现场验证码"
                  description={`${atStation(grant, grants)}专家到场时，把验证码告诉专家完成签到`}
                  onClick={go(withQuery(ROUTES.unitCode, { stationId: grant.stationId }))}
                />
                <FeatureEntry
                  glyph="评"
                  title="年度评价"
                  description={`${atStation(grant, grants)}对工作站这一年的服务作出评价`}
                  onClick={go(withQuery(ROUTES.evaluations, { stationId: grant.stationId }))}
                />
              </View>
            ))}
          </SectionCard>
        </View>
      );
  }
}

/** "<station>：" (only for a person at several stations) before a tile's description, so a person at two stations tells the tiles apart. */
function atStation(grant: RoleView, grants: readonly RoleView[]): string {
  return grant.stationName && stationGrants(grants).length > 1 ? `${grant.stationName}：` : '';
}

/** The societies a society admin's grants name, once each. */
function societyIds(grants: readonly RoleView[]): string[] {
  return [...new Set(grants.flatMap((grant) => grant.societyId ?? []))];
}

/** The stations a station head's or staff member's grants name, one entry each. */
function stationGrants(grants: readonly RoleView[]): Array<RoleView & { stationId: string }> {
  const seen = new Set<string>();
  return grants.filter((grant): grant is RoleView & { stationId: string } => {
    if (!grant.stationId || seen.has(grant.stationId)) return false;
    seen.add(grant.stationId);
    return true;
  });
}
