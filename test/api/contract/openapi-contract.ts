import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import request from 'supertest';

/**
 * Checks real answers against the committed contract (apps/api/openapi.json): the status must be one
 * the operation documents, and a JSON body must validate against the documented schema — with no
 * field the schema does not declare (every object schema is closed for the check).
 */
type Schema = Record<string, unknown>;
interface Operation {
  operationId: string;
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

const DOC = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../apps/api/openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

/**
 * The document's schemas as the validator reads them: every object schema that lists its properties
 * and says nothing of others admits no others, and `nullable: true` admits null (also beside an
 * `allOf` reference, as openapi-typescript — and so the web app — reads it).
 */
function closed(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(closed);
  if (!s || typeof s !== 'object') return s;
  const o: Record<string, unknown> = Object.fromEntries(Object.entries(s).map(([k, v]) => [k, k === 'example' ? v : closed(v)]));
  if (o.properties && o.additionalProperties === undefined) o.additionalProperties = false;
  if (o.nullable === true) {
    const { nullable: _n, ...rest } = o;
    return { anyOf: [{ type: 'null' }, rest] };
  }
  return o;
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ components: closed(DOC.components) }, 'openapi');

const ROUTES = Object.entries(DOC.paths).map(([template, ops]) => ({
  template,
  re: new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
  ops,
}));

export function operationFor(method: string, url: string): { template: string; op: Operation } | undefined {
  const p = url.split('?')[0];
  // A literal path wins over a templated one (/suggestions/district-check before /suggestions/{id}).
  const matches = ROUTES.filter((r) => r.re.test(p) && r.ops[method.toLowerCase()]).sort((a, b) => a.template.split('{').length - b.template.split('{').length);
  const r = matches[0];
  return r ? { template: r.template, op: r.ops[method.toLowerCase()] } : undefined;
}

const compiled = new Map<string, ValidateFunction>();
function validator(key: string, schema: Schema): ValidateFunction {
  let v = compiled.get(key);
  if (!v) {
    v = ajv.compile(JSON.parse(JSON.stringify(closed(schema)).replace(/"#\/components\//g, '"openapi#/components/')) as Schema);
    compiled.set(key, v);
  }
  return v;
}

/** What is wrong with one answer, by the contract (empty: it conforms). */
export function contractViolations(method: string, url: string, res: request.Response): string[] {
  const where = `${method.toUpperCase()} ${url.split('?')[0]} → ${res.status}`;
  const found = operationFor(method, url);
  if (!found) return [`${where}: no such operation in openapi.json`];
  const documented = found.op.responses[String(res.status)];
  if (!documented) return [`${where}: status not documented for ${found.op.operationId} (documented: ${Object.keys(found.op.responses).join(', ')})`];
  if (res.status === 204) return [];
  const type = String(res.headers['content-type'] ?? '')
    .split(';')[0]
    .trim();
  // Media types compare without their parameters (`text/csv; charset=utf-8` is text/csv).
  const content = Object.fromEntries(Object.entries(documented.content ?? {}).map(([k, v]) => [k.split(';')[0].trim(), v]));
  if (!Object.keys(content).length) return type ? [`${where}: sends ${type}, documents no body`] : [];
  if (!content[type]) return [`${where}: sends ${type}, documents ${Object.keys(content).join(', ')}`];
  const schema = content[type].schema;
  if (type !== 'application/json' || !schema) return [];
  const validate = validator(`${found.op.operationId}:${res.status}`, schema);
  if (validate(res.body)) return [];
  return (validate.errors ?? []).slice(0, 8).map((e) => `${where}: body${e.instancePath} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}

/** The committed document's paths and their methods. */
export const DOC_PATHS: Record<string, Record<string, unknown>> = DOC.paths;

/** The committed document as parsed JSON. */
export const COMMITTED: unknown = JSON.parse(JSON.stringify(DOC));

/** Every operation of the document, for a coverage report. */
export function allOperations(): string[] {
  return Object.values(DOC.paths).flatMap((ops) => Object.values(ops).map((o) => o.operationId));
}
