import { countersOfFacts, DeliveryFact, emptyCounters } from './counters';
import { bucketOf, percentileFromBuckets, REPLY_DAY_EDGES, REPLY_DAYS, SIGN_BUCKETS } from './histogram';
import { metricsOf, ratio } from './metrics';
import { rankRows } from './statistics.service';

const at = (iso: string) => new Date(iso);
const base = (over: Partial<DeliveryFact>): DeliveryFact => ({
  status: 'DELIVERED',
  major: false,
  copiedToSuperior: false,
  deliveredAt: at('2025-04-01T00:00:00Z'),
  signedAt: null,
  signDueDate: '2025-04-04',
  replyDueDate: '2025-06-04',
  repliedAt: null,
  repliedOn: null,
  evaluationResult: null,
  implementationConfirmed: false,
  followUpDate: null,
  itemStances: [],
  ...over,
});
const hoursAfter = (h: number) => new Date(at('2025-04-01T00:00:00Z').getTime() + h * 3_600_000);
const daysAfter = (d: number) => new Date(at('2025-04-01T00:00:00Z').getTime() + d * 86_400_000);

/** Seven main deliveries with known answers, as of 2025-06-30. */
const TODAY = '2025-06-30';
const FACTS: DeliveryFact[] = [
  // F1: signed in 2 h, replied on time (day 39 ≤ due), adopted and implemented; items ADOPT + PARTIAL; 重大, superior copied.
  base({
    status: 'IMPLEMENTED',
    major: true,
    copiedToSuperior: true,
    signedAt: hoursAfter(2),
    replyDueDate: '2025-05-20',
    repliedAt: daysAfter(39),
    repliedOn: '2025-05-10',
    evaluationResult: 'ADOPTED',
    implementationConfirmed: true,
    itemStances: ['ADOPT', 'PARTIAL'],
  }),
  // F2: signed in 30 h, replied AFTER its due date, partially adopted, implementing with the follow-up date passed.
  base({
    status: 'IMPLEMENTING',
    signedAt: hoursAfter(30),
    replyDueDate: '2025-05-31',
    repliedAt: daysAfter(65),
    repliedOn: '2025-06-05',
    evaluationResult: 'PARTIALLY_ADOPTED',
    followUpDate: '2025-06-15',
    itemStances: ['DECLINE', 'ADOPT', 'ADOPT'],
  }),
  // F3: signed in 5 h, reply due 2025-06-01 and missing: counts in the denominators, overdue to reply.
  base({ status: 'SIGNED', signedAt: hoursAfter(5), replyDueDate: '2025-06-01' }),
  // F4: never signed, sign-for due date passed; reply not yet due.
  base({ status: 'DELIVERED', signDueDate: '2025-06-25', replyDueDate: '2025-08-20' }),
  // F5: signed in 1 h, reply not due yet: in no feedback denominator.
  base({ status: 'SIGNED', signedAt: hoursAfter(1), replyDueDate: '2025-07-31' }),
  // F6: returned as misdelivered (it was re-routed): counts nowhere.
  base({ status: 'REJECTED_BY_RECIPIENT', signDueDate: '2025-04-03' }),
  // F7: signed in 10 h, replied ON its due date, not adopted; one item declined.
  base({
    status: 'NOT_ADOPTED',
    signedAt: hoursAfter(10),
    replyDueDate: '2025-05-11',
    repliedAt: daysAfter(40),
    repliedOn: '2025-05-11',
    evaluationResult: 'NOT_ADOPTED',
    itemStances: ['DECLINE'],
  }),
];

describe('statistics formulas (PRODUCT.md Metrics) on hand-built deliveries', () => {
  const m = metricsOf(countersOfFacts(FACTS, TODAY));

  it('counts issued main deliveries, leaving out the rejected one', () => {
    expect(m.issued).toEqual({ numerator: 6, denominator: 6, rate: 1 });
    expect(m.major).toEqual({ numerator: 1, denominator: 6, rate: 0.166667 });
    expect(m.copiedToSuperior).toEqual({ numerator: 1, denominator: 6, rate: 0.166667 });
  });

  it('签收率 = signed ÷ issued; average and p90 hours to sign', () => {
    expect(m.signRate).toEqual({ numerator: 5, denominator: 6, rate: 0.833333 });
    expect(m.avgHoursToSign).toEqual({ numerator: 48, denominator: 5, rate: 9.6 });
    // 5 values (1, 2, 5, 10, 30): rank ⌈4.5⌉ = 5 is the 30 h value, bucket [30, 36) capped at the max 30.
    expect(m.p90HoursToSign).toEqual({ numerator: 30, denominator: 5, rate: 30 });
  });

  it('反馈率 counts a late reply; 按期反馈率 does not (same denominator: due or replied)', () => {
    // replied: F1, F2 (late), F7 (on the due date) = 3; due or replied: those + F3 = 4 (F4, F5 not yet due).
    expect(m.feedbackRate).toEqual({ numerator: 3, denominator: 4, rate: 0.75 });
    expect(m.onTimeFeedbackRate).toEqual({ numerator: 2, denominator: 4, rate: 0.5 });
    expect(m.avgDaysToReply).toEqual({ numerator: 144, denominator: 3, rate: 48 });
    // 3 values (39, 40, 65 days): rank ⌈2.7⌉ = 3 is the 65-day reply, bucket [63, 70) capped at the max 65.
    expect(m.p90DaysToReply).toEqual({ numerator: 65, denominator: 3, rate: 65 });
  });

  it('采纳率 over evaluated replies, per-item adoption alongside, 落实率 over adopted', () => {
    expect(m.adoptionRate).toEqual({ numerator: 2, denominator: 3, rate: 0.666667 });
    // items answered 2 + 3 + 1 = 6; ADOPT or PARTIAL: 2 (F1) + 2 (F2) = 4.
    expect(m.itemAdoptionRate).toEqual({ numerator: 4, denominator: 6, rate: 0.666667 });
    expect(m.implementationRate).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
  });

  it('overdue now by step, over what is open at that step', () => {
    expect(m.overdue.sign).toEqual({ numerator: 1, denominator: 1, rate: 1 });
    expect(m.overdue.reply).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
    expect(m.overdue.followUp).toEqual({ numerator: 1, denominator: 1, rate: 1 });
  });

  it('moves with "today": a day before F3 fell due it was in no denominator', () => {
    const earlier = metricsOf(countersOfFacts(FACTS, '2025-06-01'));
    expect(earlier.feedbackRate).toEqual({ numerator: 3, denominator: 3, rate: 1 });
    expect(earlier.overdue.reply).toEqual({ numerator: 0, denominator: 2, rate: 0 });
    expect(earlier.overdue.sign).toEqual({ numerator: 0, denominator: 1, rate: 0 });
  });

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

  it('only rejected deliveries: still an empty scope', () => {
    const only = metricsOf(countersOfFacts([FACTS[5]], TODAY));
    expect(only.issued).toEqual({ numerator: 0, denominator: 0, rate: null });
    expect(only.feedbackRate.rate).toBeNull();
  });
});

describe('sign-time histogram and p90', () => {
  it('puts a value in the bucket [edge(i-1), edge(i)) like SQL width_bucket', () => {
    expect(bucketOf(0)).toBe(0);
    expect(bucketOf(0.99)).toBe(0);
    expect(bucketOf(1)).toBe(1);
    expect(bucketOf(23.5)).toBe(8);
    expect(bucketOf(24)).toBe(9);
    expect(bucketOf(10_000)).toBe(SIGN_BUCKETS - 1);
  });

  it('reports the upper edge of the bucket where the cumulative count reaches ⌈0.9 n⌉, capped by the max', () => {
    const counts = new Array(SIGN_BUCKETS).fill(0);
    counts[bucketOf(0.5)] = 8; // eight signed within the hour
    counts[bucketOf(3)] = 1; // [2, 4)
    counts[bucketOf(100)] = 1; // [96, 120)
    expect(percentileFromBuckets(counts, 100)).toBe(4); // rank 9 falls in [2, 4)
    counts[bucketOf(0.5)] = 7;
    expect(percentileFromBuckets(counts, 100)).toBe(100); // rank 9 of 9 → the [96,120) bucket, capped at 100
    expect(percentileFromBuckets(new Array(SIGN_BUCKETS).fill(0), null)).toBeNull();
  });
});

describe('reply-time p90', () => {
  it('is the upper edge of the bucket of the ⌈0.9 n⌉-th reply when that is below the largest', () => {
    // Nine replies within 15–20 days and one after 100: rank 9 falls in [14, 21) → 21 days.
    const facts = [15, 16, 17, 18, 18, 19, 19, 20, 20, 100].map((d) =>
      base({ status: 'REPLIED', signedAt: hoursAfter(1), repliedAt: daysAfter(d), repliedOn: '2025-05-01' }),
    );
    const c = countersOfFacts(facts, TODAY);
    expect(c.replyBuckets).toHaveLength(REPLY_DAYS.columns.length);
    expect(c.replyBuckets[bucketOf(15, REPLY_DAY_EDGES)]).toBe(9);
    expect(c.replyDaysMax).toBe(100);
    expect(metricsOf(c).p90DaysToReply).toEqual({ numerator: 21, denominator: 10, rate: 21 });
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
