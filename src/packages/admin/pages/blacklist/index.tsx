import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { BlacklistEntryInput, BlacklistHit } from '../../../../../types/actions';
import { BLACKLIST_LIMITS } from '../../../../../types/catalogue/blacklist';
import { BlacklistEntryCard } from '../../../../components/BlacklistEntryCard';
import { BlacklistEntryForm } from '../../../../components/BlacklistEntryForm';
import { BlacklistHits } from '../../../../components/BlacklistHits';
import { BlacklistImport } from '../../../../components/BlacklistImport';
import { ChoiceChips } from '../../../../components/ChoiceChips';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { FormActions } from '../../../../components/FormActions';
import { LoadingState } from '../../../../components/LoadingState';
import { Notice } from '../../../../components/Notice';
import { PageShell } from '../../../../components/PageShell';
import { SectionCard } from '../../../../components/SectionCard';
import { useForm } from '../../../../hooks/useForm';
import { useListPage } from '../../../../hooks/useListPage';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useSessionGuard } from '../../../../hooks/useSessionGuard';
import { useSubmit } from '../../../../hooks/useSubmit';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import {
  BLACKLIST_FIELD_LABELS,
  EMPTY_BLACKLIST_ENTRY,
  blacklistEntryProblems,
  trimmedBlacklistEntry,
} from '../../../../utils/blacklistForm';
import { refusalAtField } from '../../../../utils/validation';
import './index.scss';

type Shown = 'listed' | 'removed';
const VIEW_OPTIONS = [
  { value: 'listed' as const, label: '在册' },
  { value: 'removed' as const, label: '已移出' },
];

/**
 * The city admin's list of dishonest or criminal parties (失信 / 涉黑涉恶): search it, add to it
 * by hand or from an Excel sheet, take an entry off with a reason, and see which applications
 * still to be decided a new entry hits.
 */
export default function BlacklistPage() {
  const me = useWhoAmI();
  const [view, setView] = useState<Shown>('listed');
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const entries = usePagedList(
    'blacklist.list',
    { ...(search && { search }), ...(view === 'removed' && { removed: true }) },
    { pageSize: 20, keyOf: (entry) => entry.id },
  );
  const redirecting = useSessionGuard({ error: entries.error, data: null });
  const [panel, setPanel] = useState<'none' | 'add' | 'import'>('none');
  const [hits, setHits] = useState<BlacklistHit[] | null>(null);
  const form = useForm<BlacklistEntryInput>(EMPTY_BLACKLIST_ENTRY, blacklistEntryProblems);
  const add = useSubmit('blacklist.add');
  const remove = useSubmit('blacklist.remove');
  const [addError, setAddError] = useState<string | null>(null);

  useListPage(entries, { refetchOnShow: false });

  const open = (next: 'add' | 'import') => {
    setPanel(next);
    setHits(null);
    setAddError(null);
  };

  const submit = async () => {
    setAddError(null);
    if (!form.check()) return;
    const result = await add.submit(trimmedBlacklistEntry(form.values));
    if (!result.ok) {
      const atField = refusalAtField(result.message, BLACKLIST_FIELD_LABELS);
      if (atField) form.refuse(atField.field, atField.message);
      else setAddError(result.message);
      return;
    }
    if (view === 'listed' && !search) entries.prepend(result.data.entry);
    else void entries.refetch();
    form.reset(EMPTY_BLACKLIST_ENTRY);
    setPanel('none');
    setHits(result.data.hits);
    void Taro.showToast({ title: '已列入名单', icon: 'success' });
  };

  const removeEntry = async (entryId: string, reason: string): Promise<string | null> => {
    const result = await remove.submit({ entryId, reason });
    if (!result.ok) return result.message;
    // Off the list it is shown under 已移出, with its reason.
    if (view === 'listed') void entries.refetch();
    else entries.replace(result.data);
    void Taro.showToast({ title: '已移出名单', icon: 'success' });
    return null;
  };

  if (redirecting) return <PageShell />;
  const forbidden = entries.error?.code === 'FORBIDDEN';
  return (
    <PageShell className="blacklist">
      <View className="blacklist__summary">
        <View className="blacklist__count-line">
          <Text className="blacklist__count">{entries.loading ? '…' : entries.total}</Text>
          <Text className="blacklist__unit">
            {view === 'listed' ? '条在册' : '条已移出'}
            {search ? `（“${search}”开头）` : ''}
          </Text>
        </View>
        {!forbidden && (
          <View className="blacklist__buttons">
            <Button size="small" className="blacklist__new" onClick={() => open('add')}>
              ＋ 添加
            </Button>
            <Button size="small" className="blacklist__new" onClick={() => open('import')}>
              导入 Excel
            </Button>
          </View>
        )}
      </View>

      {panel === 'add' && (
        <SectionCard title="列入名单">
          <BlacklistEntryForm form={form} />
          {addError && (
            <View className="blacklist__notice">
              <Notice tone="error" title="未能列入">
                <Text>{addError}</Text>
              </Notice>
            </View>
          )}
          <View className="blacklist__form-actions">
            <FormActions>
              <Button block type="primary" loading={add.submitting} onClick={() => void submit()}>
                列入名单
              </Button>
              <Button block fill="none" onClick={() => setPanel('none')}>
                取消
              </Button>
            </FormActions>
          </View>
        </SectionCard>
      )}

      {panel === 'import' && (
        <SectionCard
          title="从 Excel 导入"
          extra={
            <Text className="blacklist__close" onClick={() => setPanel('none')}>
              收起
            </Text>
          }
        >
          <BlacklistImport
            openid={me.data?.openid ?? ''}
            onImported={(result) => {
              setHits(result.hits);
              void entries.refetch();
            }}
          />
        </SectionCard>
      )}

      {hits && (
        <SectionCard
          title="涉及的建站申报"
          extra={
            <Text className="blacklist__close" onClick={() => setHits(null)}>
              知道了
            </Text>
          }
        >
          <BlacklistHits hits={hits} />
        </SectionCard>
      )}

      <View className="blacklist__search">
        <Input
          value={typed}
          placeholder="按名称或证件号码开头查找"
          maxLength={BLACKLIST_LIMITS.search[1]}
          confirmType="search"
          onChange={setTyped}
          onConfirm={() => setSearch(typed.trim())}
        />
        <Text className="blacklist__search-go" onClick={() => setSearch(typed.trim())}>
          查找
        </Text>
      </View>
      <View className="blacklist__filters">
        <ChoiceChips<Shown> options={VIEW_OPTIONS} selected={[view]} onToggle={setView} />
      </View>

      <SectionCard title={view === 'listed' ? '名单' : '已移出的记录'}>
        {entries.loading ? (
          <LoadingState cards={2} inset={false} />
        ) : entries.error && entries.items.length === 0 ? (
          <ErrorState
            title={forbidden ? '无权查看' : '加载失败'}
            message={entries.error.message}
            onRetry={entries.refetch}
          />
        ) : entries.items.length === 0 ? (
          <EmptyState
            title={search ? '没有找到' : view === 'listed' ? '名单为空' : '没有移出的记录'}
            description={
              search
                ? '名称或证件号码以此开头的单位或个人不在其中。'
                : view === 'listed'
                  ? '点击「添加」逐条列入，或「导入 Excel」成批导入。'
                  : undefined
            }
            glyph="失"
          />
        ) : (
          <View>
            {entries.items.map((entry) => (
              <BlacklistEntryCard key={entry.id} entry={entry} onRemove={(reason) => removeEntry(entry.id, reason)} />
            ))}
            {entries.hasMore && (
              <View className="blacklist__more">
                <Button
                  fill="outline"
                  type="primary"
                  size="small"
                  loading={entries.loadingMore}
                  onClick={entries.loadMore}
                >
                  加载更多
                </Button>
              </View>
            )}
            {entries.error && <Text className="blacklist__error">{entries.error.message}</Text>}
          </View>
        )}
      </SectionCard>
    </PageShell>
  );
}
