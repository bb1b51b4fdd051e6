/**
 * The three aspects a demand unit rates a confirmed visit on (1 to 5 stars each). Imported by
 * path, not through the index: only the reports subpackage and the function need the words, and
 * the main package carries everything the index exports.
 */
export const VISIT_RATING_ASPECTS = ['responsiveness', 'professionalism', 'effect'] as const;

export type VisitRatingAspect = (typeof VISIT_RATING_ASPECTS)[number];

export const VISIT_RATING_ASPECT_LABELS: Record<VisitRatingAspect, string> = {
  responsiveness: '响应速度',
  professionalism: '专业水平',
  effect: '服务效果',
};

/** The top of every rating scale: a visit's aspects and a need's closing rating alike. */
export const RATING_SCALE = 5;
