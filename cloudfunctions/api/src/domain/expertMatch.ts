import type { Industry, Need } from '../../../../types/domain';

/** What of a need an expert's profile matches. */
export interface NeedMatch {
  /** The expert works in the need's industry. */
  industry: boolean;
  /** The expert's expertise that the need's title, description or expected outcome names. */
  expertise: string[];
}

/** A tag shorter than this (one character) would match almost any text. */
const MIN_TAG_LENGTH = 2;

export function needMatch(
  need: Pick<Need, 'industry' | 'title' | 'description' | 'expectedOutcome'>,
  profile: { expertise: readonly string[]; industries: readonly Industry[] } | null,
): NeedMatch {
  if (!profile) return { industry: false, expertise: [] };
  const text = `${need.title}\n${need.description}\n${need.expectedOutcome}`.toLowerCase();
  const seen = new Set<string>();
  const expertise = profile.expertise
    .map((tag) => tag.trim())
    .filter((tag) => {
      const key = tag.toLowerCase();
      if (tag.length < MIN_TAG_LENGTH || seen.has(key)) return false;
      seen.add(key);
      return text.includes(key);
    });
  return { industry: profile.industries.includes(need.industry), expertise };
}

/** How well an expert fits: the industry counts one, each expertise the need names one more. */
export function matchScore(match: NeedMatch): number {
  return (match.industry ? 1 : 0) + match.expertise.length;
}

/** Those who match the need best first; equals by name, so the order is the same every time. */
export function rankCandidates<T extends { matches: NeedMatch }>(
  candidates: readonly T[],
  nameOf: (candidate: T) => string,
): T[] {
  return [...candidates].sort(
    (a, b) => matchScore(b.matches) - matchScore(a.matches) || nameOf(a).localeCompare(nameOf(b), 'zh'),
  );
}
