import { Button } from '@nutui/nutui-react-taro';
import { Image, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { StationCodeView } from '../../../../../types/actions';
import type { CalendarDate } from '../../../../../types/domain';
import { ChoiceChips } from '../../../../components/ChoiceChips';
import { DateField } from '../../../../components/DateField';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { FormCard } from '../../../../components/FormCard';
import { FormField } from '../../../../components/FormField';
import { LoadingState } from '../../../../components/LoadingState';
import { Notice } from '../../../../components/Notice';
import { PageShell } from '../../../../components/PageShell';
import { SectionCard } from '../../../../components/SectionCard';
import { useSubmit } from '../../../../hooks/useSubmit';
import { todayPlusYears } from '../../../../utils/dates';
import './index.scss';

type CodeKind = 'today' | 'poster';
type PosterDays = '7' | '30' | '90' | '365';

const KIND_OPTIONS = [
  { value: 'today', label: '今日签到码' },
  { value: 'poster', label: '张贴海报（有效期）' },
] as const;
const DAY_OPTIONS = [
  { value: '7', label: '7 天' },
  { value: '30', label: '30 天' },
  { value: '90', label: '90 天' },
  { value: '365', label: '365 天' },
] as const;

/**
 * The check-in code a station posts at its entrance (`?stationId=`): an expert who scans it with
 * WeChat is counted as being at the station. Each code works only on the dates it was made for,
 * so a photo taken earlier cannot stand in for a visit.
 */
export default function StationCodePage() {
  const { params } = useRouter();
  const stationId = params.stationId ?? '';
  const today = todayPlusYears();
  const [kind, setKind] = useState<CodeKind>('today');
  const [firstDate, setFirstDate] = useState<CalendarDate>(today);
  const [days, setDays] = useState<PosterDays>('30');
  const [failure, setFailure] = useState<string | null>(null);
  const [code, setCode] = useState<StationCodeView | null>(null);
  const create = useSubmit('stationCodes.create');

  // A code on screen must match the choices above it.
  const choose = (change: () => void) => {
    change();
    setCode(null);
    setFailure(null);
  };

  // The server refuses a start before today (Asia/Shanghai); saying so here saves a round trip.
  const dateProblem = kind === 'poster' && firstDate < today ? '起始日期不能早于今天' : null;

  const generate = async () => {
    if (dateProblem) return;
    setFailure(null);
    setCode(null);
    const result = await create.submit(
      kind === 'today' ? { stationId, firstDate: today, days: 1 } : { stationId, firstDate, days: Number(days) },
    );
    if (result.ok) setCode(result.data);
    else setFailure(result.message);
  };

  if (!stationId) {
    return (
      <PageShell>
        <EmptyState title="未指定工作站" description="请从工作站页面进入。" glyph="码" />
      </PageShell>
    );
  }

  return (
    <PageShell className="station-code">
      <View className="station-code__hero">
        <Text className="station-code__title">工作站签到码</Text>
        <Text className="station-code__lead">
          打印后张贴在工作站入口，专家到站后用微信扫码签到。签到码只在有效期内有效，过期的签到码（包括其照片）扫码无效。
        </Text>
      </View>

      <SectionCard title="选择签到码">
        <FormCard>
          <FormField label="用途" vertical>
            <ChoiceChips<CodeKind>
              options={KIND_OPTIONS}
              selected={[kind]}
              onToggle={(value) => choose(() => setKind(value))}
              disabled={create.submitting}
            />
          </FormField>
          {kind === 'poster' && (
            <>
              <FormField label="起始日期" required hint="不能早于今天" error={dateProblem}>
                <DateField
                  title="起始日期"
                  value={firstDate}
                  onChange={(value) => choose(() => setFirstDate(value))}
                  fromYear={Number(today.slice(0, 4))}
                  toYear={Number(today.slice(0, 4)) + 1}
                />
              </FormField>
              <FormField label="有效天数" vertical hint="一张签到码最长有效一年，到期后请重新生成并更换。">
                <ChoiceChips<PosterDays>
                  options={DAY_OPTIONS}
                  selected={[days]}
                  onToggle={(value) => choose(() => setDays(value))}
                  disabled={create.submitting}
                />
              </FormField>
            </>
          )}
        </FormCard>
        <View className="station-code__action">
          <Button block type="primary" loading={create.submitting} onClick={() => void generate()}>
            生成签到码
          </Button>
        </View>
      </SectionCard>

      {create.submitting ? (
        <LoadingState cards={1} />
      ) : failure ? (
        <View className="station-code__card">
          <ErrorState title="未能生成签到码" message={failure} onRetry={() => void generate()} />
        </View>
      ) : (
        code && <CodeResult code={code} />
      )}
    </PageShell>
  );
}

function CodeResult({ code }: { code: StationCodeView }) {
  const url = code.qrCodeUrl;
  return (
    <SectionCard title="签到码">
      <View className="station-code__card station-code__result">
        <Text className="station-code__station">{code.stationName}</Text>
        <Text className="station-code__validity">
          有效期：{chineseDate(code.firstDate)} 至 {chineseDate(code.lastDate)}
        </Text>
        {url ? (
          <Image
            className="station-code__image"
            src={url}
            mode="widthFix"
            showMenuByLongpress
            onClick={() => void Taro.previewImage({ urls: [url], current: url })}
          />
        ) : (
          <View className="station-code__notice">
            <Notice tone="warn" title="小程序码暂时无法生成，请稍后重试">
              <Text>签到码编号：</Text>
              <Text className="station-code__scene" userSelect>
                {code.scene}
              </Text>
            </Notice>
          </View>
        )}
        <Text className="station-code__hint">
          请打印后张贴在工作站入口。专家到站后用微信扫码即可签到；过期的签到码或其照片扫码无效。
        </Text>
        {url && (
          <View className="station-code__action">
            <Button block fill="outline" type="primary" onClick={() => void saveImage(url)}>
              保存图片
            </Button>
          </View>
        )}
      </View>
    </SectionCard>
  );
}

/** `2026-11-25` as 2026年11月25日. */
function chineseDate(date: CalendarDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

async function saveImage(url: string): Promise<void> {
  // A browser has no photo album: the enlarged image can be saved from its own menu.
  if (process.env.TARO_ENV === 'h5') {
    void Taro.previewImage({ urls: [url], current: url });
    return;
  }
  try {
    void Taro.showLoading({ title: '正在保存' });
    const { tempFilePath } = await Taro.downloadFile({ url });
    await Taro.saveImageToPhotosAlbum({ filePath: tempFilePath });
    void Taro.hideLoading();
    void Taro.showToast({ title: '已保存到相册', icon: 'success' });
  } catch {
    void Taro.hideLoading();
    void Taro.showToast({ title: '保存失败，可点击图片放大后长按保存', icon: 'none' });
  }
}
