/**
 * Which library may import which (`@app/<name>`): the one list `lib-graph.spec.ts` enforces on
 * every `libs/<lib>/src` file and the README's architecture section shows. No library imports an
 * application (`apps/`) or an operator script (`scripts/`). Plumbing comes from `core`; a domain
 * library imports another domain library only for that domain, and says what for (`why`).
 */
export type LibKind = 'infrastructure' | 'platform' | 'domain';

export interface LibEntry {
  kind: LibKind;
  /** What it holds, one line. */
  holds: string;
  /** Libraries it imports (besides itself). */
  uses: readonly string[];
  /** For each domain library it uses: the domain reason. */
  why?: Readonly<Record<string, string>>;
  /** Folders outside `libs/` its production code may import (relative to the repository). */
  outside?: readonly string[];
}

export const LIB_GRAPH: Readonly<Record<string, LibEntry>> = {
  core: {
    kind: 'infrastructure',
    holds: 'config, database, SQL binding, prepared statements, errors, clock and business date, transition table, text escaping',
    uses: [],
  },
  notifications: { kind: 'platform', holds: 'outbox, mail, in-app notices', uses: ['core'] },
  audit: { kind: 'platform', holds: 'hash-chained audit events, checkpoints and their digest mail', uses: ['core', 'notifications'] },
  identity: { kind: 'platform', holds: 'users, roles, auth, API tokens, who may act', uses: ['audit', 'core'] },
  directory: { kind: 'platform', holds: 'organizations tree, regions, visibility scope', uses: ['audit', 'core', 'identity'] },
  deadlines: { kind: 'domain', holds: 'legal calendar and due-date arithmetic', uses: ['audit', 'core', 'identity'] },
  attachments: { kind: 'domain', holds: 'files: storage, type detection, visibility', uses: ['audit', 'core', 'directory', 'identity'] },
  documents: { kind: 'domain', holds: '司法建议书 and 送达回证 rendering', uses: ['core'] },
  webhooks: { kind: 'domain', holds: 'webhook subscriptions and signed delivery', uses: ['audit', 'core', 'identity', 'notifications'] },
  deliveries: {
    kind: 'domain',
    holds: 'per-recipient delivery: sign, reply, evaluation, implementation, extensions, messages, timeline',
    uses: ['attachments', 'audit', 'core', 'deadlines', 'directory', 'identity', 'notifications'],
    why: { attachments: 'files of replies and messages', deadlines: 'sign-for and reply clocks' },
  },
  cases: {
    kind: 'domain',
    holds: 'case records: 案号 parser, 案由 catalogue, import, trends, class-case leads, governance impact',
    uses: ['audit', 'core', 'directory', 'identity'],
  },
  suggestions: {
    kind: 'domain',
    holds: 'the letter: drafting, sign-off, issue, escalation, closing',
    uses: ['attachments', 'audit', 'cases', 'core', 'deadlines', 'deliveries', 'directory', 'identity', 'notifications'],
    why: {
      attachments: 'files of the letter',
      cases: 'source 案号 validated, normalized and parsed by the one case-number parser',
      deadlines: 'reply period at issue',
      deliveries: 'issuing creates the deliveries; the letter’s timeline; closing with the last delivery',
    },
  },
  search: { kind: 'domain', holds: 'full-text search and similar letters', uses: ['core', 'directory', 'identity'] },
  statistics: {
    kind: 'domain',
    holds: 'rollups, dashboards, exports, overdue list, governance impact ranking',
    uses: ['cases', 'core', 'deadlines', 'directory', 'identity'],
    why: {
      cases: 'governance impact (治理成效) of adopted letters, one formula, ranked in dashboards, exports and the annual report',
      deadlines: 'which due date is running',
    },
  },
  worklist: {
    kind: 'domain',
    holds: 'the court admin’s work list and the watch list',
    uses: ['core', 'deadlines', 'directory', 'identity'],
    why: { deadlines: 'which due date is running, its colour' },
  },
  reminders: {
    kind: 'domain',
    holds: 'reminder rules and scan, event fan-out',
    uses: ['audit', 'core', 'deadlines', 'notifications', 'webhooks'],
    why: { deadlines: 'due dates to remind of', webhooks: 'events sent to subscribers' },
  },
  schema: {
    kind: 'infrastructure',
    holds: 'the explicit entity and migration lists',
    uses: ['attachments', 'audit', 'deadlines', 'deliveries', 'directory', 'identity', 'notifications', 'reminders', 'suggestions', 'webhooks'],
    why: {
      attachments: 'its entities',
      deadlines: 'its entities',
      deliveries: 'its entities',
      reminders: 'its entities',
      suggestions: 'its entities',
      webhooks: 'its entities',
    },
    outside: ['migrations'],
  },
  testing: { kind: 'infrastructure', holds: 'test databases, browser, Redis and file fixtures (tests only)', uses: ['core'] },
};

/** Libraries any unit test (`*.spec.ts`) may import besides its library's own list. */
export const TEST_ONLY_USES: readonly string[] = ['testing'];
/** Folders outside `libs/` any unit test may import (the calendars a migration enters). */
export const TEST_ONLY_OUTSIDE: readonly string[] = ['migrations'];

/** The README's dependency list, as the README shows it (between its lib-graph markers). */
export function libGraphMarkdown(): string {
  const lines = ['| library | kind | imports | what for (domain imports) |', '|---|---|---|---|'];
  for (const [name, e] of Object.entries(LIB_GRAPH)) {
    const why = Object.entries(e.why ?? {})
      .map(([lib, reason]) => `${lib}: ${reason}`)
      .join('; ');
    const uses = [...e.uses.map((u) => `\`${u}\``), ...(e.outside ?? []).map((o) => `\`${o}/\``)].join(', ') || '—';
    lines.push(`| \`${name}\` | ${e.kind} | ${uses} | ${why || '—'} |`);
  }
  return lines.join('\n');
}
