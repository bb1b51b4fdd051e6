import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { RoleView } from '../../../types/actions';
import type { Role } from '../../../types/domain';
import { withQuery } from '../../constants/routes';
import type { StationsState } from '../../hooks/useStations';
import { openStation } from '../../utils/navigation';
import { stationsForRole } from '../../utils/roleStations';
import { ErrorState } from '../ErrorState';
import { FeatureEntry } from '../FeatureEntry';
import { HomeTodos } from '../HomeTodos';
import { LoadingState } from '../LoadingState';
import { SectionCard } from '../SectionCard';
import { StationList } from '../StationList';
import { ROLE_HOMES, type HomeTile, type RoleHomeTable } from './tiles';
import './index.scss';

export interface RoleHomeProps {
  role: Role;
  grants: readonly RoleView[];
  stations: StationsState;
}

/** How many stations the home page lists before 查看全部. */
const PREVIEW = 3;

const go = (url: string) => () => void Taro.navigateTo({ url });

/** The role-specific part of the home page. */
export function RoleHome({ role, grants, stations }: RoleHomeProps) {
  const mine = stationsForRole(stations.items, role, grants);
  const table = ROLE_HOMES[role];
  const list = ({ title, empty, allUrl, hideSociety }: RoleHomeTable['stations']) => {
    const count = role === 'city_admin' ? stations.total : mine.length;
    const shown = allUrl ? mine.slice(0, PREVIEW) : mine;
    return (
      <SectionCard
        title={title}
        extra={stations.loading || stations.error ? undefined : <Text className="role-home__count">共 {count} 个</Text>}
      >
        {stations.loading ? (
          <LoadingState cards={1} inset={false} />
        ) : stations.error ? (
          <ErrorState message={stations.error.message} onRetry={stations.refetch} />
        ) : (
          <>
            <StationList
              stations={shown}
              emptyTitle="暂无工作站"
              emptyDescription={empty}
              hideSociety={hideSociety}
              onSelect={(station) => openStation(station.id)}
            />
            {allUrl && count > shown.length && (
              <View className="role-home__all" onClick={go(allUrl)}>
                查看全部 {count} 个工作站 ›
              </View>
            )}
          </>
        )}
      </SectionCard>
    );
  };

  return (
    <View>
      <HomeTodos role={role} />
      {list(table.stations)}
      <SectionCard title={table.section}>
        {drawnTiles(table, grants).map(({ key, tile, description, url }) => (
          <FeatureEntry
            key={key}
            glyph={tile.glyph}
            title={tile.title}
            description={description}
            comingSoon={!url}
            onClick={url ? go(url) : undefined}
          />
        ))}
      </SectionCard>
    </View>
  );
}

interface DrawnTile {
  key: string;
  tile: HomeTile;
  description: string;
  /** None: not built yet. */
  url?: string;
}

/** A role's tiles as drawn: once, or once for each station or society the grants name. */
function drawnTiles(table: RoleHomeTable, grants: readonly RoleView[]): DrawnTile[] {
  const stations = stationGrants(grants);
  const forStation = (tile: HomeTile, grant: RoleView & { stationId: string }): DrawnTile => ({
    key: `${tile.title}-${grant.stationId}`,
    tile,
    description: `${tile.named ? `${grant.stationName ?? ''}：` : atStation(grant, grants)}${tile.description}`,
    url: tile.route && withQuery(tile.route, { stationId: grant.stationId }),
  });
  if (table.byStation) return stations.flatMap((grant) => table.tiles.map((tile) => forStation(tile, grant)));
  return table.tiles.flatMap((tile) => {
    if (tile.each === 'station') return stations.map((grant) => forStation(tile, grant));
    if (tile.each === 'society') {
      return societyIds(grants).map((societyId) => ({
        key: `${tile.title}-${societyId}`,
        tile,
        description: tile.description,
        url: tile.route && withQuery(tile.route, { societyId }),
      }));
    }
    return [{ key: tile.title, tile, description: tile.description, url: tile.route }];
  });
}

/** "<station>：" (only for a person at several stations) before a tile's description, so a person at two stations tells the tiles apart. */
function atStation(grant: RoleView, grants: readonly RoleView[]): string {
  return grant.stationName && stationGrants(grants).length > 1 ? `${grant.stationName}：` : '';
}

/** The societies a society admin's grants name, once each. */
function societyIds(grants: readonly RoleView[]): string[] {
  return [...new Set(grants.flatMap((grant) => grant.societyId ?? []))];
}

/** The stations a station head's or staff member's grants name, one entry each. */
function stationGrants(grants: readonly RoleView[]): Array<RoleView & { stationId: string }> {
  const seen = new Set<string>();
  return grants.filter((grant): grant is RoleView & { stationId: string } => {
    if (!grant.stationId || seen.has(grant.stationId)) return false;
    seen.add(grant.stationId);
    return true;
  });
}
