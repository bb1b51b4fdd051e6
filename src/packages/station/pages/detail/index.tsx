import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback } from 'react';
import type { ActionResponse, StationDetail } from '../../../../../types/actions';
import { EmptyState } from '../../../../components/EmptyState';
import { ExportButton } from '../../../../components/ExportButton';
import { ErrorState } from '../../../../components/ErrorState';
import { FeatureEntry } from '../../../../components/FeatureEntry';
import { InfoList } from '../../../../components/InfoList';
import { LevelBadge } from '../../../../components/LevelBadge';
import { LoadingState } from '../../../../components/LoadingState';
import { PageShell } from '../../../../components/PageShell';
import { PersonCard } from '../../../../components/PersonCard';
import { SectionCard } from '../../../../components/SectionCard';
import { Notice } from '../../../../components/Notice';
import { StationChangePanel } from '../../../../components/StationChangePanel';
import { StationClosurePanel } from '../../../../components/StationClosurePanel';
import { StationStatusHistory } from '../../../../components/StationStatusHistory';
import { ROUTES, withQuery } from '../../../../constants/routes';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { usePullDownRefetch } from '../../../../hooks/useListPage';
import { useRefetchOnShow } from '../../../../hooks/useRefetchOnShow';
import { useSessionGuard } from '../../../../hooks/useSessionGuard';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import { mayViewAudit } from '../../../../utils/auditAccess';
import { mayViewLedger } from '../../../../utils/ledgerAccess';
import { mayViewEvaluations } from '../../../../utils/roleStations';
import { mayExportStation } from '../../../../utils/stationExports';
import { recentYears } from '../../../../utils/years';
import type { StatusAction } from '../../../../utils/stationStatusForm';
import {
  DEMAND_UNIT_TYPE_LABELS,
  INDUSTRY_LABELS,
  ROLE_LABELS,
  STATION_STATUS_LABELS,
} from '../../../../../types/catalogue';
import './index.scss';

/** One station: its particulars, its head, and what the caller may do there. */
export default function StationDetailPage() {
  const { params } = useRouter();
  const stationId = params.stationId ?? '';
  const station = useApiQuery('stations.get', { stationId }, { enabled: stationId !== '' });
  const changes = useApiQuery('stations.changes', { stationId }, { enabled: stationId !== '' });
  // The written requests are the society's and the city's, who are the ones who edit the station.
  const closures = useApiQuery('stations.closures', { stationId }, { enabled: station.data?.canEdit === true });
  const redirecting = useSessionGuard({ error: station.error, data: null });
  const { refetch: refetchStation } = station;
  const { refetch: refetchChanges } = changes;
  const { refetch: refetchClosures } = closures;
  const canEdit = station.data?.canEdit === true;
  const refetch = useCallback(
    () =>
      Promise.all([refetchStation(), refetchChanges(), ...(canEdit ? [refetchClosures()] : [])]).then(() => undefined),
    [refetchStation, refetchChanges, refetchClosures, canEdit],
  );
  // Back from editing (perhaps with a change request), the roster or the invitations.
  useRefetchOnShow(refetch);
  usePullDownRefetch(refetch);

  if (redirecting) return <PageShell />;
  if (!stationId) {
    return (
      <PageShell>
        <View className="station-detail__card">
          <EmptyState title="未指定工作站" description="请从工作站列表进入。" glyph="站" />
        </View>
      </PageShell>
    );
  }
  if (!station.data) {
    return (
      <PageShell>
        {station.error ? (
          <View className="station-detail__card">
            <ErrorState message={station.error.message} onRetry={station.refetch} />
          </View>
        ) : (
          <LoadingState cards={3} />
        )}
      </PageShell>
    );
  }
  return (
    <StationView
      station={station.data}
      changes={changes.data ?? null}
      closures={closures.data ?? null}
      onChanged={refetch}
    />
  );
}

function StationView({
  station,
  changes,
  closures,
  onChanged,
}: {
  station: StationDetail;
  changes: ActionResponse<'stations.changes'> | null;
  closures: ActionResponse<'stations.closures'> | null;
  onChanged: () => void;
}) {
  const me = useWhoAmI();
  const evaluationsVisible = mayViewEvaluations(me.data?.roles ?? [], station);
  const ledgerVisible = mayViewLedger(me.data?.roles ?? [], station);
  const exportsVisible = mayExportStation(me.data?.roles ?? [], station);
  const [thisYear] = recentYears(1);
  const auditVisible = mayViewAudit(me.data?.roles ?? [], station);
  const go = (route: string) => () => void Taro.navigateTo({ url: withQuery(route, { stationId: station.id }) });
  const { latitude, longitude } = station.location;
  const canInvite = station.canInvite.length > 0;
  const hasChanges = (changes?.items.length ?? 0) > 0;
  const statusAction = (action: StatusAction) => () =>
    void Taro.navigateTo({ url: withQuery(ROUTES.stationStatusChange, { stationId: station.id, action }) });
  const canChangeStatus = station.canSuspend || station.canResume || station.canRevoke || station.canRequestClosure;
  const hasClosures = (closures?.items.length ?? 0) > 0;
  return (
    <PageShell className="station-detail">
      <View className="station-detail__hero">
        <View className="station-detail__badges">
          <LevelBadge level={station.level} />
          <Text className={`station-detail__status station-detail__status--${station.status}`}>
            {STATION_STATUS_LABELS[station.status]}
          </Text>
        </View>
        <Text className="station-detail__name">{station.name}</Text>
        <Text className="station-detail__society">{station.societyName}</Text>
      </View>

      <StationBanners station={station} />

      {(station.canEdit || station.canManageRoster || canInvite || auditVisible) && (
        <SectionCard title="站务管理">
          {station.canEdit && (
            <FeatureEntry
              glyph="编"
              title="编辑工作站信息"
              description={
                station.canRequestChange
                  ? '名称与签到半径；需求单位、位置、产业和合作期限经市科协批准后变更'
                  : '名称、需求单位、位置与签到半径、合作期限'
              }
              onClick={go(ROUTES.adminStationEdit)}
            />
          )}
          {station.canManageRoster && (
            <FeatureEntry
              glyph="员"
              title="人员名单"
              description="站长、工作人员、专家与需求单位联系人"
              onClick={go(ROUTES.stationRoster)}
            />
          )}
          {canInvite && (
            <FeatureEntry
              glyph="邀"
              title="邀请成员"
              description={`可邀请：${station.canInvite.map((role) => ROLE_LABELS[role]).join('、')}`}
              onClick={go(ROUTES.invitations)}
            />
          )}
          {auditVisible && (
            <FeatureEntry
              glyph="审"
              title="操作记录"
              description="本站信息、人员、状态与经费的每一次修改：谁、何时、改了什么"
              onClick={() =>
                void Taro.navigateTo({
                  url: withQuery(ROUTES.auditTrail, { stationId: station.id, name: station.name }),
                })
              }
            />
          )}
        </SectionCard>
      )}

      {canChangeStatus && (
        <SectionCard title="运行状态">
          {station.canSuspend && (
            <FeatureEntry
              glyph="停"
              title="暂停运行"
              description="暂停期间不能签到、提交需求或发放邀请码"
              onClick={statusAction('suspend')}
            />
          )}
          {station.canResume && (
            <FeatureEntry
              glyph="复"
              title="恢复运行"
              description="解除暂停，恢复正常运行"
              onClick={statusAction('resume')}
            />
          )}
          {station.canRevoke && (
            <FeatureEntry
              glyph="撤"
              title="撤销工作站"
              description="按《试行办法》规定的情形强制撤销，不可恢复"
              onClick={statusAction('revoke')}
            />
          )}
          {station.canRequestClosure && (
            <FeatureEntry
              glyph="并"
              title="申请合并、重组或撤销"
              description="学会书面申请，经市科协批准后生效"
              onClick={go(ROUTES.closureRequest)}
            />
          )}
        </SectionCard>
      )}

      {closures && (station.closurePending || hasClosures) && (
        <SectionCard title="合并、重组或撤销申请">
          <StationClosurePanel closures={closures.items} canDecide={closures.canDecide} onDecided={onChanged} />
        </SectionCard>
      )}

      <SectionCard title="需求与服务">
        <FeatureEntry
          glyph="需"
          title="技术需求"
          description="需求单位提出的技术需求、受理与服务进度"
          onClick={go(ROUTES.needList)}
        />
        {evaluationsVisible && (
          <FeatureEntry
            glyph="评"
            title="需求方评价"
            description="需求单位的年度评价与关闭需求时的评分"
            onClick={go(ROUTES.evaluations)}
          />
        )}
        {ledgerVisible && (
          <FeatureEntry
            glyph="费"
            title="经费"
            description="补助的拨付、支出与结余，支出票据"
            onClick={go(ROUTES.ledgerStation)}
          />
        )}
      </SectionCard>

      {exportsVisible && (
        <SectionCard title="导出 Excel">
          <View className="station-detail__exports">
            <ExportButton
              action="reports.stationVisitLog"
              data={{ stationId: station.id, year: thisYear }}
              label={`${thisYear}年服务记录`}
            />
            <ExportButton action="reports.stationRoster" data={{ stationId: station.id }} label="进站专家信息表" />
          </View>
        </SectionCard>
      )}

      <SectionCard title="站长">
        {station.head ? (
          <View className="station-detail__head">
            <PersonCard person={station.head} />
          </View>
        ) : (
          <View className="station-detail__card">
            <EmptyState
              title="暂未设站长"
              description={
                station.canInvite.includes('station_head') ? '请在「邀请成员」中邀请站长。' : '由建站学会邀请站长。'
              }
              glyph="长"
            />
          </View>
        )}
      </SectionCard>

      {(station.changePending || station.canRequestChange || station.canDecideChange || hasChanges) && (
        <SectionCard title="变更申请">
          <StationChangePanel
            station={station}
            changes={changes?.items ?? null}
            canDecide={changes?.canDecide ?? false}
            onDecided={onChanged}
          />
        </SectionCard>
      )}

      <SectionCard title="状态记录">
        <StationStatusHistory entries={station.statusHistory} />
      </SectionCard>

      <SectionCard title="基本信息">
        <InfoList
          items={[
            { label: '产业领域', value: INDUSTRY_LABELS[station.industry] },
            { label: '需求单位', value: station.demandUnit.name },
            { label: '单位类型', value: DEMAND_UNIT_TYPE_LABELS[station.demandUnit.type] },
            { label: '单位地址', value: station.demandUnit.address },
            { label: '合作期限', value: `${station.cooperationStart} 至 ${station.cooperationEnd}` },
            { label: '签到位置', value: `北纬 ${latitude}，东经 ${longitude}` },
            { label: '签到半径', value: `${station.radiusM} 米` },
          ]}
        />
      </SectionCard>
    </PageShell>
  );
}

/** Why the station takes no new work, and whether its agreement is ending or has ended (with where to renew it). */
function StationBanners({ station }: { station: StationDetail }) {
  const latest = station.statusHistory[station.statusHistory.length - 1];
  const renew = station.canEdit
    ? () => void Taro.navigateTo({ url: withQuery(ROUTES.adminStationEdit, { stationId: station.id }) })
    : undefined;
  const renewal = renew && (
    <Text className="station-detail__link" onClick={renew}>
      {station.canRequestChange ? '提交变更申请续签' : '修改合作期限'} ›
    </Text>
  );
  const agreementEnds =
    station.agreementEndsInDays === 0 ? '今天到期' : `还有 ${station.agreementEndsInDays ?? 0} 天到期`;
  return (
    <>
      {station.status !== 'operating' && (
        <Notice
          tone={station.status === 'suspended' ? 'warn' : 'error'}
          title={`本站${STATION_STATUS_LABELS[station.status]}`}
        >
          <Text>
            {station.status === 'suspended' ? '暂停期间不能签到、提交需求或发放邀请码；' : '工作站不再开展工作；'}
            已有记录和往年数据仍可查看。{latest ? `理由：${latest.reason}` : ''}
          </Text>
        </Notice>
      )}
      {station.agreementEnded && (
        <Notice tone="error" title="合作协议已到期" action={renewal}>
          <Text>合作协议已于 {station.cooperationEnd} 到期，续签后请提交变更申请更新合作期限。</Text>
        </Notice>
      )}
      {station.agreementEndsInDays !== null && (
        <Notice tone="warn" title={`合作协议${agreementEnds}`} action={renewal}>
          <Text>合作协议将于 {station.cooperationEnd} 到期，如需续签，请及时提交变更申请更新合作期限。</Text>
        </Notice>
      )}
    </>
  );
}
