import type { ReviewFlag } from '../../../../types/catalogue';
import type { Visit } from '../../../../types/domain';
import { neighbourhoods, reviewFlags } from '../domain/reviewFlags';
import { visitsOfExpertMonths } from '../store/visits';

/**
 * The review flags of the visits among `visits` that wait for a decision, by id: one read of their
 * experts' months for all of them, and none when nothing waits.
 */
export async function flagsOfWaiting(visits: readonly Visit[]): Promise<Map<string, ReviewFlag[]>> {
  const waiting = visits.filter((visit) => visit.status === 'pending');
  const neighbours = await visitsOfExpertMonths(neighbourhoods(waiting));
  return new Map(waiting.map((visit) => [visit._id, reviewFlags(visit, { neighbours })]));
}
