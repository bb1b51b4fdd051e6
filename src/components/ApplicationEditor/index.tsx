import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useState, type ReactNode } from 'react';
import type { ApplicationDetail, WhoAmI } from '../../../types/actions';
import type { Attachment } from '../../../types/domain';
import {
  APPLICATION_LIMITS,
  APPLICATION_SECTIONS,
  APPLICATION_STATUS_LABELS,
  DEMAND_UNIT_TYPE_LABELS,
  INDUSTRY_LABELS,
  MIN_COOPERATION_YEARS,
  type ApplicationAttachmentKind,
  type ApplicationSection as Section,
  type DemandUnitType,
  type Industry,
} from '../../../types/catalogue';
import { capitalYuan, formatYuan } from '../../../types/catalogue/money';
import { ROUTES, withQuery } from '../../constants/routes';
import { useApplicationAutosave } from '../../hooks/useApplicationAutosave';
import { useApplicationForm } from '../../hooks/useApplicationForm';
import { useSubmit } from '../../hooks/useSubmit';
import { dropKeptApplication, keptApplication } from '../../services/applicationDrafts';
import { askToSubscribe } from '../../services/subscriptions';
import {
  applicationFieldProblems,
  budgetTotal,
  firstProblemSection,
  formFromContent,
  problemsBySection,
  sectionOfPath,
  withAttachments,
} from '../../utils/applicationForm';
import { APPLICATION_STATUS_TONES } from '../../utils/applicationBadges';
import { formatDateTime } from '../../utils/dates';
import { labelOptions } from '../../utils/labelOptions';
import { ApplicationAttachments } from '../ApplicationAttachments';
import { ApplicationSection } from '../ApplicationSection';
import { BudgetTable } from '../BudgetTable';
import { ChoiceChips } from '../ChoiceChips';
import { DateField } from '../DateField';
import { DraftSaveBar } from '../DraftSaveBar';
import { ExpertTable } from '../ExpertTable';
import { FormCard } from '../FormCard';
import { FormField } from '../FormField';
import { LevelBadge } from '../LevelBadge';
import { LocationField } from '../LocationField';
import { Notice } from '../Notice';
import { OptionPicker } from '../OptionPicker';
import { PLAN_YEARS, PhaseTable } from '../PhaseTable';
import { SocietyDetailsFields } from '../SocietyDetailsFields';
import { StaffTable } from '../StaffTable';
import { StatusBadge } from '../StatusBadge';
import { TextField } from '../TextField';
import './index.scss';

const UNIT_TYPE_OPTIONS = labelOptions(DEMAND_UNIT_TYPE_LABELS);
const INDUSTRY_OPTIONS = labelOptions(INDUSTRY_LABELS);

export interface ApplicationEditorProps {
  /** The application as it opened (a draft or sent back). */
  loaded: ApplicationDetail;
  me: WhoAmI;
}

/**
 * The 申报书, section by section in its order, each folded to its title and what would refuse a
 * submit in it; saved by itself as it is typed and kept on the phone until saved.
 */
export function ApplicationEditor({ loaded, me }: ApplicationEditorProps) {
  const [kept] = useState(() => keptApplication(loaded.id, loaded.updatedAt));
  const form = useApplicationForm(() => kept?.values ?? formFromContent(loaded.content));
  const [detail, setDetail] = useState(loaded);
  const autosave = useApplicationAutosave(loaded, form.values, kept !== null, setDetail);
  const [open, setOpen] = useState<ReadonlySet<Section>>(() => new Set(['cover']));
  const [uploading, setUploading] = useState<ReadonlySet<ApplicationAttachmentKind>>(() => new Set());
  const [saving, setSaving] = useState(false);
  const submitter = useSubmit('applications.submit');
  const [problem, setProblem] = useState<{ title: string; message: string } | null>(null);
  const { values, update } = form;
  const level = detail.level;
  const problems = problemsBySection(detail.problems);
  const lastReturn = [...detail.reviews].reverse().find((review) => review.step === 'returned');

  const toggle = (section: Section) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(section)) next.delete(section);
      else next.add(section);
      return next;
    });
  const reveal = (sections: readonly Section[]) => {
    setOpen((previous) => new Set([...previous, ...sections]));
    const first = APPLICATION_SECTIONS.find((section) => sections.includes(section));
    if (first) {
      void Taro.nextTick(() => {
        Taro.pageScrollTo({ selector: `#application-${first}`, offsetTop: -8, duration: 200 }).catch(() => {
          // Already in view, or the page cannot scroll: nothing to do.
        });
      });
    }
  };

  const attachmentsChanged = useCallback(
    (purpose: ApplicationAttachmentKind, files: Attachment[]) =>
      update('attachments', (previous) => withAttachments(previous, purpose, files)),
    [update],
  );
  const attachmentsBusy = useCallback((purpose: ApplicationAttachmentKind, busy: boolean) => {
    setUploading((previous) => {
      if (previous.has(purpose) === busy) return previous;
      const next = new Set(previous);
      if (busy) next.add(purpose);
      else next.delete(purpose);
      return next;
    });
  }, []);

  const saveDraft = async () => {
    setProblem(null);
    setSaving(true);
    const saved = await autosave.save();
    setSaving(false);
    if (!saved.ok) setProblem({ title: '草稿未能保存', message: saved.message });
    else void Taro.showToast({ title: '草稿已保存', icon: 'success' });
  };

  const submit = async () => {
    setProblem(null);
    // Asked first, inside the tap (WeChat allows it only there), and only when it may well go through.
    if (detail.problems.length === 0) void askToSubscribe(me.subscribeTemplates, ['application_status']);
    if (!form.check()) {
      reveal(Object.keys(applicationFieldProblems(values)).map(sectionOfPath));
      return;
    }
    const saved = await autosave.save();
    if (!saved.ok) {
      setProblem({ title: '未能保存，请稍后再提交', message: saved.message });
      return;
    }
    const current = saved.detail ?? detail;
    if (current.problems.length > 0) {
      setProblem({
        title: '还不能提交',
        message: `还有 ${current.problems.length} 处需要完善，已在各部分标出。`,
      });
      reveal(current.problems.map((item) => item.section));
      return;
    }
    const { confirm } = await Taro.showModal({
      title: '提交申报书',
      content: '提交后由市科协审核，审核期间不能修改。确定提交吗？',
      confirmText: '提交',
      cancelText: '再看看',
    });
    if (!confirm) return;
    const result = await submitter.submit({ applicationId: detail.id });
    if (!result.ok) {
      setProblem({ title: '未能提交', message: result.message });
      return;
    }
    dropKeptApplication(detail.id);
    void Taro.showToast({ title: '申报书已提交', icon: 'success' });
    void Taro.redirectTo({ url: withQuery(ROUTES.applicationDetail, { applicationId: detail.id }) });
  };

  const section = (id: Section, children: ReactNode, summary?: string) => (
    <ApplicationSection
      key={id}
      section={id}
      open={open.has(id)}
      onToggle={() => toggle(id)}
      problems={problems[id]}
      summary={summary}
    >
      {children}
    </ApplicationSection>
  );

  const total = budgetTotal(values.budget);
  const first = firstProblemSection(detail.problems);

  return (
    <View className="application-editor">
      <View className="application-editor__hero">
        <View className="application-editor__badges">
          <StatusBadge
            label={APPLICATION_STATUS_LABELS[detail.status]}
            tone={APPLICATION_STATUS_TONES[detail.status]}
          />
          <LevelBadge level={level} />
          {detail.version > 0 && <Text className="application-editor__version">第 {detail.version} 版</Text>}
        </View>
        <Text className="application-editor__society">{values.society.name}</Text>
        <Text className="application-editor__lead">
          {detail.problems.length > 0
            ? `还有 ${detail.problems.length} 处需要完善才能提交，点开各部分查看。`
            : '各部分已填写完整，可以提交。'}
          {autosave.status.kind === 'saved' ? '填写内容会自动保存。' : '填写内容会自动保存，保存后重新核对。'}
        </Text>
        {first && (
          <Text className="application-editor__jump" onClick={() => reveal([first])}>
            去完善第一处 ›
          </Text>
        )}
      </View>
      {kept && (
        <View className="application-editor__notice">
          <Notice tone="info" title="已恢复未保存的修改">
            <Text>已恢复您 {formatDateTime(kept.keptAt)} 在本机填写、尚未保存的内容，将自动保存。</Text>
          </Notice>
        </View>
      )}
      {lastReturn && detail.status === 'returned' && (
        <View className="application-editor__notice">
          <Notice tone="warn" title={`市科协退回修改（${formatDateTime(lastReturn.at)}）`}>
            <Text>{lastReturn.opinion}</Text>
          </Notice>
        </View>
      )}

      {section(
        'cover',
        <FormCard>
          <TextField
            label="工作站名称"
            required
            placeholder="如：中国有色金属学会贵阳铝加工工作站"
            limit={APPLICATION_LIMITS.stationName}
            {...form.bindText('stationName')}
          />
          <FormField label="申报单位">
            <Text className="application-editor__fixed">{values.society.name}</Text>
          </FormField>
          <FormField label="申报日期" required>
            <DateField
              title="申报日期"
              value={values.appliedOn}
              onChange={(appliedOn) => form.set('appliedOn', appliedOn)}
            />
          </FormField>
        </FormCard>,
        values.stationName.trim() || undefined,
      )}

      {section(
        'society',
        <FormCard>
          <TextField label="学会名称" required placeholder="学会全称" {...form.text('society', 'name')} />
          <FormField label="学会级别" hint="以市科协登记的级别为准，决定专家人数与补助上限">
            <View className="application-editor__level">
              <LevelBadge level={level} />
            </View>
          </FormField>
          <SocietyDetailsFields bind={(field) => form.text('society', field)} />
        </FormCard>,
      )}

      {section(
        'host',
        <FormCard>
          <TextField
            label="单位名称"
            required
            placeholder="需求单位全称"
            limit={APPLICATION_LIMITS.hostName}
            {...form.text('host', 'name')}
          />
          <FormField label="单位类型" required vertical>
            <ChoiceChips<DemandUnitType>
              options={UNIT_TYPE_OPTIONS}
              selected={values.host.type ? [values.host.type] : []}
              onToggle={(type) => form.patch('host', { type })}
            />
          </FormField>
          <TextField
            label="信用代码"
            required
            placeholder="统一社会信用代码，18 位"
            {...form.text('host', 'creditCode')}
          />
          <TextField
            label="法定代表人"
            required
            placeholder="姓名"
            limit={APPLICATION_LIMITS.legalRepresentative}
            {...form.text('host', 'legalRepresentative')}
          />
          <TextField
            label="法人身份证"
            placeholder="选填，18 位，核对失信名单用"
            {...form.text('host', 'legalRepresentativeIdNumber')}
          />
          <TextField
            label="单位地址"
            required
            placeholder="需求单位地址"
            limit={APPLICATION_LIMITS.hostAddress}
            {...form.text('host', 'address')}
          />
          <FormField
            label="工作站位置"
            required
            vertical
            error={form.errors['host.location']}
            hint="专家到站签到以此位置为准"
          >
            <LocationField
              value={values.host.location}
              onChange={(location) => form.patch('host', { location })}
              onAddress={(address) => update('host', (host) => (host.address.trim() ? host : { ...host, address }))}
            />
          </FormField>
          <TextField
            label="办公场所和设备"
            required
            rows={3}
            placeholder="需求单位提供的固定办公场所和设备，如：办公室 2 间（60 平方米），电脑 4 台"
            limit={APPLICATION_LIMITS.officeAndEquipment}
            {...form.text('host', 'officeAndEquipment')}
          />
        </FormCard>,
        values.host.name.trim() || undefined,
      )}

      {section(
        'overview',
        <FormCard>
          <FormField label="所属产业" required>
            <OptionPicker<Industry>
              title="所属产业"
              options={INDUSTRY_OPTIONS}
              value={values.industry}
              placeholder="请选择"
              onChange={(industry) => form.set('industry', industry)}
            />
          </FormField>
          <TextField
            label="服务内容"
            required
            rows={4}
            placeholder="工作站围绕哪些技术需求开展服务"
            limit={APPLICATION_LIMITS.serviceContent}
            {...form.bindText('serviceContent')}
          />
          <TextField
            label="预期目标"
            required
            rows={3}
            placeholder="两年内要达到的目标"
            limit={APPLICATION_LIMITS.expectedGoals}
            {...form.bindText('expectedGoals')}
          />
        </FormCard>,
      )}

      {section('phases', <PhaseTable form={form} />)}

      {section(
        'budget',
        <BudgetTable form={form} level={level} />,
        values.budget.length > 0 ? `合计 ￥${formatYuan(total)}（${capitalYuan(total)}）` : undefined,
      )}

      {section(
        'agreement',
        <FormCard>
          <FormField label="开始日期" required>
            <DateField
              title="协议开始日期"
              value={values.agreement.start}
              {...PLAN_YEARS}
              onChange={(start) => form.patch('agreement', { start })}
            />
          </FormField>
          <FormField
            label="结束日期"
            required
            error={form.errors['agreement.end']}
            hint={`合作期限不少于 ${MIN_COOPERATION_YEARS} 年`}
          >
            <DateField
              title="协议结束日期"
              value={values.agreement.end}
              {...PLAN_YEARS}
              onChange={(end) => form.patch('agreement', { end })}
            />
          </FormField>
          <TextField
            label="约定任务"
            required
            rows={3}
            placeholder="协议约定的科技研发项目或成果转化任务"
            limit={APPLICATION_LIMITS.agreementTask}
            {...form.text('agreement', 'task')}
          />
        </FormCard>,
      )}

      {section('staff', <StaffTable form={form} />)}

      {section('experts', <ExpertTable form={form} level={level} />, `${values.experts.length} 名专家`)}

      {section(
        'attachments',
        <ApplicationAttachments
          openid={me.openid}
          initial={values.attachments}
          onChange={attachmentsChanged}
          onBusyChange={attachmentsBusy}
        />,
      )}

      {problem && (
        <View className="application-editor__notice">
          <Notice tone="error" title={problem.title}>
            <Text>{problem.message}</Text>
          </Notice>
        </View>
      )}

      <DraftSaveBar
        status={autosave.status}
        saving={saving}
        submitting={submitter.submitting}
        busy={uploading.size > 0}
        onSave={() => void saveDraft()}
        onSubmit={() => void submit()}
      />
    </View>
  );
}
