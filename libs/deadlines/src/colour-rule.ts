import { addDays } from '@app/core';
import { ClockKind, RUNNING_CLOCK_SQL, RunningClockKind } from './running-clock';

export type Colour = 'GREEN' | 'YELLOW' | 'RED';

/** The clock a delivery is running (sign-for, reply, implementation follow-up): see runningClock. */
export type ColourClock = RunningClockKind;

/**
 * 三色预警 as of one business date, per clock: a due date before `today` is RED; one on or before
 * `yellowUntil[clock]` is YELLOW; anything later — and a delivery with no running clock — is GREEN.
 * Yellow is per clock (a fresh delivery starts green): the sign-for clock turns yellow on its last
 * `SIGN_DUE_SOON_WORKING_DAYS` working days (default 1: on the due date itself), the reply clock
 * within `DUE_SOON_DAYS` days (default 7), the follow-up clock within `FOLLOW_UP_DUE_SOON_DAYS`
 * (default 7). Built by DeadlineService.colourRule(); the SQL twin is `colourSql` (list filters).
 */
export interface ColourRule {
  today: string;
  /** The last due date, per clock, that is yellow today. */
  yellowUntil: Record<ColourClock, string>;
}

export function colourOn(rule: ColourRule, clock: ClockKind | null, due: string | null | undefined): Colour {
  if (!clock || clock === 'NONE' || !due) return 'GREEN';
  if (due < rule.today) return 'RED';
  if (due <= rule.yellowUntil[clock]) return 'YELLOW';
  return 'GREEN';
}

/** The settings the rule is made of (AppConfig). */
export interface ColourSettings {
  signDueSoonWorkingDays: number;
  dueSoonDays: number;
  followUpDueSoonDays: number;
}

/**
 * The rule for `today`; `workingDaysAhead(today, n)` is the n-th working day after today (n = 0:
 * today). With no sign-for yellow days configured the sign-for clock is never yellow.
 */
export async function colourRuleFor(
  today: string,
  s: ColourSettings,
  workingDaysAhead: (from: string, n: number) => Promise<string> | string,
): Promise<ColourRule> {
  return {
    today,
    yellowUntil: {
      SIGN: s.signDueSoonWorkingDays <= 0 ? addDays(today, -1) : await workingDaysAhead(today, s.signDueSoonWorkingDays - 1),
      REPLY: addDays(today, s.dueSoonDays),
      FOLLOW_UP: addDays(today, s.followUpDueSoonDays),
    },
  };
}

/**
 * 三色预警 as SQL on `deliveries` aliased `d`, over the running clock's stored columns (the twin of
 * `colourOn`; its parameters from `colourSqlParams`): RED and YELLOW are ranges on
 * ix_deliveries_running_due (YELLOW narrowed per clock), GREEN the rest (no clock running included).
 */
export function colourSql(colour: Colour, d = 'd'): string {
  const due = RUNNING_CLOCK_SQL.dueDate(d);
  const until = `(CASE ${RUNNING_CLOCK_SQL.kind(d)} WHEN 'SIGN' THEN :yellowSign::date WHEN 'REPLY' THEN :yellowReply::date ELSE :yellowFollowUp::date END)`;
  if (colour === 'RED') return `${due} < :colourToday::date`;
  if (colour === 'YELLOW') return `(${due} BETWEEN :colourToday::date AND :yellowLast::date AND ${due} <= ${until})`;
  return `(${due} IS NULL OR ${due} > ${until})`;
}

/** The SQL parameters of `colourSql` for a rule. */
export function colourSqlParams(rule: ColourRule): Record<string, string> {
  const u = rule.yellowUntil;
  const last = [u.SIGN, u.REPLY, u.FOLLOW_UP].sort().at(-1)!;
  return { colourToday: rule.today, yellowSign: u.SIGN, yellowReply: u.REPLY, yellowFollowUp: u.FOLLOW_UP, yellowLast: last };
}
