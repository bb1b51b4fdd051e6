import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CheckInInput } from '../../../../../types/actions';
import type { NeedStatus, ServiceType } from '../../../../../types/domain';
import { CameraPhotos, type CameraPhotosValue } from '../../../../components/CameraPhotos';
import { ChoiceChips } from '../../../../components/ChoiceChips';
import { EmptyState } from '../../../../components/EmptyState';
import { FieldProblem } from '../../../../components/FieldProblem';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { Notice } from '../../../../components/Notice';
import { PageShell } from '../../../../components/PageShell';
import { PickList } from '../../../../components/PickList';
import { SectionCard } from '../../../../components/SectionCard';
import { StatusBadge } from '../../../../components/StatusBadge';
import { TextField } from '../../../../components/TextField';
import { ROUTES, withQuery } from '../../../../constants/routes';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { useForm } from '../../../../hooks/useForm';
import { useLocationFix } from '../../../../hooks/useLocationFix';
import { useStations } from '../../../../hooks/useStations';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import { sendOrKeep } from '../../../../services/outbox';
import { likelyNeed, planCheckIn, type CheckInPlan } from '../../../../utils/checkInPlan';
import { formatDateTime } from '../../../../utils/dates';
import { formatDistance, nearestFirst } from '../../../../utils/distance';
import { stationsForRole } from '../../../../utils/roleStations';
import { checkInProblems } from '../../../../utils/visitForms';
import { sceneFromParam, sceneFromScanPath } from '../../../../utils/stationScene';
import {
  NEED_STATUS_LABELS,
  SERVICE_TYPE_LABELS,
  VISIT_LIMITS,
  VISIT_PHOTO_LIMITS,
} from '../../../../../types/catalogue';
import { labelOptions } from '../../../../utils/labelOptions';
import './index.scss';

const SERVICE_OPTIONS = labelOptions(SERVICE_TYPE_LABELS);
const NO_PHOTOS: CameraPhotosValue = { fileIds: [], waiting: [] };
const SERVABLE: NeedStatus[] = ['in_service', 'accepted'];

/**
 * Check-in at a station (`?stationId=&needId=` from a need, or `?scene=` when the station's posted
 * code opened it): the expert's stations nearest first, the need served and the service type,
 * photos from the camera, and one big button at the bottom. Opened without a choice, it picks the
 * station in range and the need the expert most likely serves there; with one station in range
 * and one need assigned there only the confirmation is left. Without a network the entry is kept
 * on the phone and sent later.
 */
export default function CheckInPage() {
  const { params } = useRouter();
  const [scene, setScene] = useState(sceneFromParam(params.scene));
  const me = useWhoAmI();
  const current = useApiQuery('visits.current', {});
  const code = useApiQuery('stationCodes.resolve', { scene }, { enabled: scene !== '' });
  const stations = useStations({ pageSize: 100 });
  const position = useLocationFix();
  // What the expert is assigned and served last, to choose for them; a need given in the link needs neither.
  const choosing = !params.needId;
  const assigned = useApiQuery(
    'needs.list',
    { assignedToMe: true, statuses: SERVABLE, pageSize: 50 },
    { enabled: choosing },
  );
  const recent = useApiQuery('visits.mine', { page: 1, pageSize: 10 }, { enabled: choosing });

  const scannedStation = code.data?.verdict === 'valid' ? code.data.stationId : '';
  const [picked, setPicked] = useState(params.stationId ?? '');
  const stationId = scannedStation || picked;

  const expertStations = useMemo(
    () => stationsForRole(stations.items, 'expert', me.data?.roles.filter((role) => role.role === 'expert') ?? []),
    [stations.items, me.data],
  );
  const ranked = useMemo(
    () => nearestFirst(expertStations, position.fix?.location ?? null),
    [expertStations, position.fix],
  );

  // Chosen once, when the position (or its failure) and the lists are in; a station the expert picked first stays.
  const [plan, setPlan] = useState<CheckInPlan | null>(null);
  const planReady =
    choosing && !params.stationId && !position.locating && !stations.loading && assigned.settled && recent.settled;
  const assignedNeeds = assigned.data?.items;
  const recentVisits = recent.data?.items;
  useEffect(() => {
    if (!planReady || plan) return;
    const made = planCheckIn(ranked, assignedNeeds ?? [], recentVisits ?? []);
    setPlan(made);
    setPicked((already) => already || made.stationId);
  }, [planReady, plan, ranked, assignedNeeds, recentVisits]);
  const certain = plan?.certain === true && stationId === plan.stationId;
  const suggestedNeed =
    params.needId && stationId === params.stationId
      ? params.needId
      : (likelyNeed(stationId, assignedNeeds ?? [], recentVisits ?? [])?.id ?? '');

  const scan = async () => {
    try {
      // 'wxCode' (the round mini-program code) is a documented scanType that Taro's types lack.
      const scanType = ['wxCode', 'qrCode'] as unknown as Array<keyof Taro.scanCode.ScanType>;
      const result = await Taro.scanCode({ scanType });
      const scanned = sceneFromScanPath(result.path);
      if (scanned) setScene(scanned);
      else void Taro.showToast({ title: '这不是工作站的签到码', icon: 'none' });
    } catch {
      // Cancelled by the person.
    }
  };

  if (me.error) {
    return (
      <PageShell>
        <ErrorState message={me.error.message} onRetry={me.refetch} />
      </PageShell>
    );
  }
  if (current.data) {
    return (
      <PageShell className="check-in">
        <View className="check-in__body">
          <Notice
            tone="warn"
            title="您有一次服务尚未签退"
            action={
              <Button
                type="primary"
                onClick={() =>
                  void Taro.redirectTo({ url: withQuery(ROUTES.visitDetail, { visitId: current.data?.id }) })
                }
              >
                去签退
              </Button>
            }
          >
            <Text>
              {current.data.stationName} · {current.data.needTitle}，{formatDateTime(current.data.checkInAt)} 签到。
              签退后才能开始下一次服务。
            </Text>
          </Notice>
        </View>
      </PageShell>
    );
  }
  if (!me.data || !current.settled || stations.loading) return <LoadingState cards={3} />;

  return (
    <PageShell className="check-in">
      <View className="check-in__hero">
        <Text className="check-in__title">到站签到</Text>
        <Text className="check-in__where">
          {position.locating
            ? '正在定位…'
            : position.fix
              ? `已定位（精度约 ${position.fix.accuracyM} 米）`
              : (position.problem ?? '尚未定位')}
        </Text>
        <View className="check-in__hero-actions">
          <Text className="check-in__link" onClick={() => void position.locate()}>
            重新定位
          </Text>
          {process.env.TARO_ENV !== 'h5' && (
            <Text className="check-in__link" onClick={() => void scan()}>
              扫工作站签到码
            </Text>
          )}
        </View>
      </View>

      {scene !== '' && <SceneNotice loading={code.loading} check={code.data} failure={code.error?.message} />}
      {certain && (
        <Notice tone="success" title="已为您选好，核对后点底部「确认签到」">
          您在「{ranked.find(({ place }) => place.id === stationId)?.place.name}」的签到范围内，这里指派给您的需求只有「
          {assignedNeeds?.find((need) => need.id === plan.needId)?.title}」。
        </Notice>
      )}

      <SectionCard title="选择工作站">
        {stations.error ? (
          <ErrorState message={stations.error.message} onRetry={stations.refetch} />
        ) : ranked.length === 0 ? (
          <EmptyState
            title="您还不在任何工作站的专家名单中"
            description="请联系工作站站长邀请您加入后再签到。"
            glyph="站"
          />
        ) : (
          <PickList
            items={ranked.map(({ place, distanceM }) => ({
              id: place.id,
              title: place.name,
              detail: place.demandUnitName,
              extra:
                distanceM === null ? undefined : (
                  <Text className={distanceM <= place.radiusM ? 'check-in__near' : ''}>
                    {distanceM <= place.radiusM ? '在范围内' : `距您 ${formatDistance(distanceM)}`}
                  </Text>
                ),
            }))}
            selectedId={stationId}
            onSelect={setPicked}
            locked={scannedStation !== ''}
          />
        )}
      </SectionCard>

      {stationId && (
        <CheckInForm
          key={stationId}
          stationId={stationId}
          stationName={ranked.find(({ place }) => place.id === stationId)?.place.name ?? code.data?.stationName ?? ''}
          stationScene={scannedStation ? scene : undefined}
          suggestedNeedId={suggestedNeed}
          confirmOnly={certain}
          openid={me.data.openid}
          locate={position.locate}
        />
      )}
    </PageShell>
  );
}

function SceneNotice({
  loading,
  check,
  failure,
}: {
  loading: boolean;
  check: { stationName: string; verdict: 'valid' | 'not_yet' | 'expired' } | null;
  failure?: string;
}) {
  if (loading) return <Notice title="正在识别签到码…" />;
  if (failure || !check)
    return (
      <Notice tone="error" title="签到码无法识别">
        {failure}
      </Notice>
    );
  if (check.verdict === 'valid') {
    return (
      <Notice tone="success" title={`已识别「${check.stationName}」的签到码`}>
        本次签到按到站计，不再核对定位距离。
      </Notice>
    );
  }
  return (
    <Notice tone="error" title={check.verdict === 'expired' ? '签到码已过期' : '签到码尚未生效'}>
      请扫描工作站张贴的最新签到码，或直接用定位签到。
    </Notice>
  );
}

interface CheckInFormProps {
  stationId: string;
  stationName: string;
  stationScene?: string;
  /** Chosen until the expert picks a need: the one given in the link, or the one they most likely serve. */
  suggestedNeedId: string;
  /** Station and need were the only ones to fit: the button confirms. */
  confirmOnly: boolean;
  openid: string;
  locate: () => Promise<{ location: CheckInInput['location']; accuracyM: number } | null>;
}

type Outcome = { kind: 'kept'; at: string } | null;

function CheckInForm({
  stationId,
  stationName,
  stationScene,
  suggestedNeedId,
  confirmOnly,
  openid,
  locate,
}: CheckInFormProps) {
  const servable = useApiQuery('needs.list', { stationId, statuses: ['in_service', 'accepted'], pageSize: 50 });
  // Needs already being served first: the expert most often returns to one of them.
  const needs = [...(servable.data?.items ?? [])].sort(
    (a, b) => Number(b.status === 'in_service') - Number(a.status === 'in_service'),
  );
  const [chosenNeed, setChosenNeed] = useState<string | null>(null);
  const needId = chosenNeed ?? (needs.some((need) => need.id === suggestedNeedId) ? suggestedNeedId : '');
  const need = needs.find((candidate) => candidate.id === needId);
  // The need's own type until the expert chooses another.
  const [chosenType, setChosenType] = useState<ServiceType | ''>('');
  const serviceType = chosenType || need?.serviceType || '';
  const [photos, setPhotos] = useState<CameraPhotosValue>(NO_PHOTOS);
  const form = useForm({ offSite: false, offSiteReason: '', useUnitCode: false, unitCode: '' }, (values) =>
    checkInProblems(
      { ...values, needId, serviceType },
      { uploaded: photos.fileIds.length, waiting: photos.waiting.length },
    ),
  );
  const { offSite, useUnitCode, unitCode } = form.values;
  const { errors, set } = form;
  const [uploading, setUploading] = useState(false);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const onPhotos = useCallback((value: CameraPhotosValue) => setPhotos(value), []);
  const onBusy = useCallback((busy: boolean) => setUploading(busy), []);

  const chooseNeed = (id: string) => {
    setChosenNeed(id);
    setChosenType('');
  };

  const submit = async () => {
    setProblem(null);
    if (!form.check() || !serviceType) return;
    const reason = form.values.offSiteReason.trim();
    setSending(true);
    const at = new Date().toISOString();
    const fix = await locate();
    if (!fix) {
      setSending(false);
      return setProblem('无法获取位置：请允许站务通使用位置信息，并打开手机定位后重试');
    }
    const input: CheckInInput = {
      stationId,
      needId,
      serviceType,
      at,
      location: fix.location,
      accuracyM: fix.accuracyM,
      photos: photos.fileIds,
      ...(offSite && { offSiteReason: reason }),
      ...(stationScene && { stationScene }),
      ...(useUnitCode && { unitCode }),
    };
    const result = await sendOrKeep('visits.checkIn', input, {
      label: `签到 · ${stationName}`,
      localPhotos: photos.waiting,
      openid,
    });
    setSending(false);
    if (result.status === 'sent') {
      void Taro.redirectTo({ url: withQuery(ROUTES.visitDetail, { visitId: result.data.id, done: 'checkIn' }) });
    } else if (result.status === 'kept') {
      setOutcome({ kind: 'kept', at });
    } else {
      if (result.code === 'OUTSIDE_RADIUS') set('offSite', true);
      setProblem(result.message);
    }
  };

  if (outcome) {
    return (
      <View className="check-in__body">
        <Notice
          tone="warn"
          title="签到已保存在手机上，等待发送"
          action={
            <Button type="primary" onClick={() => void Taro.redirectTo({ url: ROUTES.myVisits })}>
              查看服务记录
            </Button>
          }
        >
          <Text>
            网络不可用。签到时间 {formatDateTime(outcome.at)} 和当时的位置已记下，联网后自动发送（72
            小时内有效），无需重复签到。
          </Text>
        </Notice>
      </View>
    );
  }

  return (
    <>
      <SectionCard title="服务的需求">
        {errors.needId && <FieldProblem message={errors.needId} />}
        {servable.error ? (
          <ErrorState message={servable.error.message} onRetry={servable.refetch} />
        ) : servable.loading && needs.length === 0 ? (
          <LoadingState cards={1} inset={false} />
        ) : needs.length === 0 ? (
          <EmptyState
            title="本站暂无可服务的需求"
            description="只能为已受理、服务中的需求签到，请联系站长受理需求。"
            glyph="需"
          />
        ) : (
          <PickList
            items={needs.map((need) => ({
              id: need.id,
              title: need.title,
              detail: SERVICE_TYPE_LABELS[need.serviceType],
              extra: <StatusBadge label={NEED_STATUS_LABELS[need.status]} tone="progress" />,
            }))}
            selectedId={needId}
            onSelect={chooseNeed}
          />
        )}
      </SectionCard>

      <SectionCard title="服务类型">
        {errors.serviceType && <FieldProblem message={errors.serviceType} />}
        <ChoiceChips options={SERVICE_OPTIONS} selected={serviceType ? [serviceType] : []} onToggle={setChosenType} />
      </SectionCard>

      <SectionCard title={offSite ? '现场照片（异地服务至少 1 张）' : '现场照片（选填）'}>
        {errors.photos && <FieldProblem message={errors.photos} />}
        <CameraPhotos openid={openid} max={VISIT_PHOTO_LIMITS.checkIn} onChange={onPhotos} onBusyChange={onBusy} />
      </SectionCard>

      <View className="check-in__body">
        {!stationScene && (
          <View className="check-in__options">
            <Text className="check-in__link" onClick={() => set('useUnitCode', !useUnitCode)}>
              {useUnitCode ? '不用验证码' : '定位不准？改用需求方验证码'}
            </Text>
            <Text className="check-in__link" onClick={() => set('offSite', !offSite)}>
              {offSite ? '我在工作站现场' : '我在外地服务'}
            </Text>
          </View>
        )}
        {useUnitCode && (
          <TextField
            label="需求方验证码"
            hint="请需求单位联系人打开「现场验证码」，念出 6 位数字"
            error={errors.unitCode}
            type="digit"
            placeholder="6 位数字"
            value={unitCode}
            onChange={(value) => set('unitCode', value.replace(/\D/g, ''))}
          />
        )}
        {offSite && (
          <TextField
            label="异地服务原因"
            required
            hint="按异地服务签到须拍摄至少 1 张现场照片，签退后须经站长审核确认才计入服务记录"
            placeholder="例如：在企业外协厂现场调试设备"
            limit={VISIT_LIMITS.offSiteReason}
            rows={3}
            {...form.bindText('offSiteReason')}
          />
        )}
      </View>

      {/* At the bottom of the screen wherever the page is scrolled: what will be recorded, and the button. */}
      <View className="check-in__bar">
        {problem ? (
          <Notice tone="error" title="未能签到">
            {problem}
          </Notice>
        ) : (
          <View className="check-in__summary">
            <Text className="check-in__summary-need">{need ? need.title : '请选择服务的需求'}</Text>
            <Text className="check-in__summary-station">{stationName}</Text>
          </View>
        )}
        <Button
          className="check-in__submit"
          type="primary"
          size="xlarge"
          block
          loading={sending}
          disabled={sending || uploading}
          onClick={() => void submit()}
        >
          {uploading ? '照片上传中…' : offSite ? '按异地服务签到' : confirmOnly ? '确认签到' : '签到'}
        </Button>
      </View>
    </>
  );
}
