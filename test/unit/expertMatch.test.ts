import { matchScore, needMatch, rankCandidates } from '../../cloudfunctions/api/src/domain/expertMatch';

const need = {
  industry: 'aluminium' as const,
  title: '电解槽节能降耗',
  description: '电解槽吨铝电耗偏高，希望诊断原因。',
  expectedOutcome: '电耗下降 3%',
};

describe('what of a need an expert’s profile matches', () => {
  it('the industry, and each expertise the need’s text names', () => {
    expect(needMatch(need, { expertise: ['铝电解', '节能降耗', '轧制工艺'], industries: ['aluminium'] })).toEqual({
      industry: true,
      expertise: ['节能降耗'],
    });
    expect(needMatch(need, { expertise: ['轧制工艺'], industries: ['electronics'] })).toEqual({
      industry: false,
      expertise: [],
    });
  });

  it('ignores one-character tags, blanks and repeats, and letter case', () => {
    const plc = { ...need, description: '改造 PLC 控制柜' };
    expect(needMatch(plc, { expertise: ['电', ' ', 'plc', 'PLC '], industries: [] }).expertise).toEqual(['plc']);
  });

  it('matches nothing for an expert without a profile', () => {
    expect(needMatch(need, null)).toEqual({ industry: false, expertise: [] });
  });
});

describe('the order of the candidates', () => {
  const candidate = (name: string, industry: boolean, expertise: string[]) => ({
    name,
    matches: { industry, expertise },
  });

  it('best match first, equals by name', () => {
    const ranked = rankCandidates(
      [
        candidate('吴芳', false, []),
        candidate('周涛', true, []),
        candidate('陈静', true, ['节能降耗']),
        candidate('郑磊', false, ['电解']),
      ],
      (c) => c.name,
    );
    expect(ranked.map((c) => c.name)).toEqual(['陈静', '郑磊', '周涛', '吴芳']);
    expect(ranked.map((c) => matchScore(c.matches))).toEqual([2, 1, 1, 0]);
  });
});
