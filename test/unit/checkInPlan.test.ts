import type { NeedSummary, VisitSummary } from '../../types/actions';
import { likelyNeed, planCheckIn, type RankedStation } from '../../src/utils/checkInPlan';

const station = (id: string, distanceM: number | null, radiusM = 500): RankedStation => ({
  place: { id, radiusM },
  distanceM,
});
const need = (id: string, stationId: string, status: NeedSummary['status'] = 'accepted') =>
  ({ id, stationId, status }) as NeedSummary;
const visit = (needId: string, stationId: string) => ({ needId, stationId }) as VisitSummary;

describe('what the check-in page chooses before the expert touches anything', () => {
  it('is certain with one station in range and one need assigned there', () => {
    const plan = planCheckIn([station('al', 30), station('el', 21_000)], [need('n1', 'al'), need('n2', 'el')], []);
    expect(plan).toEqual({ stationId: 'al', needId: 'n1', certain: true });
  });

  it('picks the nearest station in range and the need served last, but asks when two fit', () => {
    const assigned = [need('new', 'al'), need('served', 'al', 'in_service'), need('last', 'al', 'in_service')];
    const plan = planCheckIn([station('al', 30), station('el', 21_000)], assigned, [visit('last', 'al')]);
    expect(plan).toEqual({ stationId: 'al', needId: 'last', certain: false });
    // Never served here: one in service before a newer one only accepted.
    expect(likelyNeed('al', assigned, [visit('x', 'el')])?.id).toBe('served');
    expect(likelyNeed('al', [need('b', 'al'), need('a', 'al')], [])?.id).toBe('b');
  });

  it('is not certain with two stations in range, and takes the nearest', () => {
    const plan = planCheckIn([station('al', 30), station('el', 400)], [need('n1', 'al'), need('n2', 'el')], []);
    expect(plan).toEqual({ stationId: 'al', needId: 'n1', certain: false });
  });

  it('takes the nearest out of range, or without a fix the only station or the one last served', () => {
    expect(planCheckIn([station('al', 3000), station('el', 21_000)], [need('n1', 'al')], [])).toEqual({
      stationId: 'al',
      needId: 'n1',
      certain: false,
    });
    expect(planCheckIn([station('al', null)], [], []).stationId).toBe('al');
    expect(planCheckIn([station('al', null), station('el', null)], [], [visit('n2', 'el')]).stationId).toBe('el');
    expect(planCheckIn([station('al', null), station('el', null)], [], [])).toEqual({
      stationId: '',
      needId: '',
      certain: false,
    });
  });
});
