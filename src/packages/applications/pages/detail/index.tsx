import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { ApplicationDetail } from '../../../../../types/actions';
import { APPLICATION_STATUS_LABELS } from '../../../../../types/catalogue/applications';
import { ApplicationChanges } from '../../../../components/ApplicationChanges';
import { ApplicationContentView } from '../../../../components/ApplicationContentView';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { LevelBadge } from '../../../../components/LevelBadge';
import { LoadingState } from '../../../../components/LoadingState';
import { Notice } from '../../../../components/Notice';
import { PageShell } from '../../../../components/PageShell';
import { RecognisedStation } from '../../../../components/RecognisedStation';
import { ExportButton } from '../../../../components/ExportButton';
import { ReviewActions } from '../../../../components/ReviewActions';
import { ReviewProgress } from '../../../../components/ReviewProgress';
import { ReviewTimeline } from '../../../../components/ReviewTimeline';
import { SectionCard } from '../../../../components/SectionCard';
import { StatusBadge } from '../../../../components/StatusBadge';
import { ROUTES, withQuery } from '../../../../constants/routes';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { usePullDownRefetch } from '../../../../hooks/useListPage';
import { useRefetchOnShow } from '../../../../hooks/useRefetchOnShow';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import { APPLICATION_STATUS_TONES, reviewProgress } from '../../../../utils/applicationReview';
import { formatDate } from '../../../../utils/dates';
import './index.scss';

/**
 * One 申报书 (`?applicationId=`, where subscribe messages open it): where its review stands, what
 * the last submission changed, the content as submitted and the city's steps; the society edits
 * it while it may, the city takes its next step.
 */
export default function ApplicationDetailPage() {
  const { params } = useRouter();
  const applicationId = params.applicationId ?? '';
  const application = useApiQuery('applications.get', { applicationId }, { enabled: applicationId !== '' });
  const me = useWhoAmI();
  usePullDownRefetch(application.refetch);
  // Back from the edit page, the application may have changed.
  useRefetchOnShow(() => void application.refetch());

  if (!applicationId) {
    return (
      <PageShell>
        <EmptyState title="未指定申报书" description="请从建站申报列表进入。" glyph="申" />
      </PageShell>
    );
  }
  if (!application.data) {
    return application.error ? (
      <PageShell>
        <ErrorState message={application.error.message} onRetry={application.refetch} />
      </PageShell>
    ) : (
      <LoadingState cards={3} />
    );
  }
  const current = application.data;
  return (
    <ApplicationView
      application={current}
      openid={me.data?.openid ?? ''}
      onChanged={(changed) => {
        // The step's answer at once; the files' URLs come with the reload.
        application.replace({ ...changed, fileUrls: current.fileUrls });
        void application.refetch();
      }}
    />
  );
}

function ApplicationView({
  application,
  openid,
  onChanged,
}: {
  application: ApplicationDetail;
  openid: string;
  onChanged: (application: ApplicationDetail) => void;
}) {
  const { content, reviews, changes } = application;
  const last = reviews[reviews.length - 1];
  const head = content.staff.find((member) => member.isHead);
  const canEdit = application.commands.includes('edit');
  return (
    <PageShell className="application-detail">
      <View className="application-detail__hero">
        <View className="application-detail__badges">
          <StatusBadge
            label={APPLICATION_STATUS_LABELS[application.status]}
            tone={APPLICATION_STATUS_TONES[application.status]}
          />
          <LevelBadge level={application.level} />
          {application.version > 0 && <StatusBadge label={`第 ${application.version} 版`} tone="muted" />}
        </View>
        <Text className="application-detail__title">{content.stationName || '未命名的工作站'}</Text>
        <Text className="application-detail__society">
          {application.societyName}
          {application.submittedAt ? ` · ${formatDate(application.submittedAt)} 提交` : ' · 尚未提交'}
        </Text>
      </View>

      <View className="application-detail__progress">
        <ReviewProgress steps={reviewProgress(application.status, reviews)} />
      </View>

      {application.status === 'returned' && last?.step === 'returned' && (
        <Notice tone="warn" title="市科协退回修改">
          <Text>{last.opinion}</Text>
        </Notice>
      )}
      {application.status === 'refused' && last?.step === 'refused' && (
        <Notice tone="error" title="不予通过">
          <Text>{last.opinion}</Text>
        </Notice>
      )}

      {application.stationId && (
        <SectionCard title="工作站">
          <RecognisedStation
            stationId={application.stationId}
            invitationCode={application.headInvitationCode}
            headName={head?.name ?? ''}
          />
        </SectionCard>
      )}

      <View className="application-detail__print">
        <ExportButton
          action="applications.document"
          data={{ applicationId: application.id }}
          label="打印申报书（Word）"
        />
      </View>

      {canEdit && (
        <View className="application-detail__edit">
          <Button
            type="primary"
            block
            onClick={() =>
              void Taro.navigateTo({ url: withQuery(ROUTES.applicationEdit, { applicationId: application.id }) })
            }
          >
            修改申报书
          </Button>
        </View>
      )}

      {application.version > 1 && changes.length > 0 && (
        <SectionCard title="本版修改" extra={`第 ${application.version} 版 · ${changes.length} 处`}>
          <ApplicationChanges changes={changes} />
        </SectionCard>
      )}

      {application.commands.some((command) => command !== 'edit' && command !== 'submit') && (
        <SectionCard title="审核办理">
          <ReviewActions application={application} openid={openid} onChanged={onChanged} />
        </SectionCard>
      )}

      <SectionCard title="审核记录" extra={reviews.length > 0 ? `${reviews.length} 条` : undefined}>
        <View className="application-detail__card">
          {reviews.length > 0 ? (
            <ReviewTimeline entries={reviews} fileUrls={application.fileUrls} />
          ) : (
            <Text className="application-detail__empty">
              {application.version > 0 ? '已提交，等待市科协审核。' : '申报书尚未提交。'}
            </Text>
          )}
        </View>
      </SectionCard>

      <ApplicationContentView
        content={content}
        budgetTotalFen={application.budgetTotalFen}
        fileUrls={application.fileUrls}
      />
    </PageShell>
  );
}
