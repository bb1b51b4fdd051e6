import {
  blacklistHits,
  entryKeys,
  isSameEntry,
  partyKeys,
  readBlacklistSheet,
  readRow,
  type SheetCell,
  type SheetRow,
} from '../../cloudfunctions/api/src/domain/blacklist';
import type { Application } from '../../types/application';
import type { ApplicationStatus } from '../../types/catalogue';
import { completeApplication } from '../support/applications';

const HEADER: SheetRow = { row: 1, cells: ['名称', '统一社会信用代码/身份证号', '类别', '备注'] };
const sheet = (...rows: SheetCell[][]): SheetRow[] => [
  HEADER,
  ...rows.map((cells, index) => ({ row: index + 2, cells })),
];
const row = (name: SheetCell, code: SheetCell, kind: SheetCell, note: SheetCell = null) =>
  readRow((column) => ({ name, code, kind, note })[column]);

describe('readRow', () => {
  it('reads a unit with its credit code, a person with an ID number (x as X), and a name alone', () => {
    expect(row(' 贵州某某建材有限公司 ', '91520100MA6DKXJ21Q', '失信', '2025 年列入')).toEqual({
      entry: { name: '贵州某某建材有限公司', code: '91520100MA6DKXJ21Q', kind: 'dishonest', note: '2025 年列入' },
    });
    expect(row('张某', '52010219900101123x', '涉黑涉恶')).toEqual({
      entry: { name: '张某', code: '52010219900101123X', kind: 'criminal', note: '' },
    });
    expect(row('李某某', null, '失信')).toEqual({ entry: { name: '李某某', code: '', kind: 'dishonest', note: '' } });
  });

  it('says why a row cannot be read', () => {
    expect(row(null, '91520100MA6DKXJ21Q', '失信')).toEqual({ reason: '名称为空' });
    expect(row('某', null, '失信')).toEqual({ reason: '名称应为 2–60 个字' });
    expect(row('某公司', '9152010', '失信')).toEqual({ reason: '「9152010」不是 18 位统一社会信用代码或身份证号' });
    // I, O, S, V and Z never appear in a credit code.
    expect(row('某公司', '91520100MA6DKXJ21O', '失信')).toMatchObject({
      reason: expect.stringContaining('不是 18 位'),
    });
    expect(row('某公司', null, '黑名单')).toEqual({ reason: '类别「黑名单」应为「失信」或「涉黑涉恶」' });
    expect(row('某公司', null, null)).toEqual({ reason: '类别为空，应为「失信」或「涉黑涉恶」' });
    expect(row('某公司', null, '失信', '注'.repeat(201))).toEqual({ reason: '备注超过 200 个字' });
  });

  it('refuses an ID number Excel kept as a number, since its last digits are gone', () => {
    // What Excel holds for an ID number typed into a number cell: already rounded.
    expect(row('张某', Number('520102199001011234'), '失信')).toMatchObject({
      reason: expect.stringContaining('被 Excel 存成了数字'),
    });
    expect(row('张某', 12345, '失信')).toEqual({ reason: '「12345」不是 18 位统一社会信用代码或身份证号' });
  });
});

describe('readBlacklistSheet', () => {
  it('adds the readable rows and reports every other one by its Excel row number', () => {
    const reading = readBlacklistSheet(
      sheet(
        ['甲公司', '91520100MA6DKXJ21Q', '失信', ''],
        [null, null, null, null],
        ['乙公司', 'ABC', '失信', ''],
        ['丙某', null, '涉黑涉恶', ''],
        ['甲公司（曾用名）', '91520100ma6dkxj21q', '失信', ''],
        ['丙某', null, '失信', ''],
        ['丁某', null, '失信', ''],
      ),
      [{ name: '丁某', code: '' }],
    );
    expect(reading).toEqual({
      ok: true,
      rows: [
        { row: 2, entry: { name: '甲公司', code: '91520100MA6DKXJ21Q', kind: 'dishonest', note: '' } },
        { row: 5, entry: { name: '丙某', code: '', kind: 'criminal', note: '' } },
      ],
      skipped: [
        { row: 4, reason: '「ABC」不是 18 位统一社会信用代码或身份证号' },
        { row: 6, reason: '与第 2 行重复' },
        { row: 7, reason: '与第 5 行重复' },
        { row: 8, reason: '「丁某」已在名单中' },
      ],
    });
  });

  it('finds the columns by their names in any order, the note optional', () => {
    const reading = readBlacklistSheet(
      [
        { row: 1, cells: ['序号', '类别', ' 名 称 ', '统一社会信用代码/身份证号'] },
        { row: 2, cells: [1, '失信', '甲公司', null] },
      ],
      [],
    );
    expect(reading).toEqual({
      ok: true,
      rows: [{ row: 2, entry: { name: '甲公司', code: '', kind: 'dishonest', note: '' } }],
      skipped: [],
    });
  });

  it('refuses a sheet without the columns, without rows, or longer than one import takes', () => {
    expect(readBlacklistSheet([{ row: 1, cells: ['单位', '代码'] }], [])).toEqual({
      ok: false,
      problem: '第 1 行应为列名：「名称」、「统一社会信用代码/身份证号」、「类别」、「备注」（备注可省略）',
    });
    expect(readBlacklistSheet([], [])).toMatchObject({ ok: false });
    expect(readBlacklistSheet(sheet([null, '', null]), [])).toMatchObject({
      ok: false,
      problem: expect.stringContaining('没有名单数据'),
    });
    const rows = Array.from({ length: 201 }, (_, index): SheetCell[] => [`单位${index}`, null, '失信']);
    expect(readBlacklistSheet(sheet(...rows), [])).toMatchObject({
      ok: false,
      problem: expect.stringContaining('一次最多导入 200 行'),
    });
    expect(readBlacklistSheet(sheet(...rows.slice(1)), [])).toMatchObject({ ok: true });
  });
});

describe('isSameEntry', () => {
  it('is the same code, or the same name where neither has a code', () => {
    expect(
      isSameEntry({ name: '新名', code: '91520100MA6DKXJ21Q' }, { name: '旧名', code: '91520100MA6DKXJ21Q' }),
    ).toBe(true);
    expect(isSameEntry({ name: '甲', code: '' }, { name: '甲', code: '' })).toBe(true);
    expect(isSameEntry({ name: '甲', code: '' }, { name: '甲', code: '91520100MA6DKXJ21Q' })).toBe(false);
    expect(isSameEntry({ name: '甲', code: '91520100MA6DKXJ21Q' }, { name: '甲', code: '' })).toBe(false);
  });
});

describe('the keys a new entry finds applications by', () => {
  it('gives each party its name and code, and an entry its own, so that they meet', () => {
    const content = completeApplication();
    const keys = partyKeys(content);
    expect(keys).toEqual(
      expect.arrayContaining([
        'n:中国有色金属学会',
        'c:51100000500000566Y',
        'n:贵州华科铝材料工程技术研究有限公司',
        'c:91520100MA6DKXJ21Q',
        'n:陈刚',
        'n:专家1',
      ]),
    );
    expect(new Set(keys).size).toBe(keys.length);
    expect(entryKeys({ name: '陈刚', code: '' })).toEqual(['n:陈刚']);
    expect(entryKeys({ name: '某公司', code: '91520100MA6DKXJ21Q' })).toEqual(['n:某公司', 'c:91520100MA6DKXJ21Q']);
  });
});

describe('blacklistHits', () => {
  const application = (status: ApplicationStatus): Pick<Application, '_id' | 'status' | 'content'> => ({
    _id: `app-${status}`,
    status,
    content: completeApplication(),
  });

  it('names the parties an undecided application shares with the entries, by the matching rule', () => {
    const hits = blacklistHits(
      [application('submitted'), application('recognised'), application('draft')],
      [
        { name: '陈刚', code: '' },
        { name: '贵州华科铝材料工程技术研究有限公司', code: '91520100MA6DKXJ99Q' },
      ],
    );
    expect(hits).toEqual([
      {
        applicationId: 'app-submitted',
        stationName: '中国有色金属学会贵阳铝加工工作站',
        societyName: '中国有色金属学会',
        status: 'submitted',
        parties: ['需求单位法定代表人「陈刚」'],
      },
      expect.objectContaining({ applicationId: 'app-draft' }),
    ]);
  });
});
