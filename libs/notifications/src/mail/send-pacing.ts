/**
 * Spaces events evenly at `perSecond` (0 = no limit): each `turn()` resolves at the next free slot,
 * 1/perSecond after the previous one. Slots are counted from the previous slot, not from when the
 * timer fired, so timer lateness does not add up; an idle pacer does not bank slots for a burst.
 * (nodemailer's own rateLimit counts only messages that wait for a free connection: a message that
 * finds one idle goes out at once, so under a trickle of jobs it let through far more than the limit.)
 */
export class RatePacer {
  private readonly intervalMs: number;
  private next = 0;

  constructor(perSecond: number) {
    this.intervalMs = perSecond > 0 ? 1000 / perSecond : 0;
  }

  turn(): Promise<void> {
    if (this.intervalMs === 0) return Promise.resolve();
    const now = performance.now();
    const at = Math.max(now, this.next);
    this.next = at + this.intervalMs;
    return at - now < 1 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, at - now));
  }
}

/** At most `size` callers inside `run` at once; the others wait in order. */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

/** One item's result from a group run: its value, or the error its caller gets. */
export type GroupResult<O> = { ok: true; value: O } | { ok: false; error: unknown };

/**
 * Runs submitted items in groups: at most `groups` runs at once, each taking up to `size` of the
 * items waiting when it starts (oldest first). An item equal to one already in the group waits for
 * a later group, so a group never holds the same item twice. If a run throws, every item of its
 * group gets that error. With a free run and nothing waiting, an item starts a group of its own
 * at once: grouping costs no latency, groups only fill while all runs are busy.
 */
export class GroupRunner<I, O> {
  private running = 0;
  private readonly waiting: { item: I; resolve: (o: O) => void; reject: (e: unknown) => void }[] = [];

  constructor(
    private readonly groups: number,
    private readonly size: number,
    private readonly run: (items: I[]) => Promise<GroupResult<O>[]>,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.running < this.groups && this.waiting.length > 0) {
      const group: typeof this.waiting = [];
      const taken = new Set<I>();
      for (let i = 0; i < this.waiting.length && group.length < this.size;) {
        const w = this.waiting[i];
        if (taken.has(w.item)) i++;
        else {
          taken.add(w.item);
          group.push(w);
          this.waiting.splice(i, 1);
        }
      }
      this.running++;
      Promise.resolve()
        .then(() => this.run(group.map((w) => w.item)))
        .then(
          (results) => group.forEach((w, i) => (results[i].ok ? w.resolve(results[i].value) : w.reject(results[i].error))),
          (e: unknown) => group.forEach((w) => w.reject(e)),
        )
        .finally(() => {
          this.running--;
          this.pump();
        });
    }
  }
}
