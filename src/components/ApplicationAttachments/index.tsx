import { View } from '@tarojs/components';
import { useCallback } from 'react';
import type { ApplicationAttachment } from '../../../types/application';
import type { Attachment } from '../../../types/domain';
import {
  APPLICATION_ATTACHMENT_KINDS,
  APPLICATION_ATTACHMENT_LABELS,
  APPLICATION_TABLE_LIMITS,
  type ApplicationAttachmentKind,
} from '../../../types/catalogue';
import { AttachmentPicker } from '../AttachmentPicker';
import { FormField } from '../FormField';

/** Each purpose's share of the application's files. */
const PER_PURPOSE = Math.floor(APPLICATION_TABLE_LIMITS.attachments / APPLICATION_ATTACHMENT_KINDS.length);

export interface ApplicationAttachmentsProps {
  openid: string;
  /** The files when the form opened; each picker keeps its own list from then on. */
  initial: readonly ApplicationAttachment[];
  onChange: (purpose: ApplicationAttachmentKind, files: Attachment[]) => void;
  onBusyChange: (purpose: ApplicationAttachmentKind, busy: boolean) => void;
}

/** 申报材料附件: the agreement, the service plan, the rules and the staff list, each uploaded on its own. */
export function ApplicationAttachments({ openid, initial, onChange, onBusyChange }: ApplicationAttachmentsProps) {
  return (
    <View>
      {APPLICATION_ATTACHMENT_KINDS.map((purpose) => (
        <PurposePicker
          key={purpose}
          purpose={purpose}
          openid={openid}
          initial={initial.filter((attachment) => attachment.purpose === purpose)}
          onChange={onChange}
          onBusyChange={onBusyChange}
        />
      ))}
    </View>
  );
}

interface PurposePickerProps extends Omit<ApplicationAttachmentsProps, 'initial'> {
  purpose: ApplicationAttachmentKind;
  initial: readonly ApplicationAttachment[];
}

function PurposePicker({ purpose, openid, initial, onChange, onBusyChange }: PurposePickerProps) {
  // Stable: the picker reports on every change of these.
  const changed = useCallback((files: Attachment[]) => onChange(purpose, files), [onChange, purpose]);
  const busy = useCallback((value: boolean) => onBusyChange(purpose, value), [onBusyChange, purpose]);
  return (
    <FormField label={APPLICATION_ATTACHMENT_LABELS[purpose]} required vertical>
      <AttachmentPicker
        openid={openid}
        purpose="applications"
        initial={initial}
        max={PER_PURPOSE}
        onChange={changed}
        onBusyChange={busy}
      />
    </FormField>
  );
}
