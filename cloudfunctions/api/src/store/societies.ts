import type { Society } from '../../../../types/domain';
import type { PageWindow } from '../domain/paging';
import { db } from './db';

export async function findSociety(id: string): Promise<Society | null> {
  const { data } = await db().collection<Society>('societies').doc(id).get();
  return data ?? null;
}

export async function pageSocieties(
  visible: 'all' | string[],
  window: PageWindow,
): Promise<{ societies: Society[]; total: number }> {
  if (visible !== 'all' && visible.length === 0) return { societies: [], total: 0 };
  const societies = db().collection<Society>('societies');
  const query = visible === 'all' ? societies : societies.where({ _id: db().command.in(visible) });
  const [page, count] = await Promise.all([
    query.orderBy('name', 'asc').orderBy('_id', 'asc').skip(window.skip).limit(window.pageSize).get(),
    query.count(),
  ]);
  return { societies: page.data, total: count.total };
}
