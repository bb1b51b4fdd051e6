import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { MyProfile, ProfileInput } from '../../../../../types/actions';
import { HOME_PROVINCE } from '../../../../../types/catalogue';
import { ErrorState } from '../../../../components/ErrorState';
import { FormActions } from '../../../../components/FormActions';
import { LoadingState } from '../../../../components/LoadingState';
import { Notice } from '../../../../components/Notice';
import { PageShell } from '../../../../components/PageShell';
import { ProfileForm } from '../../../../components/ProfileForm';
import { ROUTES } from '../../../../constants/routes';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { useForm } from '../../../../hooks/useForm';
import { useSessionGuard } from '../../../../hooks/useSessionGuard';
import { useSubmit } from '../../../../hooks/useSubmit';
import { refetchWhoAmI } from '../../../../hooks/useWhoAmI';
import { formatDateTime } from '../../../../utils/dates';
import { goBackOr } from '../../../../utils/navigation';
import { PROFILE_FIELD_LABELS, profileProblems, trimmedProfile } from '../../../../utils/profileForm';
import { refusalAtField } from '../../../../utils/validation';
import './index.scss';

const EMPTY: ProfileInput = {
  name: '',
  mobile: '',
  workUnit: '',
  title: '',
  province: '',
  city: '',
  expertise: [],
  industries: [],
};

/** One's own profile: who they are and where they work (experts and station heads must complete it). */
export default function ProfileEditPage() {
  const profile = useApiQuery('profile.get', {});
  const redirecting = useSessionGuard({ error: profile.error, data: null });
  const form = useForm<ProfileInput>(EMPTY, profileProblems);
  const { reset } = form;
  const save = useSubmit('profile.update');
  const [saveError, setSaveError] = useState<string | null>(null);
  const filled = useRef(false);

  useEffect(() => {
    if (filled.current || !profile.settled || profile.error) return;
    filled.current = true;
    if (profile.data) reset(toInput(profile.data));
  }, [profile.settled, profile.error, profile.data, reset]);

  const submit = async () => {
    setSaveError(null);
    if (!form.check()) return;
    const result = await save.submit(trimmedProfile(form.values));
    if (!result.ok) {
      const atField = refusalAtField(result.message, PROFILE_FIELD_LABELS);
      if (atField) form.refuse(atField.field, atField.message);
      else setSaveError(result.message);
      return;
    }
    profile.replace(result.data);
    // Every page shows the name and whether the profile is complete.
    void refetchWhoAmI();
    void Taro.showToast({ title: '已保存', icon: 'success' });
    setTimeout(() => goBackOr(ROUTES.me), 800);
  };

  if (redirecting) return <PageShell />;
  if (!profile.settled || (profile.loading && !filled.current)) {
    return (
      <PageShell>
        <LoadingState cards={3} />
      </PageShell>
    );
  }
  if (profile.error && !filled.current) {
    return (
      <PageShell>
        <View className="profile-edit__card">
          <ErrorState message={profile.error.message} onRetry={profile.refetch} />
        </View>
      </PageShell>
    );
  }

  const saved = profile.data;
  return (
    <PageShell className="profile-edit">
      {!saved ? (
        <Notice tone="warn" title="请完善个人资料">
          <Text>专家与站长须填写完整资料后才能签到、邀请成员等操作。</Text>
        </Notice>
      ) : !saved.complete ? (
        <Notice tone="warn" title="资料尚未完善">
          <Text>请补全带 * 的项目：专家与站长须填写完整资料后才能开展工作。</Text>
        </Notice>
      ) : (
        <Notice tone={saved.outOfProvince ? 'success' : 'info'} title={saved.outOfProvince ? '省外专家' : '资料已完善'}>
          <Text>
            {saved.outOfProvince
              ? `您的工作单位在${saved.province}，服务计入工作站的「省外专家」人数。`
              : `您的工作单位在${HOME_PROVINCE}内。`}
            最近更新：{formatDateTime(saved.updatedAt)}
          </Text>
        </Notice>
      )}
      <View className="profile-edit__form">
        <ProfileForm form={form} />
      </View>
      {saveError && (
        <Notice tone="error" title="保存未成功">
          <Text>{saveError}</Text>
        </Notice>
      )}
      <FormActions>
        <Button block type="primary" size="large" loading={save.submitting} onClick={() => void submit()}>
          保存
        </Button>
      </FormActions>
    </PageShell>
  );
}

function toInput(profile: MyProfile): ProfileInput {
  const { name, mobile, workUnit, title, province, city, expertise, industries } = profile;
  return { name, mobile, workUnit, title, province, city, expertise: [...expertise], industries: [...industries] };
}
