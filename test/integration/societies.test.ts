import type { ActionRequest } from '../../types/actions';
import { DEMO_USERS } from '../../local/demo/people';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';

let api: LocalApi;
const rid = requestIds('societies');
beforeAll(async () => {
  api = await startLocalApi();
});
afterAll(() => api.stop());

const SOCIETY = 'soc-nonferrous';

function update(change: Partial<ActionRequest<'societies.update'>> = {}): ActionRequest<'societies.update'> {
  return {
    societyId: SOCIETY,
    supervisor: '中国科协',
    contactName: '李敏',
    contactPhone: '010-62345678',
    details: {
      creditCode: '51100000500000566Y',
      headName: '王建国',
      headTitle: '秘书长/教授级高工',
      address: '北京市海淀区复兴路 12 号',
      postcode: '100814',
      bankAccountName: '中国有色金属学会',
      bankName: '中国工商银行北京海淀支行',
      bankAccount: '0200 0045 0908 8123 456',
      financeOfficer: '赵琳',
    },
    ...change,
  };
}

async function stored() {
  const [society] = await api.cloudbase.store.find('societies', { _id: SOCIETY });
  return society as Record<string, unknown>;
}

describe('societies.update: what the 申报书 asks of a society', () => {
  it('lets the society admin complete their own record, audited by the fields changed', async () => {
    const saved = expectOk(await api.call(DEMO_USERS.societyAdmin, 'societies.update', update(), rid()));
    expect(saved.details).toMatchObject({ headName: '王建国', postcode: '100814', financeOfficer: '赵琳' });
    expect(await stored()).toMatchObject({ contactName: '李敏', details: { bankName: '中国工商银行北京海淀支行' } });
    const audits = await api.cloudbase.store.find('audit', { action: 'society.update', societyId: SOCIETY });
    expect(audits.at(-1)).toMatchObject({ actor: DEMO_USERS.societyAdmin, role: 'society_admin' });
    expect(String(audits.at(-1)?.detail)).toContain('开户银行');
    const again = expectOk(await api.call(DEMO_USERS.societyAdmin, 'societies.get', { societyId: SOCIETY }));
    expect(again.details.creditCode).toBe('51100000500000566Y');
  });

  it('keeps blank details blank until the society applies', async () => {
    const blank = update({ details: { ...update().details, bankAccount: ' ', postcode: '' } });
    const saved = expectOk(await api.call(DEMO_USERS.societyAdmin, 'societies.update', blank, rid()));
    expect(saved.details).toMatchObject({ bankAccount: '', postcode: '' });
  });

  it('leaves the name and the level to the city admin', async () => {
    const before = await stored();
    const refused = await api.call(DEMO_USERS.societyAdmin, 'societies.update', update({ level: 'city' }), rid());
    expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN', message: expect.stringContaining('市科协') });
    expect(await stored()).toEqual(before);
    const renamed = update({ name: '中国有色金属学会（更正）' });
    expectOk(await api.call(DEMO_USERS.cityAdmin, 'societies.update', renamed, rid()));
    expect(await stored()).toMatchObject({ name: '中国有色金属学会（更正）' });
    expectOk(await api.call(DEMO_USERS.cityAdmin, 'societies.update', update({ name: '中国有色金属学会' }), rid()));
  });

  it.each([
    ['a credit code of 17 characters', { creditCode: '51100000500000566' }, 'creditCode'],
    ['a credit code with the letter O', { creditCode: '51100000500000566O' }, 'creditCode'],
    ['a postcode of five digits', { postcode: '10081' }, 'postcode'],
    ['letters in the bank account', { bankAccount: '0200-ABCD-1234' }, 'bankAccount'],
  ])('refuses %s, naming the field, and writes nothing', async (_label, change, field) => {
    const before = await stored();
    const input = update({ details: { ...update().details, ...change } });
    const result = await api.call(DEMO_USERS.societyAdmin, 'societies.update', input, rid());
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining(field) });
    expect(await stored()).toEqual(before);
  });

  it('answers a replay from the record and writes once', async () => {
    const id = rid();
    const input = update({ contactName: '重放联系人' });
    const first = await api.call(DEMO_USERS.societyAdmin, 'societies.update', input, id);
    const count = await api.cloudbase.store.count('audit', { action: 'society.update' });
    expect(await api.call(DEMO_USERS.societyAdmin, 'societies.update', input, id)).toEqual(first);
    expect(await api.cloudbase.store.count('audit', { action: 'society.update' })).toBe(count);
  });
});
