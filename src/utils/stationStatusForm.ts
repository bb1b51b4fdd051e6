import type { StationStatusInput } from '../../types/actions';
import { STATION_STATUS_LIMITS, type ClosureKind, type RevocationReason } from '../../types/catalogue';
import type { Attachment } from '../../types/domain';
import { onlyProblems, textProblem, type Problems } from './validation';

/** What the city does on the status page: each its own form. */
export type StatusAction = 'suspend' | 'resume' | 'revoke';

export const STATUS_ACTION_TITLES: Record<StatusAction, string> = {
  suspend: '暂停运行',
  resume: '恢复运行',
  revoke: '撤销工作站',
};

export interface StatusFormValues {
  reason: string;
  revocationReason: RevocationReason | '';
  documentNumber: string;
}

export type StatusField = keyof StatusFormValues | 'attachments';

export const STATUS_FIELD_LABELS: Record<StatusField, string> = {
  reason: '理由',
  revocationReason: '撤销原因',
  documentNumber: '撤销文号',
  attachments: '附件',
};

export function isStatusAction(value: string | undefined): value is StatusAction {
  return value === 'suspend' || value === 'resume' || value === 'revoke';
}

/** Every problem of the form at once; a revocation also needs the seed's reason, the document and a file. */
export function statusProblems(
  action: StatusAction,
  values: StatusFormValues,
  attachments: readonly Attachment[],
): Problems<StatusField> {
  const reasonLabel = action === 'revoke' ? '事实与理由' : STATUS_FIELD_LABELS.reason;
  const revoking = action === 'revoke';
  return onlyProblems({
    reason: textProblem(reasonLabel, values.reason, STATION_STATUS_LIMITS.reason),
    revocationReason: revoking && !values.revocationReason ? '请选择撤销原因' : undefined,
    documentNumber: revoking
      ? textProblem(STATUS_FIELD_LABELS.documentNumber, values.documentNumber, STATION_STATUS_LIMITS.documentNumber)
      : undefined,
    attachments: revoking && attachments.length === 0 ? '请上传撤销决定或相关证据，至少一个文件' : undefined,
  });
}

export function statusInput(stationId: string, values: StatusFormValues): StationStatusInput {
  return { stationId, reason: values.reason.trim() };
}

export interface ClosureFormValues {
  kind: ClosureKind | '';
  intoStationId: string;
  reason: string;
}

export type ClosureField = keyof ClosureFormValues | 'attachments';

export const CLOSURE_FIELD_LABELS: Record<ClosureField, string> = {
  kind: '申请类型',
  intoStationId: '并入工作站',
  reason: '申请理由',
  attachments: '书面申请',
};

export function closureProblems(values: ClosureFormValues, attachments: readonly Attachment[]): Problems<ClosureField> {
  return onlyProblems({
    kind: values.kind ? undefined : '请选择申请类型',
    intoStationId: values.kind === 'merge' && !values.intoStationId ? '请选择并入的工作站' : undefined,
    reason: textProblem(CLOSURE_FIELD_LABELS.reason, values.reason, STATION_STATUS_LIMITS.reason),
    attachments: attachments.length === 0 ? '请上传学会的书面申请，至少一个文件' : undefined,
  });
}
