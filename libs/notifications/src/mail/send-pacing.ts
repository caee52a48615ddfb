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
