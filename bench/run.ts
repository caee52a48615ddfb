import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { BenchLine, formatLine } from './bench-util';
import { runStatsOverview } from './stats-overview.bench';
import { runIssueToEmail } from './issue-to-email.bench';
import { runReminderScan } from './reminder-scan.bench';
import { runDocNumber } from './doc-number.bench';
import { runGetDelivery } from './get-delivery.bench';
import { runPostReply } from './post-reply.bench';
import { runReminderMail } from './reminder-mail.bench';
import { runApiMemory } from './api-memory.bench';
import { runCourtLists } from './court-lists.bench';
import { runWebPhone } from './web-phone.bench';
import { runCases } from './cases.bench';
import { runImpactRanking } from './impact-ranking.bench';

/**
 * `npm run bench [-- <scenario>… ] [--letters=1000000] [--small-letters=10000]`
 * Runs the named scenarios (default: all), prints `name  value  unit  (ratio vs reference)` lines
 * and merges them into bench/results/latest.json. Add a scenario by adding an entry to SCENARIOS.
 * Database server: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
 * data goes to databases named sifa_jianyi_bench (large) and sifa_jianyi_bench_small.
 */
type Scenario = (args: Args) => Promise<BenchLine[]>;
interface Args {
  baseUrl: string;
  letters: number;
  smallLetters: number;
  log: (s: string) => void;
}

const SCENARIOS: Record<string, Scenario> = {
  'stats-overview': (a) => runStatsOverview({ baseUrl: a.baseUrl, smallLetters: a.smallLetters, largeLetters: a.letters, log: a.log }),
  'issue-to-email': (a) => runIssueToEmail({ baseUrl: a.baseUrl, log: a.log }),
  'reminder-scan': (a) => runReminderScan({ baseUrl: a.baseUrl, letters: a.letters, log: a.log }),
  'doc-number': (a) => runDocNumber({ baseUrl: a.baseUrl, log: a.log }),
  'get-delivery': (a) => runGetDelivery({ baseUrl: a.baseUrl, log: a.log }),
  'post-reply': (a) => runPostReply({ baseUrl: a.baseUrl, log: a.log }),
  'reminder-mail': (a) => runReminderMail({ baseUrl: a.baseUrl, log: a.log }),
  'court-lists': (a) => runCourtLists({ baseUrl: a.baseUrl, letters: a.letters, log: a.log }),
  'web-phone': (a) => runWebPhone({ baseUrl: a.baseUrl, log: a.log }),
  // BENCH_CASES_TOTAL (default 10,000,000): the size trends and lead detection are measured at after the 1M import.
  cases: (a) => runCases({ baseUrl: a.baseUrl, total: Number(process.env.BENCH_CASES_TOTAL ?? 10_000_000), log: a.log }),
  // BENCH_IMPACT_CASES (default 3,000,000): the case records the 治理成效 ranking counts over.
  'impact-ranking': (a) => runImpactRanking({ baseUrl: a.baseUrl, cases: Number(process.env.BENCH_IMPACT_CASES ?? 3_000_000), log: a.log }),
  // BENCH_SOAK_MINUTES (default 3 to keep the suite practical; QUALITY's soak is 30 minutes).
  'api-memory': (a) => runApiMemory({ baseUrl: a.baseUrl, minutes: Number(process.env.BENCH_SOAK_MINUTES ?? 3), log: a.log }),
};

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const opt = (name: string, fallback: number) => {
    const hit = argv.find((a) => a.startsWith(`--${name}=`));
    return hit ? Number(hit.split('=')[1]) : fallback;
  };
  const names = argv.filter((a) => !a.startsWith('--'));
  const unknown = names.filter((n) => !SCENARIOS[n]);
  if (unknown.length) throw new Error(`unknown scenario(s) ${unknown.join(', ')}; known: ${Object.keys(SCENARIOS).join(', ')}`);
  const args: Args = {
    baseUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    letters: opt('letters', 1_000_000),
    smallLetters: opt('small-letters', 10_000),
    log: (s) => process.stderr.write(`${s}\n`),
  };
  const file = join(__dirname, 'results', 'latest.json');
  const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { scenarios: {} };
  for (const name of names.length ? names : Object.keys(SCENARIOS)) {
    const lines = await SCENARIOS[name](args);
    for (const l of lines) process.stdout.write(`${formatLine(l)}\n`);
    previous.scenarios[name] = { at: new Date().toISOString(), cpus: cpus().length, lines };
  }
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(previous, null, 2)}\n`);
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exit(1);
  },
);
