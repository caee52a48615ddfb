/**
 * The API contract, generated: builds the api's module graph without starting anything (Nest's
 * preview mode: no database, no Redis), takes its OpenAPI document, checks it (the contract's own
 * rules, then @apidevtools/swagger-parser) and writes
 *   apps/api/openapi.json            the document (components sorted, Prettier's layout)
 *   apps/web/src/api/openapi.d.ts    the web app's types, generated from it by openapi-typescript
 *
 *   npm run openapi:generate   write both
 *   npm run openapi:check      regenerate both into a temporary directory and fail when either differs
 *                              from the committed file (a DTO changed without regenerating)
 */
import 'reflect-metadata';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { ApiModule } from '../apps/api/src/api.module';
import { buildOpenApiDocument, contractProblems } from '../apps/api/src/openapi/openapi-document';

const ROOT = path.resolve(__dirname, '..');
export const OPENAPI_JSON = 'apps/api/openapi.json';
export const OPENAPI_TYPES = 'apps/web/src/api/openapi.d.ts';

const TYPES_BANNER =
  '/**\n * Generated from apps/api/openapi.json by `npm run openapi:generate` (openapi-typescript). Do not edit:\n' +
  ' * change the api’s DTOs and regenerate; `npm run openapi:check` fails while this file is stale.\n */\n';

async function format(text: string, file: string): Promise<string> {
  const options = (await prettier.resolveConfig(path.join(ROOT, file))) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

/** Both generated files, as text, from the code as it is now. */
export async function renderContract(): Promise<Record<string, string>> {
  const app = await NestFactory.create(ApiModule, new FastifyAdapter(), { preview: true, logger: false, abortOnError: false });
  const doc = buildOpenApiDocument(app);
  await app.close();
  const problems = contractProblems(doc);
  if (problems.length) throw new Error(`The OpenAPI document breaks the contract's rules:\n  ${problems.join('\n  ')}`);
  // The validator dereferences in place: give it a copy.
  await SwaggerParser.validate(structuredClone(doc) as never);
  const types = TYPES_BANNER + astToString(await openapiTS(doc as never, { alphabetize: false }));
  return { [OPENAPI_JSON]: await format(JSON.stringify(doc), OPENAPI_JSON), [OPENAPI_TYPES]: await format(types, OPENAPI_TYPES) };
}

function firstDifference(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  const i = x.findIndex((line, n) => line !== y[n]);
  const n = i === -1 ? x.length : i;
  return `line ${n + 1}: committed ${JSON.stringify(y[n] ?? '<end of file>')}, generated ${JSON.stringify(x[n] ?? '<end of file>')}`;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const files = await renderContract();
  if (!check) {
    for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(ROOT, file), text);
    console.log(`openapi: wrote ${Object.keys(files).join(', ')}`);
    return;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'openapi-check-'));
  const stale: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    const fresh = path.join(tmp, path.basename(file));
    fs.writeFileSync(fresh, text);
    const committed = fs.existsSync(path.join(ROOT, file)) ? fs.readFileSync(path.join(ROOT, file), 'utf8') : '';
    if (committed !== text) stale.push(`  ${file} differs from the code (fresh copy: ${fresh}), first at ${firstDifference(text, committed)}`);
  }
  if (stale.length) {
    console.error(
      `openapi:check failed: the committed API contract is not what the code generates.\n${stale.join('\n')}\n` +
        'Run `npm run openapi:generate`, check the web app still compiles (`npm run typecheck`), and commit both files.',
    );
    process.exit(1);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`openapi:check: ${Object.keys(files).join(' and ')} are up to date; the document is valid OpenAPI`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(`openapi: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
