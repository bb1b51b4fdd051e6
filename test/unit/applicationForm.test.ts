import type { ApplicationContent } from '../../types/application';
import { renderApplicationForm } from '../../cloudfunctions/api/src/documents/applicationForm';
import { completeApplication } from '../support/applications';
import { readWord, tableStarting, type WordReadBack } from '../support/wordReadBack';
import { unzip } from '../support/zip';

// 2 December 2026, 09:30 in Shanghai; 1 December in UTC, so the footer shows the local date.
const GENERATED = new Date('2026-12-02T01:30:00Z');

/** The form's headings in its order (seed: the 申报书). */
const HEADINGS = [
  '“科创中国”贵阳学会产业科技服务工作站建设申报书',
  '填  写  说  明',
  '一、“科创中国”贵阳学会产业科技服务工作站申请单位基本情况',
  '二、“科创中国”贵阳学会产业科技服务工作站概况',
  '三、实施步骤（筹备、实施、总结、评估等阶段的时间安排及工作内容）',
  '四、经费支出预算',
  '项目合作协议',
  '站长及工作人员',
  '进站专家信息表',
  '申报材料附件',
  '五、项目申报方（乙方）审核意见',
  '六、监管单位（贵阳市科协）审核意见',
  '七、共同条款',
];

/** 七、共同条款 as the seed's form prints them. */
const COMMON_TERMS = [
  '1.监管单位为甲方，申报单位为乙方。申报书须经甲方、乙方代表人或授权委托人签字并加盖双方公章后生效。',
  '2.工作站建立过程中，乙方如需调整任务，应向甲方提出变更内容及理由的申请报告，经甲方审定同意后方可实施。',
  '3.乙方因故致使无法达到建站预期，提出中止任务的，应视情况，部分或全部退还甲方所拨项目经费。',
  '4.工作站开展工作过程中，甲方无故提出中止任务的，所拨经费不得追回。',
  '5.未尽事宜双方协商解决。',
  '6.本项目任务书正式文本一式叁份，乙方及甲方监督部门、财务部门各执壹份。',
];

type ReadBack = WordReadBack;

async function render(content: ApplicationContent, version = 2): Promise<ReadBack> {
  return readWord(await renderApplicationForm({ content, version }, { generatedAt: GENERATED }));
}

const EXPERT_ID_NUMBER = '520102198001011234';

/** The 100,300 yuan the form's own example totals: 壹拾万零叁佰元整 has a 零 inside. */
function nationalApplication(): ApplicationContent {
  const content = completeApplication('national');
  content.experts[0].idNumber = EXPERT_ID_NUMBER;
  // Entered after the staff member: printed first all the same.
  content.staff.reverse();
  content.budget.push(
    { category: 'meeting', content: '技术研讨会', amountFen: 3_000_000, basis: '3 场 × 10000 元' },
    { category: 'training', content: '技术骨干培训', amountFen: 2_000_000, basis: '4 期 × 5000 元' },
    { category: 'books', content: '标准与文献', amountFen: 30_000, basis: '按实购置' },
  );
  return content;
}

describe('renderApplicationForm (the printed 申报书)', () => {
  let national: ReadBack;
  beforeAll(async () => {
    national = await render(nationalApplication());
  });

  it('writes a .docx: a zip holding word/document.xml, the footers and the styles', () => {
    expect(national.docx.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const names = [...unzip(national.docx).keys()];
    expect(names).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/footer1.xml']),
    );
  });

  it('has every section of the form, in the form’s order', () => {
    const positions = HEADINGS.map((heading) => national.lines.indexOf(heading));
    expect(positions.filter((position) => position < 0)).toEqual([]);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('fills the cover and leaves the seal to the applicant', () => {
    const cover = national.lines.slice(0, national.lines.indexOf('填  写  说  明'));
    expect(cover).toEqual([
      '“科创中国”贵阳学会产业科技服务工作站建设申报书',
      '工作站名称：中国有色金属学会贵阳铝加工工作站',
      '申报单位（盖章）：中国有色金属学会',
      '申报日期：2026年12月2日',
      '贵阳市科学技术协会制',
    ]);
  });

  it('fills 一 from the society block and 二 with the host, level and industry in words', () => {
    expect(tableStarting(national.tables, '学会名称')).toEqual([
      ['学会名称', '中国有色金属学会'],
      ['统一社会信用代码', '51100000500000566Y'],
      ['负责人', '王建国', '职务/职称', '秘书长/教授级高工'],
      ['联系人', '李敏', '联系电话', '010-62345678'],
      ['通讯地址及邮编', '北京市海淀区复兴路 12 号（邮编 100814）'],
    ]);
    const overview = tableStarting(national.tables, '工作站名称');
    expect(overview).toEqual(
      expect.arrayContaining([
        ['工作站级别', '国家级工作站', '所属产业', '铝及铝加工制造业'],
        ['需求单位', '贵州华科铝材料工程技术研究有限公司'],
        ['单位类型', '企业', '法定代表人', '陈刚'],
        ['统一社会信用代码', '91520100MA6DKXJ21Q'],
        ['固定办公场所和设备', '办公室 2 间（60 平方米），电脑 4 台，检测实验室共用'],
      ]),
    );
  });

  it('lists the phases in the form’s order with their dates and work', () => {
    expect(tableStarting(national.tables, '阶段')).toEqual([
      ['阶段', '起止日期', '工作内容'],
      ['筹备', '2027年1月1日至2027年2月28日', '签订协议，组建专家团队'],
      ['实施', '2027年3月1日至2028年10月31日', '驻站服务，联合攻关'],
      ['总结', '2028年11月1日至2028年11月30日', '总结成果'],
      ['评估', '2028年12月1日至2028年12月31日', '接受考核评估'],
    ]);
  });

  it('prints the budget lines and the total in figures and in capital numerals', () => {
    expect(tableStarting(national.tables, '序号')).toEqual([
      ['序号', '经费类别', '支出内容', '金额（元）', '测算依据'],
      ['1', '专家差旅费', '省外专家往返差旅', '30,000.00', '10 人次 × 3000 元'],
      ['2', '咨询费', '专家咨询', '20,000.00', '20 次 × 1000 元'],
      ['3', '会议费', '技术研讨会', '30,000.00', '3 场 × 10000 元'],
      ['4', '培训费', '技术骨干培训', '20,000.00', '4 期 × 5000 元'],
      ['5', '书籍资料费', '标准与文献', '300.00', '按实购置'],
      ['合计', '￥100,300.00（人民币大写：壹拾万零叁佰元整）'],
    ]);
  });

  it('prints the agreement, the head before the staff, and the 进站专家信息表 without ID numbers', () => {
    expect(tableStarting(national.tables, '合作期限')).toEqual([
      ['合作期限', '2027年1月1日至2028年12月31日'],
      ['科技研发项目或成果转化任务', '高强铝合金铸锭低气孔率熔铸工艺研发'],
    ]);
    expect(tableStarting(national.tables, '姓名')).toEqual([
      ['姓名', '岗位', '派出单位', '专兼职', '手机', '职责'],
      ['周强', '站长', '学会派出', '兼职', '13985012345', '站长，全面负责'],
      ['吴燕', '工作人员', '需求单位派出', '专职', '13985054321', '日常联络'],
    ]);
    const [, experts] = national.tables.filter((table) => table[0][0] === '序号');
    expect(experts[0]).toEqual(['序号', '姓名', '工作单位', '职称', '专业领域', '所在省份']);
    expect(experts.slice(1)).toHaveLength(10);
    expect(experts[1]).toEqual(['1', '专家1', '贵州大学', '教授', '铝加工', '贵州省']);
    expect(experts[10]).toEqual(['10', '专家10', '中南大学', '教授', '铝加工', '湖南省']);
    expect(national.text).not.toContain(EXPERT_ID_NUMBER);
  });

  it('lists the attachments by purpose', () => {
    expect(national.lines).toEqual(
      expect.arrayContaining([
        '1. 项目合作协议：agreement.pdf',
        '2. 组建和服务方案：service_plan.pdf',
        '3. 相关制度：rules.pdf',
        '4. 专（兼）职人员名单：staff_list.pdf',
      ]),
    );
  });

  it('prints the bank account and leaves every signature, seal and date blank', () => {
    const applicant = national.lines.slice(
      national.lines.indexOf('五、项目申报方（乙方）审核意见'),
      national.lines.indexOf('六、监管单位（贵阳市科协）审核意见'),
    );
    expect(applicant).toEqual([
      '五、项目申报方（乙方）审核意见',
      '申报单位意见：',
      '单位负责人（签名）：',
      '单位公章：',
      '年　　月　　日',
      '申报单位银行账户：',
      '开户名称：中国有色金属学会',
      '开户银行：中国工商银行北京海淀支行',
      '银行账号：0200 0045 0908 8123 456',
      '财务负责人（签名）：',
      '单位财务章：',
      '年　　月　　日',
    ]);
    const supervisor = national.lines.slice(
      national.lines.indexOf('六、监管单位（贵阳市科协）审核意见'),
      national.lines.indexOf('七、共同条款'),
    );
    expect(supervisor).toEqual([
      '六、监管单位（贵阳市科协）审核意见',
      '监管单位审查意见：',
      '负责人：',
      '年　　月　　日',
    ]);
  });

  it('ends with the six common terms, verbatim', () => {
    expect(national.lines.slice(national.lines.indexOf('七、共同条款') + 1)).toEqual(COMMON_TERMS);
  });

  it('puts the version, the local date and the page numbers in the footer', () => {
    expect(national.footer).toBe('第 2 版 · 生成于 2026-12-02　　第 PAGE 页 / 共 NUMPAGES 页');
  });

  it('sets A4 portrait, 宋体 for the text and 黑体 for the headings', () => {
    const files = unzip(national.docx);
    const document = files.get('word/document.xml')!.toString('utf8');
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(document).toMatch(/<w:tblBorders><w:top w:val="single"/);
    const styles = files.get('word/styles.xml')!.toString('utf8');
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts [^>]*w:eastAsia="宋体"/);
    expect(styles).toMatch(/w:styleId="Heading1".*?w:eastAsia="黑体"/s);
  });
});

describe('renderApplicationForm at city level, with a 0.05-yuan line', () => {
  let city: ReadBack;
  beforeAll(async () => {
    const content = completeApplication('city');
    content.budget.push({ category: 'other', content: '银行手续费', amountFen: 5, basis: '按实' });
    city = await render(content, 1);
  });

  it('names the level in words and prints the five experts from Guizhou', () => {
    expect(tableStarting(city.tables, '工作站名称')).toContainEqual([
      '工作站级别',
      '市级服务站',
      '所属产业',
      '铝及铝加工制造业',
    ]);
    const [, experts] = city.tables.filter((table) => table[0][0] === '序号');
    expect(experts.slice(1).map((row) => row[5])).toEqual(Array(5).fill('贵州省'));
  });

  it('prints 0.05 and the total with its 零伍分', () => {
    const budget = tableStarting(city.tables, '序号');
    expect(budget.at(-2)).toEqual(['3', '其他', '银行手续费', '0.05', '按实']);
    expect(budget.at(-1)).toEqual(['合计', '￥50,000.05（人民币大写：伍万元零伍分）']);
  });

  it('says the first version in the footer', () => {
    expect(city.footer).toMatch(/^第 1 版 · 生成于 2026-12-02/);
  });
});

describe('renderApplicationForm of a draft half filled in', () => {
  it('prints blanks where nothing was given and 草稿 in the footer', async () => {
    const content = completeApplication('provincial');
    content.appliedOn = '';
    content.industry = '';
    content.host.type = '';
    content.budget = [{ category: '', content: '', amountFen: 0, basis: '' }];
    content.attachments = [];
    const draft = await render(content, 0);
    expect(draft.lines).toContain('申报日期：');
    expect(tableStarting(draft.tables, '工作站名称')).toContainEqual(['工作站级别', '省级服务站', '所属产业', '']);
    expect(tableStarting(draft.tables, '序号').at(-1)).toEqual(['合计', '￥0.00（人民币大写：零元整）']);
    expect(draft.lines).toContain('1. 项目合作协议：未附');
    expect(draft.footer).toMatch(/^草稿 · 生成于 2026-12-02/);
  });
});
