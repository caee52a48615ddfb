import 'reflect-metadata';
import { createReadStream, existsSync } from 'node:fs';
import { SYSTEM_ACTOR } from '@app/audit';
import { copyImportCases, dayIn } from '@app/cases';
import { ConfigError } from '@app/core';
import { openCliContext } from './cli-context';

/**
 * `npm run cases:import -- <file.csv> [--batch 50000] [--max-errors 1000]`
 * Streams case records (the import template, CSV UTF-8) into the database with COPY, idempotent by
 * 案号, then rebuilds the rollups of the courts it touched. Prints progress, the row errors (the
 * first --max-errors of them) and a summary line; exits 1 when a row was refused.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let file: string | null = null;
  let batch = 50_000;
  let maxErrors = 1000;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--batch') batch = Number(argv[++i]);
    else if (argv[i] === '--max-errors') maxErrors = Number(argv[++i]);
    else if (!file && !argv[i].startsWith('--')) file = argv[i];
    else throw new ConfigError([`unknown argument ${argv[i]}`]);
  }
  if (!file) throw new ConfigError(['usage: npm run cases:import -- <file.csv> [--batch 50000] [--max-errors 1000]']);
  if (!existsSync(file)) throw new ConfigError([`no such file: ${file}`]);
  if (!(batch >= 100 && batch <= 1_000_000)) throw new ConfigError(['--batch must be between 100 and 1000000']);
  const ctx = await openCliContext();
  try {
    const today = dayIn(new Date(), ctx.config.businessTz);
    let last = 0;
    const r = await copyImportCases(ctx.ds, createReadStream(file), {
      today,
      batch,
      maxErrors,
      onProgress: (read) => {
        if (read - last >= 100_000) {
          last = read;
          process.stderr.write(`  ${read} rows read…\n`);
        }
      },
    });
    for (const e of r.errors) console.error(`第${e.row}行 ${e.field}: ${e.message}`);
    await ctx.ds.transaction((m) =>
      ctx.audit.record(m, SYSTEM_ACTOR, {
        action: 'cases.import',
        entityType: 'cases',
        data: { source: 'command', file, rows: r.rows, created: r.created, updated: r.updated, rejected: r.errorCount, courts: r.courts },
      }),
    );
    console.log(
      `cases:import ${file}: ${r.rows} rows, ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.errorCount} refused, ` +
        `${r.courts} courts, ${(r.durationMs / 1000).toFixed(1)} s`,
    );
    if (r.errorCount) process.exitCode = 1;
  } finally {
    await ctx.close();
  }
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(2);
});
