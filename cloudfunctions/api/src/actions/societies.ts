import type { Page, SocietyInput, SocietyView } from '../../../../types/actions';
import type { Society } from '../../../../types/domain';
import { PHONE_PATTERN, SOCIETY_LEVELS, SOCIETY_LIMITS } from '../../../../types/catalogue';
import { MAX_PAGE_SIZE, pageWindow } from '../domain/paging';
import { visibleSocieties } from '../domain/policy';
import { AppError } from '../errors';
import { checkTexts } from '../store/contentCheck';
import { pageSocieties } from '../store/societies';
import { audit, transact } from '../store/transaction';
import { integer, object, oneOf, optional, text } from '../validate';
import { actingAs } from './guard';
import { allowingRole } from '../domain/policy';
import type { ActionDefinition } from './types';

const phone = text(...SOCIETY_LIMITS.contactPhone, { pattern: PHONE_PATTERN, description: '应为电话号码' });

export const listSocieties: ActionDefinition<'societies.list'> = {
  parse: object({ page: optional(integer(1, 10_000)), pageSize: optional(integer(1, MAX_PAGE_SIZE)) }),
  async handle(input, caller): Promise<Page<SocietyView>> {
    const visible = visibleSocieties(await caller.grants());
    if (visible !== 'all' && visible.length === 0) throw new AppError('FORBIDDEN');
    const window = pageWindow(input.page, input.pageSize);
    const { societies, total } = await pageSocieties(visible, window);
    return { items: societies.map(societyView), page: window.page, pageSize: window.pageSize, total };
  },
};

export const createSociety: ActionDefinition<'societies.create'> = {
  parse: object<SocietyInput>({
    name: text(...SOCIETY_LIMITS.name),
    level: oneOf(SOCIETY_LEVELS),
    supervisor: text(...SOCIETY_LIMITS.supervisor),
    contactName: text(...SOCIETY_LIMITS.contactName),
    contactPhone: phone,
  }),
  write: true,
  async handle(input, caller) {
    await actingAs(caller, allowingRole(await caller.grants(), 'society.create', { societyId: '' }));
    await checkTexts(caller.openid, [
      { label: '学会名称', text: input.name },
      { label: '业务主管', text: input.supervisor },
      { label: '联系人', text: input.contactName },
    ]);
    return transact(caller, async (tx) => {
      const society: Omit<Society, '_id'> = { ...input, createdAt: caller.now.toISOString() };
      const { _id } = (await tx.collection<Society>('societies').add({ data: society })) as { _id: string };
      await audit(tx, { at: society.createdAt, actor: caller.openid, action: 'society.create', societyId: _id });
      return societyView({ _id, ...society });
    });
  },
};

function societyView(society: Society): SocietyView {
  const { _id, name, level, supervisor, contactName, contactPhone, createdAt } = society;
  return { id: _id, name, level, supervisor, contactName, contactPhone, createdAt };
}
