import { capitalYuan, formatYuan, yuanToFen } from '../../types/catalogue/money';

describe('capitalYuan (人民币大写)', () => {
  it.each([
    [0, '零元整'],
    [5, '伍分'],
    [50, '伍角'],
    [150, '壹元伍角'],
    [1_000, '壹拾元整'],
    [30_005, '叁佰元零伍分'],
    [168_032, '壹仟陆佰捌拾元叁角贰分'],
    [101_000, '壹仟零壹拾元整'],
    [5_000_000, '伍万元整'],
    [10_000_000, '壹拾万元整'],
    [10_030_000, '壹拾万零叁佰元整'],
    [10_700_053, '壹拾万柒仟元伍角叁分'],
    [100_000_005, '壹佰万元零伍分'],
    [100_100_000, '壹佰万壹仟元整'],
    [1_001_000_000, '壹仟零壹万元整'],
    [10_000_000_000, '壹亿元整'],
    [10_000_100_000, '壹亿零壹仟元整'],
    [10_000_000_100, '壹亿零壹元整'],
    [99_999_999_999_999, '玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
  ])('%i fen is %s', (fen, words) => {
    expect(capitalYuan(fen)).toBe(words);
  });

  it.each([-1, 0.5, Number.NaN, 100_000_000_000_000])('refuses %p, which is not an amount in fen', (fen) => {
    expect(() => capitalYuan(fen)).toThrow(RangeError);
  });
});

describe('yuanToFen', () => {
  it.each([
    ['0', 0],
    ['0.05', 5],
    ['10', 1_000],
    ['100,300', 10_030_000],
    ['1000000.05', 100_000_005],
    [' 12.5 ', 1_250],
  ])('reads %p as %i fen', (text, fen) => {
    expect(yuanToFen(text)).toBe(fen);
  });

  it.each(['', '-1', '1.234', 'abc', '1e5', '.5', '1.'])('refuses %p', (text) => {
    expect(yuanToFen(text)).toBeNull();
  });
});

describe('formatYuan', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [10_030_000, '100,300.00'],
    [100_000_005, '1,000,000.05'],
  ])('%i fen reads %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });
});
