import 'reflect-metadata';
import { Global, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG, Clock, ConfigError, dataSourceOptions, FixedClock, SystemClock } from '@app/core';
import { drainReminders, RemindersModule, ReminderScanService } from '@app/reminders';
import { SCHEMA } from '@app/schema';
import { DataSource } from 'typeorm';
import { loadOperatorConfig } from './operator-env';

/**
 * `npm run reminders:scan -- --as-of <ISO instant> [--drain] [--timeout <seconds>]`
 * Runs one reminder scan — the same code the worker's scheduler runs — as of the given instant
 * (default now). With --drain, waits until every email the scan produced was accepted by SMTP or
 * failed (running workers do the sending).
 */
function parseArgs(argv: string[]): { asOf: Date | null; drain: boolean; timeoutMs: number } {
  let asOf: Date | null = null;
  let drain = false;
  let timeoutMs = 120_000;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--drain') drain = true;
    else if (a === '--as-of') {
      asOf = new Date(argv[++i] ?? '');
      if (Number.isNaN(asOf.getTime())) throw new ConfigError([`--as-of needs an ISO instant such as 2026-03-06T09:00:00+08:00 (got "${argv[i]}")`]);
    } else if (a === '--timeout') timeoutMs = Number(argv[++i]) * 1000;
    else throw new ConfigError([`unknown argument ${a}`]);
  }
  return { asOf, drain, timeoutMs };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const clock = args.asOf ? new FixedClock(args.asOf) : new SystemClock();
  // The scan issues no tokens: it needs the database, Redis and the audit key, not JWT_SECRET.
  const config = loadOperatorConfig();

  @Global()
  @Module({
    providers: [
      { provide: Clock, useValue: clock },
      { provide: APP_CONFIG, useValue: config },
    ],
    exports: [Clock, APP_CONFIG],
  })
  class CliContextModule {}

  @Module({
    imports: [
      CliContextModule,
      TypeOrmModule.forRootAsync({ inject: [APP_CONFIG], useFactory: (config: AppConfig) => dataSourceOptions(config, SCHEMA) }),
      RemindersModule,
    ],
  })
  class ScanCliModule {}

  const app = await NestFactory.createApplicationContext(ScanCliModule, { logger: ['error', 'warn'] });
  try {
    const result = await app.get(ReminderScanService).scan(clock.now());
    console.log(`scan as of ${result.asOf} (business date ${result.today}): ${result.candidates} deliveries due, ${result.created} new reminders`);
    if (args.drain && result.reminderIds.length) {
      const d = await drainReminders(app.get(DataSource), result.reminderIds, args.timeoutMs);
      console.log(
        d.drained
          ? `drained: ${d.sent} email(s) accepted by SMTP, ${d.failed} failed`
          : `not drained after ${args.timeoutMs / 1000}s: ${d.pending} still pending (is a worker running?)`,
      );
      if (!d.drained) process.exitCode = 2;
    }
  } finally {
    await app.close();
  }
}

main().catch((e) => {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(78);
  }
  console.error(e);
  process.exit(1);
});
