import type { Page, SocietyInput, SocietyView } from '../../../../types/actions';
import type { Society, SocietyDetails } from '../../../../types/domain';
import {
  BANK_ACCOUNT_PATTERN,
  CREDIT_CODE_PATTERN,
  PHONE_PATTERN,
  POSTCODE_PATTERN,
  SOCIETY_LEVELS,
  SOCIETY_FIELD_LABELS,
  SOCIETY_LIMITS,
} from '../../../../types/catalogue';
import { changedFields, masking } from '../domain/audit';
import { MAX_PAGE_SIZE, pageWindow } from '../domain/paging';
import { visibleSocieties } from '../domain/policy';
import { AppError } from '../errors';
import { checkTexts } from '../store/contentCheck';
import { pageSocieties } from '../store/societies';
import { audit, transact } from '../store/transaction';
import { documentId, integer, object, oneOf, optional, orBlank, text } from '../validate';
import { actingAs, authorize, requireSociety } from './guard';
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

const NO_DETAILS: SocietyDetails = {
  creditCode: '',
  headName: '',
  headTitle: '',
  address: '',
  postcode: '',
  bankAccountName: '',
  bankName: '',
  bankAccount: '',
  financeOfficer: '',
};

/** Each may be left blank until the society applies; the 申报书's submit checks they are all there. */
const parseDetails = object<SocietyDetails>({
  creditCode: orBlank(text(18, 18, { pattern: CREDIT_CODE_PATTERN, description: '应为 18 位统一社会信用代码' })),
  headName: orBlank(text(...SOCIETY_LIMITS.headName)),
  headTitle: orBlank(text(...SOCIETY_LIMITS.headTitle)),
  address: orBlank(text(...SOCIETY_LIMITS.address)),
  postcode: orBlank(text(6, 6, { pattern: POSTCODE_PATTERN, description: '应为 6 位数字' })),
  bankAccountName: orBlank(text(...SOCIETY_LIMITS.bankAccountName)),
  bankName: orBlank(text(...SOCIETY_LIMITS.bankName)),
  bankAccount: orBlank(text(6, 32, { pattern: BANK_ACCOUNT_PATTERN, description: '应为银行账号（数字）' })),
  financeOfficer: orBlank(text(...SOCIETY_LIMITS.financeOfficer)),
});

export const getSociety: ActionDefinition<'societies.get'> = {
  parse: object({ societyId: documentId }),
  async handle(input, caller) {
    const society = await requireSociety(input.societyId);
    await authorize(caller, 'society.view', { societyId: society._id });
    return societyView(society);
  },
};

export const updateSociety: ActionDefinition<'societies.update'> = {
  parse: object({
    societyId: documentId,
    name: optional(text(...SOCIETY_LIMITS.name)),
    level: optional(oneOf(SOCIETY_LEVELS)),
    supervisor: text(...SOCIETY_LIMITS.supervisor),
    contactName: text(...SOCIETY_LIMITS.contactName),
    contactPhone: phone,
    details: parseDetails,
  }),
  write: true,
  async handle(input, caller) {
    const society = await requireSociety(input.societyId);
    const role = await authorize(caller, 'society.edit', { societyId: society._id });
    const renames = input.name !== undefined && input.name !== society.name;
    const relevels = input.level !== undefined && input.level !== society.level;
    // The level sets quotas and the subsidy cap, and the name is what the city recognised.
    if ((renames || relevels) && role !== 'city_admin') {
      throw new AppError('FORBIDDEN', '学会名称和级别由市科协修改；如需更正请联系市科协');
    }
    const { details } = input;
    await checkTexts(caller.openid, [
      { label: '业务主管', text: input.supervisor },
      { label: '联系人', text: input.contactName },
      { label: '负责人', text: `${details.headName} ${details.headTitle}` },
      { label: '通讯地址', text: details.address },
      { label: '开户名称', text: `${details.bankAccountName} ${details.bankName}` },
      { label: '财务负责人', text: details.financeOfficer },
      ...(renames ? [{ label: '学会名称', text: input.name ?? '' }] : []),
    ]);
    const at = caller.now.toISOString();
    const changes = {
      name: input.name ?? society.name,
      level: input.level ?? society.level,
      supervisor: input.supervisor,
      contactName: input.contactName,
      contactPhone: input.contactPhone,
      details,
      updatedAt: at,
    };
    const audited = masking(changedFields(flatSociety(society), flatSociety(changes), SOCIETY_FIELDS), 'bankAccount');
    return transact(caller, async (tx) => {
      await tx.collection<Society>('societies').doc(society._id).update({ data: changes });
      await audit(tx, {
        at,
        actor: caller.openid,
        role,
        action: 'society.update',
        societyId: society._id,
        detail: SOCIETY_FIELDS.filter((field) => field in { ...audited.before, ...audited.after })
          .map((field) => SOCIETY_FIELD_LABELS[field])
          .join('、'),
        ...audited,
      });
      return societyView({ ...society, ...changes });
    });
  },
};

const SOCIETY_FIELDS = Object.keys(SOCIETY_FIELD_LABELS) as (keyof typeof SOCIETY_FIELD_LABELS)[];

/** The record's fields by the names on the form. */
function flatSociety(society: Omit<Society, '_id' | 'createdAt'>): Record<string, string> {
  return {
    name: society.name,
    level: society.level,
    supervisor: society.supervisor,
    contactName: society.contactName,
    contactPhone: society.contactPhone,
    ...(society.details ?? NO_DETAILS),
  };
}

function societyView(society: Society): SocietyView {
  const { _id, name, level, supervisor, contactName, contactPhone, createdAt } = society;
  return {
    id: _id,
    name,
    level,
    supervisor,
    contactName,
    contactPhone,
    details: society.details ?? NO_DETAILS,
    createdAt,
  };
}
