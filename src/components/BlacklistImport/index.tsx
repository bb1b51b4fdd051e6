import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { BlacklistImportResult } from '../../../types/actions';
import { BLACKLIST_KIND_LABELS } from '../../../types/catalogue';
import {
  BLACKLIST_IMPORT_COLUMNS,
  BLACKLIST_IMPORT_MAX_MB,
  BLACKLIST_IMPORT_MAX_ROWS,
} from '../../../types/catalogue/blacklist';
import { useSubmit } from '../../hooks/useSubmit';
import { cloudPathFor, extensionOf, uploadToCloud, type PickedFile } from '../../services/files';
import { Notice } from '../Notice';
import { WorkbookPickButton } from '../WorkbookPickButton';
import './index.scss';

export interface BlacklistImportProps {
  /** The uploader's OPENID: the server imports only a file from their own folder. */
  openid: string;
  onImported: (result: BlacklistImportResult) => void;
}

type Step = { kind: 'idle' } | { kind: 'uploading'; progress: number } | { kind: 'importing' };

const KINDS = Object.values(BLACKLIST_KIND_LABELS).join(' / ');

/** An Excel sheet of the list: picked, uploaded, read by the server, and what it added and skipped, row by row. */
export function BlacklistImport({ openid, onImported }: BlacklistImportProps) {
  const importSheet = useSubmit('blacklist.import');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [file, setFile] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<BlacklistImportResult | null>(null);

  const picked = async (picked: PickedFile) => {
    setProblem(null);
    setResult(null);
    setFile(picked.name);
    if (extensionOf(picked.name) !== 'xlsx') {
      setProblem(`「${picked.name}」不是 .xlsx 文件：请在 Excel 或 WPS 中另存为 .xlsx 后再导入`);
      return;
    }
    if (picked.size > BLACKLIST_IMPORT_MAX_MB * 1024 * 1024) {
      setProblem(`「${picked.name}」超过 ${BLACKLIST_IMPORT_MAX_MB} MB，请分批导入`);
      return;
    }
    setStep({ kind: 'uploading', progress: 0 });
    const uploaded = await uploadToCloud(picked, cloudPathFor('blacklist', openid, picked.name), (progress) =>
      setStep({ kind: 'uploading', progress }),
    );
    if (!uploaded.ok) {
      setStep({ kind: 'idle' });
      setProblem(uploaded.message);
      return;
    }
    setStep({ kind: 'importing' });
    const answer = await importSheet.submit({ fileId: uploaded.fileId });
    setStep({ kind: 'idle' });
    if (!answer.ok) {
      setProblem(answer.message);
      return;
    }
    setResult(answer.data);
    onImported(answer.data);
  };

  const busy = step.kind !== 'idle';
  return (
    <View className="blacklist-import">
      <Text className="blacklist-import__rules">
        第 1 行为列名：{Object.values(BLACKLIST_IMPORT_COLUMNS).join('、')}；类别填「{KINDS}」，备注可空。每次最多{' '}
        {BLACKLIST_IMPORT_MAX_ROWS} 行。证件号码一列请设为“文本”格式，否则 Excel 会丢掉末几位。
      </Text>
      <WorkbookPickButton disabled={busy || !openid} onPicked={(chosen) => void picked(chosen)} />
      {busy && (
        <Text className="blacklist-import__state">
          {step.kind === 'uploading' ? `正在上传「${file}」… ${step.progress}%` : `正在读取「${file}」…`}
        </Text>
      )}
      {problem && (
        <View className="blacklist-import__notice">
          <Notice tone="error" title="未能导入">
            <Text>{problem}</Text>
          </Notice>
        </View>
      )}
      {result && (
        <View className="blacklist-import__notice">
          <Notice
            tone={result.skipped.length > 0 ? 'warn' : 'success'}
            title={`已导入 ${result.added} 条${result.skipped.length > 0 ? `，${result.skipped.length} 行未导入` : ''}`}
          >
            {result.skipped.map((skipped) => (
              <Text key={skipped.row} className="blacklist-import__skipped">
                第 {skipped.row} 行：{skipped.reason}
              </Text>
            ))}
          </Notice>
        </View>
      )}
    </View>
  );
}
