import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { BlacklistHit } from '../../../types/actions';
import { APPLICATION_STATUS_LABELS } from '../../../types/catalogue';
import { ROUTES, withQuery } from '../../constants/routes';
import { Notice } from '../Notice';
import { StatusBadge } from '../StatusBadge';
import './index.scss';

/**
 * The applications still to be decided that name a party just listed. A submitted one opens for
 * review; a draft is still the society's own, and its submit will be refused.
 */
export function BlacklistHits({ hits }: { hits: BlacklistHit[] }) {
  if (hits.length === 0) {
    return (
      <View className="blacklist-hits">
        <Notice tone="success" title="没有涉及在审的建站申报" />
      </View>
    );
  }
  return (
    <View className="blacklist-hits">
      <Notice tone="warn" title={`${hits.length} 份在审的建站申报涉及名单中的单位或个人`}>
        <Text>这些申报提交时将被拒绝；已提交的请在审核中处理。</Text>
      </Notice>
      {hits.map((hit) => {
        const draft = hit.status === 'draft';
        const open = () =>
          void Taro.navigateTo({ url: withQuery(ROUTES.applicationDetail, { applicationId: hit.applicationId }) });
        return (
          <View
            key={hit.applicationId}
            className={`blacklist-hits__item${draft ? '' : ' blacklist-hits__item--link'}`}
            onClick={draft ? undefined : open}
          >
            <View className="blacklist-hits__head">
              <Text className="blacklist-hits__station">{hit.stationName || '（未填写工作站名称）'}</Text>
              <StatusBadge label={APPLICATION_STATUS_LABELS[hit.status]} tone={draft ? 'muted' : 'progress'} />
            </View>
            <Text className="blacklist-hits__society">{hit.societyName}</Text>
            {hit.parties.map((party) => (
              <Text key={party} className="blacklist-hits__party">
                涉及{party}
              </Text>
            ))}
            <Text className="blacklist-hits__more">{draft ? '学会尚未提交' : '查看申报书 ›'}</Text>
          </View>
        );
      })}
    </View>
  );
}
