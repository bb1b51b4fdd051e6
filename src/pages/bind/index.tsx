import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { InvitationStatus } from '../../../types/actions';
import type { ErrorCode } from '../../../types/errors';
import { CodeEntry } from '../../components/CodeEntry';
import { ErrorState } from '../../components/ErrorState';
import { InvitationPreviewCard } from '../../components/InvitationPreviewCard';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { PageShell } from '../../components/PageShell';
import { ROUTES } from '../../constants/routes';
import { rememberActiveRole } from '../../hooks/useActiveRole';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useSessionGuard } from '../../hooks/useSessionGuard';
import { useSubmit } from '../../hooks/useSubmit';
import { refetchWhoAmI } from '../../hooks/useWhoAmI';
import { codeFromParams } from '../../utils/invitationCode';
import './index.scss';

/** Why an invitation cannot be bound, when the preview says so by its status. */
const STATUS_NOTICES: Record<Exclude<InvitationStatus, 'active'>, string> = {
  expired: '该邀请码已过期，无法绑定。请联系邀请人重新发放。',
  revoked: '该邀请码已被邀请人撤销，无法绑定。请联系邀请人重新发放。',
  used_up: '该邀请码的使用人数已满，无法绑定。请联系邀请人重新发放。',
};

/** Failures that say something about the invitation itself (not a fault to retry). */
const INVITATION_FAILURES: Partial<Record<ErrorCode, string>> = {
  INVITATION_NOT_FOUND: '邀请码不存在',
  INVITATION_EXPIRED: '邀请码已过期',
  INVITATION_REVOKED: '邀请码已撤销',
  INVITATION_USED_UP: '邀请码已用完',
  INVITATION_NOT_YOURS: '邀请不是发给您的',
  INVALID_INPUT: '邀请码格式不正确',
  NOT_FOUND: '邀请码不存在',
};

/**
 * The page a mini-program code opens (`scene=i%3DCODE`), or a link (`code=CODE`), or a person
 * who types or scans a code: shows what binding will grant, then binds on confirmation.
 */
export default function BindPage() {
  const { params } = useRouter();
  const [code, setCode] = useState(() => codeFromParams(params));
  const preview = useApiQuery('invitations.preview', { code }, { enabled: code !== '' });
  const bind = useSubmit('invitations.bind');
  const [bindError, setBindError] = useState<{ code: ErrorCode; message: string } | null>(null);
  const [bound, setBound] = useState(false);
  const redirecting = useSessionGuard({ error: preview.error ?? bindError, data: null });

  const choose = (next: string) => {
    setBindError(null);
    if (next === code) preview.refetch();
    else setCode(next);
  };

  const confirm = async () => {
    setBindError(null);
    const result = await bind.submit({ code });
    if (!result.ok) {
      setBindError({ code: result.code, message: result.message });
      return;
    }
    setBound(true);
    rememberActiveRole(result.data.role.role);
    void refetchWhoAmI();
    void Taro.showToast({ title: result.data.alreadyHeld ? '您已拥有该身份' : '绑定成功', icon: 'success' });
    setTimeout(() => void Taro.reLaunch({ url: ROUTES.home }), 1200);
  };

  if (redirecting) return <PageShell />;
  const data = code && preview.data?.code === code ? preview.data : null;
  const failure = preview.error;
  const failureTitle = failure ? INVITATION_FAILURES[failure.code] : undefined;

  return (
    <PageShell className="bind">
      <View className="bind__hero">
        <Text className="bind__title">绑定邀请码</Text>
        <Text className="bind__lead">
          凭上级发放的邀请码获得相应身份：学会管理员、站长、工作人员、专家或需求单位联系人。
        </Text>
      </View>

      {code !== '' && (
        <View className="bind__body">
          {preview.loading && !data ? (
            <LoadingState cards={1} inset={false} />
          ) : failure && failureTitle ? (
            <Notice tone="error" title={`${failureTitle}：${code}`}>
              <Text>{failure.message}</Text>
            </Notice>
          ) : failure ? (
            <View className="bind__card">
              <ErrorState message={failure.message} onRetry={preview.refetch} />
            </View>
          ) : data ? (
            <>
              <InvitationPreviewCard preview={data} />
              {data.status !== 'active' ? (
                <Notice tone="error" title="无法绑定">
                  <Text>{STATUS_NOTICES[data.status]}</Text>
                </Notice>
              ) : data.alreadyHeld ? (
                <Notice tone="info" title="您已拥有该身份">
                  <Text>无需重复绑定，可直接返回首页使用。</Text>
                </Notice>
              ) : null}
              {bindError && (
                <Notice tone="error" title="绑定未成功">
                  <Text>{bindError.message}</Text>
                </Notice>
              )}
              <View className="bind__actions">
                {data.status === 'active' && !data.alreadyHeld ? (
                  <Button
                    block
                    size="large"
                    type="primary"
                    loading={bind.submitting}
                    disabled={bound}
                    onClick={() => void confirm()}
                  >
                    {bound ? '已绑定' : '确认绑定'}
                  </Button>
                ) : (
                  <Button block size="large" fill="outline" type="primary" onClick={goHome}>
                    返回首页
                  </Button>
                )}
              </View>
            </>
          ) : null}
        </View>
      )}

      <View className="bind__body">
        <Text className="bind__section">{code ? '换一个邀请码' : '输入邀请码'}</Text>
        <CodeEntry onCode={choose} busy={preview.loading && code !== ''} />
        <Text className="bind__help">
          邀请码由上级发放：学会管理员向市科协学会部索取，站长向建站学会索取，专家、工作人员与需求单位联系人向工作站站长索取。
        </Text>
      </View>
    </PageShell>
  );
}

function goHome() {
  void Taro.reLaunch({ url: ROUTES.home });
}
