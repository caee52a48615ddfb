import { emptyCounters } from './counters';
import { percentileFromBuckets, SIGN_BUCKETS } from './histogram';
import { metricsOf, ratio } from './metrics';
import { rankRows } from './statistics.service';

/*
 * The counters themselves come from the rollup SQL and are tested in PostgreSQL on hand-built
 * deliveries (test/api/statistics-formulas.e2e-spec.ts); here: the TypeScript that turns summed
 * counters into figures, the histograms and the ranking.
 */
describe('figures from counters', () => {
  it('an empty scope gives rate null everywhere — never NaN, never 0', () => {
    const empty = metricsOf(emptyCounters());
    const all = [
      empty.issued,
      empty.signRate,
      empty.feedbackRate,
      empty.onTimeFeedbackRate,
      empty.adoptionRate,
      empty.itemAdoptionRate,
      empty.implementationRate,
      empty.avgHoursToSign,
      empty.p90HoursToSign,
      empty.avgDaysToReply,
      empty.p90DaysToReply,
      empty.overdue.sign,
      empty.overdue.reply,
      empty.overdue.followUp,
      empty.major,
      empty.copiedToSuperior,
    ];
    for (const x of all) {
      expect(x.rate).toBeNull();
      expect(x.denominator).toBe(0);
      expect(Number.isNaN(x.numerator)).toBe(false);
    }
    expect(JSON.stringify(empty)).not.toMatch(/NaN|null,"denominator":0,"rate":0/);
  });
});

describe('sign-time histogram and p90', () => {
  it('reports the upper edge of the bucket where the cumulative count reaches ⌈0.9 n⌉, capped by the max', () => {
    const counts = new Array(SIGN_BUCKETS).fill(0);
    counts[0] = 8; // eight signed within the hour
    counts[2] = 1; // [2, 4)
    counts[17] = 1; // [96, 120)
    expect(percentileFromBuckets(counts, 100)).toBe(4); // rank 9 falls in [2, 4)
    counts[0] = 7;
    expect(percentileFromBuckets(counts, 100)).toBe(100); // rank 9 of 9 → the [96,120) bucket, capped at 100
    expect(percentileFromBuckets(new Array(SIGN_BUCKETS).fill(0), null)).toBeNull();
  });
});

describe('ratio and ranking', () => {
  it('ratio is null on a zero denominator', () => {
    expect(ratio(0, 0)).toEqual({ numerator: 0, denominator: 0, rate: null });
    expect(ratio(0, 3)).toEqual({ numerator: 0, denominator: 3, rate: 0 });
  });

  it('ranks by rate with ties sharing a rank and no-figure last', () => {
    const row = (id: string, replied: number, due: number) => {
      const c = emptyCounters();
      c.issued = due;
      c.replied = replied;
      c.dueOrReplied = due;
      return { id, metrics: metricsOf(c) };
    };
    const ranked = rankRows([row('a', 1, 2), row('b', 2, 2), row('c', 0, 0), row('d', 2, 4)], 'feedbackRate');
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['b', 1],
      ['d', 2],
      ['a', 2],
      ['c', 4],
    ]);
  });
});
