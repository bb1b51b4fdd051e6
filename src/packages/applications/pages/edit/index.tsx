import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { APPLICATION_STATUS_LABELS } from '../../../../../types/catalogue';
import { ApplicationEditor } from '../../../../components/ApplicationEditor';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { Notice } from '../../../../components/Notice';
import { PageShell } from '../../../../components/PageShell';
import { ROUTES, withQuery } from '../../../../constants/routes';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { useSessionGuard } from '../../../../hooks/useSessionGuard';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import './index.scss';

/** The society's 申报书 (`?applicationId=`), while it is a draft or sent back for changes. */
export default function ApplicationEditPage() {
  const { params } = useRouter();
  const applicationId = params.applicationId ?? '';
  const me = useWhoAmI();
  const redirecting = useSessionGuard(me);
  const application = useApiQuery('applications.get', { applicationId }, { enabled: applicationId !== '' });

  if (redirecting) return <PageShell />;
  if (!applicationId) {
    return (
      <PageShell>
        <ErrorState title="未指定申报书" message="请从建站申报列表进入。" onRetry={() => void Taro.navigateBack()} />
      </PageShell>
    );
  }
  if ((application.loading && !application.data) || (me.loading && !me.data)) return <LoadingState cards={4} />;
  if (application.error || !application.data || !me.data) {
    return (
      <PageShell>
        <ErrorState
          message={application.error?.message ?? me.error?.message ?? '加载失败'}
          onRetry={application.refetch}
        />
      </PageShell>
    );
  }
  const detail = application.data;
  if (!detail.commands.includes('submit')) {
    return (
      <PageShell className="application-edit">
        <View className="application-edit__closed">
          <Notice tone="info" title={`申报书${APPLICATION_STATUS_LABELS[detail.status]}`}>
            <Text>这份申报书现在不能修改：只有草稿和退回修改的申报书可以编辑。</Text>
          </Notice>
          <Button
            block
            type="primary"
            onClick={() =>
              void Taro.redirectTo({ url: withQuery(ROUTES.applicationDetail, { applicationId: detail.id }) })
            }
          >
            查看申报书
          </Button>
        </View>
      </PageShell>
    );
  }
  return (
    <PageShell className="application-edit">
      <ApplicationEditor key={detail.id} loaded={detail} me={me.data} />
    </PageShell>
  );
}
