import { AppException } from '../errors/app.exception';
import { CommonErrorCode } from '../errors/error-codes';

/** A guard that does not hold: answered with its own code, as 409 unless it names a status (403: who may act). */
export interface GuardFailure {
  code: string;
  message: string;
  status?: 403 | 409;
}

/** One row of a transition table: state × action → next state, who, and what must hold. */
export interface TransitionRule<S extends string, A extends string, C, R extends string = string> {
  action: A;
  from: readonly S[];
  /** Possible next states (empty: the state does not change, e.g. a message). */
  to: readonly S[];
  /** Roles that may take the action (empty: only the system does it). */
  roles: readonly R[];
  /** An act of a named person (review, sign-off, evaluation, approval): an API token gets 403 PERSON_REQUIRED, whatever its roles. */
  byPerson?: boolean;
  /** Beyond the role: is the caller on the right side (author, own court, recipient…)? */
  side?: (ctx: C) => boolean;
  /** A business condition; null when it holds. */
  guard?: (ctx: C) => GuardFailure | null;
  /** Clock effects, for readers and the docs. */
  clocks?: string;
}

/** Who acts: the roles they hold. */
export interface TransitionActor {
  roles: readonly string[];
}

/** The context a rule is checked in carries the actor as `principal`. */
export interface HasPrincipal<P extends TransitionActor = TransitionActor> {
  principal: P;
}

/** Tells a named person from a machine caller (API token), for rules marked `byPerson`. */
export interface PersonCheck<P> {
  isPerson(p: P): boolean;
  /** Throws the refusal (403) when `p` is not a named person. */
  assertPerson(p: P): void;
}

/**
 * A transition table: the one source of truth for what may happen to an aggregate. Services call
 * `check` before changing anything and `allowed` to tell callers what they may do next.
 */
export class TransitionTable<S extends string, A extends string, C extends HasPrincipal, R extends string = string> {
  constructor(
    readonly rules: readonly TransitionRule<S, A, C, R>[],
    private readonly people: PersonCheck<C['principal']>,
  ) {}

  /**
   * The rule that lets the caller take `action` now, or throws: 403 when no role of the caller may
   * ever take it or the caller is on the wrong side, 409 INVALID_TRANSITION when the state does not
   * allow it, 409 (or the guard's own status) with the guard's code when a condition fails.
   */
  check(action: A, status: S, ctx: C): TransitionRule<S, A, C, R> {
    const byAction = this.rules.filter((r) => r.action === action);
    const byRole = byAction.filter((r) => r.roles.some((role) => ctx.principal.roles.includes(role)));
    if (byRole.length === 0) throw AppException.forbidden(`Your role does not allow ${action}`);
    if (byRole.every((r) => r.byPerson)) this.people.assertPerson(ctx.principal);
    const rule = byRole.find((r) => r.from.includes(status));
    if (!rule) {
      throw new AppException(409, CommonErrorCode.INVALID_TRANSITION, `${action} is not possible while the status is ${status}`, { action, status });
    }
    if (rule.side && !rule.side(ctx)) throw AppException.forbidden(`You may not take ${action} on this record`);
    const failed = rule.guard?.(ctx);
    if (failed) throw new AppException(failed.status ?? 409, failed.code, failed.message, { action, status });
    return rule;
  }

  /**
   * An action only the system takes (its rule lists no roles: a letter closing with its last
   * delivery). The rule when the state and the guard allow it now; null when the guard does not
   * hold (not due yet); 409 INVALID_TRANSITION when the state does not allow it at all. Throws a
   * plain Error when the table has no such system rule (a programming error).
   */
  checkSystem(action: A, status: S, ctx: C): TransitionRule<S, A, C, R> | null {
    const bySystem = this.rules.filter((r) => r.action === action && r.roles.length === 0);
    if (bySystem.length === 0) throw new Error(`transition table: ${action} is not an action of the system`);
    const rule = bySystem.find((r) => r.from.includes(status));
    if (!rule) {
      throw new AppException(409, CommonErrorCode.INVALID_TRANSITION, `${action} is not possible while the status is ${status}`, { action, status });
    }
    return rule.guard?.(ctx) ? null : rule;
  }

  /** Every action the caller could take now (role, side and guards all hold). */
  allowed(status: S, ctx: C): A[] {
    const out: A[] = [];
    for (const r of this.rules) {
      if (out.includes(r.action) || !r.from.includes(status)) continue;
      if (!r.roles.some((role) => ctx.principal.roles.includes(role))) continue;
      if (r.byPerson && !this.people.isPerson(ctx.principal)) continue;
      if (r.side && !r.side(ctx)) continue;
      if (r.guard?.(ctx)) continue;
      out.push(r.action);
    }
    return out;
  }

  /** The next state a rule allows; throws when the service asks for one the table does not list. */
  static target<S extends string>(rule: { to: readonly S[]; action: string }, next: S): S {
    if (!rule.to.includes(next)) throw new Error(`transition table: ${rule.action} cannot lead to ${next}`);
    return next;
  }
}
