import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useCallback } from 'react';
import {
  ASSESSMENT_LIMITS,
  ASSESSMENT_METRIC_LABELS,
  ASSESSMENT_METRIC_UNIT_LABELS,
  ASSESSMENT_METRIC_UNITS,
  ASSESSMENT_TABLE_LIMITS,
  type AssessmentMetric,
} from '../../../types/catalogue/assessments';
import { capitalYuan } from '../../../types/catalogue/money';
import type { Attachment } from '../../../types/domain';
import {
  emptyEvidence,
  metricValue,
  type EvidenceRow,
  type MetricRow,
  type ReportField,
} from '../../utils/assessmentReport';
import type { Problems } from '../../utils/validation';
import { AttachmentPicker } from '../AttachmentPicker';
import { FieldProblem } from '../FieldProblem';
import { TextBox } from '../TextBox';
import { TextField } from '../TextField';
import './index.scss';

export interface MetricEditorProps {
  metric: AssessmentMetric;
  row: MetricRow;
  /** Changes the metric from its latest value (stable: the file pickers call it from their effects). */
  update: (metric: AssessmentMetric, change: (row: MetricRow) => MetricRow) => void;
  errors: Problems<ReportField>;
  onLeave: (field: ReportField) => void;
  openid: string;
  /** Stable: a piece of evidence (its key) is uploading or not. */
  onBusyChange: (key: string, busy: boolean) => void;
}

/** One metric of the 自查报告: its figure (yuan with capitals for a benefit) and its evidence. */
export function MetricEditor({ metric, row, update, errors, onLeave, openid, onBusyChange }: MetricEditorProps) {
  const money = ASSESSMENT_METRIC_UNITS[metric] === 'fen';
  const unit = ASSESSMENT_METRIC_UNIT_LABELS[ASSESSMENT_METRIC_UNITS[metric]];
  const fen = money ? metricValue(metric, row.value) : null;
  const full = row.evidence.length >= ASSESSMENT_TABLE_LIMITS.evidencePerMetric;
  return (
    <View className="metric-editor" id={`metric-${metric}`}>
      <Text className="metric-editor__title">{ASSESSMENT_METRIC_LABELS[metric]}</Text>
      <TextField
        label={`${money ? '金额' : '数量'}（${unit}）`}
        required
        type={money ? 'digit' : 'number'}
        placeholder={money ? '金额，单位元，如 120000' : '数量，没有填 0'}
        hint={
          money && fen !== null && row.value.trim() !== '' ? (
            <Text className="metric-editor__capital">人民币大写：{capitalYuan(fen)}</Text>
          ) : undefined
        }
        value={row.value}
        onChange={(value) => update(metric, (previous) => ({ ...previous, value }))}
        onBlur={() => onLeave(metric)}
        error={errors[metric]}
      />
      {row.evidence.map((item, index) => (
        <EvidenceEditor
          key={item.key}
          metric={metric}
          index={index}
          item={item}
          update={update}
          error={errors[`${metric}.${item.key}`]}
          openid={openid}
          onBusyChange={onBusyChange}
        />
      ))}
      {errors[`${metric}.evidence`] && <FieldProblem message={errors[`${metric}.evidence`] ?? ''} />}
      <View className="metric-editor__add">
        <Button
          size="small"
          fill="outline"
          type="primary"
          disabled={full}
          onClick={() =>
            update(metric, (previous) => ({ ...previous, evidence: [...previous.evidence, emptyEvidence()] }))
          }
        >
          ＋ 添加佐证
        </Button>
        <Text className="metric-editor__hint">
          {full
            ? `已达 ${ASSESSMENT_TABLE_LIMITS.evidencePerMetric} 条上限`
            : '文件、照片或公开链接，如批示、立项文件、获奖证书'}
        </Text>
      </View>
    </View>
  );
}

interface EvidenceEditorProps {
  metric: AssessmentMetric;
  index: number;
  item: EvidenceRow;
  update: MetricEditorProps['update'];
  error?: string;
  openid: string;
  onBusyChange: MetricEditorProps['onBusyChange'];
}

function EvidenceEditor({ metric, index, item, update, error, openid, onBusyChange }: EvidenceEditorProps) {
  const { key } = item;
  const change = useCallback(
    (patch: Partial<EvidenceRow>) =>
      update(metric, (row) => ({
        ...row,
        evidence: row.evidence.map((other) => (other.key === key ? { ...other, ...patch } : other)),
      })),
    [update, metric, key],
  );
  const onFiles = useCallback((attachments: Attachment[]) => change({ attachments }), [change]);
  const onBusy = useCallback((busy: boolean) => onBusyChange(key, busy), [onBusyChange, key]);
  const remove = () => {
    onBusyChange(key, false);
    update(metric, (row) => ({ ...row, evidence: row.evidence.filter((other) => other.key !== key) }));
  };
  return (
    <View className="metric-editor__evidence">
      <View className="metric-editor__evidence-head">
        <Text className="metric-editor__evidence-title">佐证 {index + 1}</Text>
        <Text className="metric-editor__remove" onClick={remove}>
          删除
        </Text>
      </View>
      <TextBox
        placeholder="说明，如：2026 年 5 月市领导批示采纳《关于…的建议》"
        rows={2}
        limit={ASSESSMENT_LIMITS.evidenceNote}
        value={item.description}
        onChange={(description) => change({ description })}
      />
      <AttachmentPicker
        openid={openid}
        purpose="assessments"
        initial={item.attachments}
        max={ASSESSMENT_TABLE_LIMITS.attachmentsPerEvidence}
        onChange={onFiles}
        onBusyChange={onBusy}
      />
      <TextBox
        placeholder="链接，以 https:// 开头，每行一个"
        rows={2}
        value={item.links}
        onChange={(links) => change({ links })}
      />
      {error && <FieldProblem message={error} />}
    </View>
  );
}
