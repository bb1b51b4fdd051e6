import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { ApplicationSummary } from '../../../../../types/actions';
import {
  APPLICATION_STATUS_LABELS,
  APPLICATION_STATUSES,
  type ApplicationStatus,
} from '../../../../../types/catalogue';
import { ApplicationCard } from '../../../../components/ApplicationCard';
import { ChoiceChips } from '../../../../components/ChoiceChips';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { Notice } from '../../../../components/Notice';
import { ExportButton } from '../../../../components/ExportButton';
import { PageShell } from '../../../../components/PageShell';
import { ROUTES, withQuery } from '../../../../constants/routes';
import { useListPage } from '../../../../hooks/useListPage';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useSessionGuard } from '../../../../hooks/useSessionGuard';
import { useSubmit } from '../../../../hooks/useSubmit';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import { EDITABLE_APPLICATION_STATUSES } from '../../../../utils/applicationBadges';
import './index.scss';

type StatusChoice = ApplicationStatus | 'all';

/**
 * 建站申报: the caller's applications, newest first (`?societyId=` names the society a society
 * admin applies for). A society admin starts one here and opens a draft or a returned one in the
 * form; everything else opens the application's page.
 */
export default function ApplicationListPage() {
  const { params } = useRouter();
  const me = useWhoAmI();
  const redirecting = useSessionGuard(me);
  // 建站审核 opens the list at what waits for the city (`?status=submitted`).
  const [status, setStatus] = useState<StatusChoice>(() => statusFrom(params.status));
  const applications = usePagedList('applications.list', status === 'all' ? {} : { status }, {
    keyOf: (application) => application.id,
  });
  useListPage(applications);
  const start = useSubmit('applications.start');
  const [problem, setProblem] = useState<string | null>(null);

  const adminOf = me.data?.roles.filter((role) => role.role === 'society_admin' && role.societyId) ?? [];
  const societyId = params.societyId ?? adminOf[0]?.societyId ?? '';
  const isSocietyAdmin = adminOf.some((role) => role.societyId === societyId);
  const isCity = me.data?.roles.some((role) => role.role === 'city_admin') ?? false;
  // The city never sees a society's draft.
  const statuses = APPLICATION_STATUSES.filter((choice) => isSocietyAdmin || choice !== 'draft');
  const statusOptions = [
    { value: 'all' as const, label: '全部' },
    ...statuses.map((choice) => ({ value: choice, label: APPLICATION_STATUS_LABELS[choice] })),
  ];

  const newApplication = async () => {
    setProblem(null);
    const result = await start.submit({ societyId });
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    void Taro.navigateTo({ url: withQuery(ROUTES.applicationEdit, { applicationId: result.data.id }) });
  };

  const open = (application: ApplicationSummary) => {
    const editing = isSocietyAdmin && EDITABLE_APPLICATION_STATUSES.includes(application.status);
    void Taro.navigateTo({
      url: withQuery(editing ? ROUTES.applicationEdit : ROUTES.applicationDetail, { applicationId: application.id }),
    });
  };

  if (redirecting) return <PageShell />;
  return (
    <PageShell className="application-list">
      <View className="application-list__head">
        <Text className="application-list__title">{isSocietyAdmin ? adminOf[0]?.societyName : '全市建站申报'}</Text>
        {isSocietyAdmin && (
          <View className="application-list__actions">
            <Button
              size="small"
              fill="outline"
              type="primary"
              onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.societyRecord, { societyId }) })}
            >
              学会信息
            </Button>
            <Button size="small" type="primary" loading={start.submitting} onClick={() => void newApplication()}>
              ＋ 新建申报
            </Button>
          </View>
        )}
        {isCity && (
          <ExportButton action="applications.export" data={status === 'all' || status === 'draft' ? {} : { status }} />
        )}
      </View>
      {problem && (
        <View className="application-list__notice">
          <Notice tone="error" title="未能新建申报书">
            <Text>{problem}</Text>
          </Notice>
        </View>
      )}
      <View className="application-list__filters">
        <ChoiceChips<StatusChoice> options={statusOptions} selected={[status]} onToggle={setStatus} />
      </View>
      <View className="application-list__items">
        {applications.loading ? (
          <LoadingState cards={2} inset={false} />
        ) : applications.error && applications.items.length === 0 ? (
          <ErrorState message={applications.error.message} onRetry={applications.refetch} />
        ) : applications.items.length === 0 ? (
          <EmptyState
            glyph="申"
            title={status === 'all' ? '还没有申报书' : '没有该状态的申报书'}
            description={
              isSocietyAdmin && status === 'all'
                ? '先在「学会信息」里填好负责人、通讯地址和银行账户，再点「新建申报」填写申报书，可随时保存草稿。'
                : undefined
            }
          />
        ) : (
          <View>
            {applications.items.map((application) => (
              <ApplicationCard
                key={application.id}
                application={application}
                showSociety={!isSocietyAdmin}
                onClick={() => open(application)}
              />
            ))}
            <Text className="application-list__end">
              {applications.loadingMore ? '加载中…' : applications.hasMore ? '上拉加载更多' : '没有更多了'}
            </Text>
          </View>
        )}
      </View>
    </PageShell>
  );
}

function statusFrom(param: string | undefined): StatusChoice {
  return (APPLICATION_STATUSES as readonly string[]).includes(param ?? '') ? (param as ApplicationStatus) : 'all';
}
