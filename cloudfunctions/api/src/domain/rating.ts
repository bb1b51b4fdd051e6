/** A rating may be changed for this long after it is first given; then it is fixed. */
export const RATING_EDIT_DAYS = 7;

export function ratingEditableUntil(firstAt: string): string {
  return new Date(new Date(firstAt).getTime() + RATING_EDIT_DAYS * 86_400_000).toISOString();
}

export function ratingLocked(firstAt: string, now: Date): boolean {
  return now.getTime() > new Date(ratingEditableUntil(firstAt)).getTime();
}
