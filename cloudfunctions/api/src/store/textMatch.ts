import { db } from './db';

/** A query value matching text that contains `text` literally, in any letter case. */
export function containing(text: string): unknown {
  return db().RegExp({ regexp: escapeRegExp(text), options: 'i' });
}

/** `text` as a pattern that matches itself: what a person types is never read as a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
