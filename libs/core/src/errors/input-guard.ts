import { AppException, FieldError } from './app.exception';
import { CommonErrorCode } from './error-codes';

/** Deepest nesting of arrays/objects a JSON body may have; our deepest DTO (letter items) needs 3. */
export const MAX_JSON_DEPTH = 32;

/** How many offending fields one answer lists (a body full of NULs needs no 10,000 details). */
const MAX_DETAILS = 20;

const NUL_MESSAGE = 'must not contain NUL (\\u0000) characters';

const hasNul = (s: string): boolean => s.includes('\u0000');

/**
 * Scans a parsed request part (body, query string or route parameters) without recursion:
 * throws 400 MALFORMED_REQUEST when arrays/objects nest deeper than `maxDepth` (before anything
 * recursive — class-transformer, class-validator — can overflow the stack on it), and 400
 * VALIDATION_FAILED naming every field (or key) whose text holds a NUL character, which
 * PostgreSQL can store in neither text nor jsonb. Fields are reported in the order sent.
 * The first pass only pushes containers (a 1 MiB body costs less than parsing it); the paths
 * are worked out afterwards, for a refused body only.
 */
export function assertCleanInput(value: unknown, maxDepth = MAX_JSON_DEPTH, prefix = ''): void {
  if (typeof value === 'string') {
    if (hasNul(value)) throw AppException.validation([{ field: prefix || 'body', message: NUL_MESSAGE }]);
    return;
  }
  // A raw upload (the directory import's xlsx/CSV body) is bytes, not text fields: its reader checks it.
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return;
  const containers: object[] = [value];
  const depths: number[] = [0];
  let dirty = false;
  const visit = (x: unknown, depth: number) => {
    if (typeof x === 'string') dirty ||= hasNul(x);
    else if (x !== null && typeof x === 'object') {
      containers.push(x);
      depths.push(depth);
    }
  };
  while (containers.length > 0) {
    const v = containers.pop()!;
    const depth = depths.pop()!;
    if (depth >= maxDepth) {
      throw new AppException(400, CommonErrorCode.MALFORMED_REQUEST, `The JSON is nested deeper than ${maxDepth} levels`, { maxDepth });
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) visit(v[i], depth + 1);
    } else {
      for (const key of Object.keys(v)) {
        dirty ||= hasNul(key);
        visit((v as Record<string, unknown>)[key], depth + 1);
      }
    }
  }
  if (dirty) throw AppException.validation(nulFields(value, prefix ? [prefix] : []));
}

/** The dotted paths (`items.1.problem`) of the NULs in a value known to nest at most MAX depth. */
function nulFields(value: unknown, path: string[], out: FieldError[] = []): FieldError[] {
  const field = () => path.join('.') || 'body';
  if (out.length >= MAX_DETAILS) return out;
  if (typeof value === 'string') {
    if (hasNul(value)) out.push({ field: field(), message: NUL_MESSAGE });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const shown = key.replace(/\u0000/g, '\\u0000');
      if (hasNul(key) && out.length < MAX_DETAILS) out.push({ field: [...path, shown].join('.'), message: NUL_MESSAGE });
      nulFields(child, [...path, shown], out);
    }
  }
  return out;
}

interface GuardedRequest {
  body?: unknown;
  query?: unknown;
  params?: unknown;
}

/**
 * The one place bad characters and pathological nesting are refused, for every route: a Fastify
 * `preValidation` hook (after the body is parsed, before any pipe or DTO sees it) over the JSON
 * body, the query string and the route parameters.
 */
export function inputGuardHook(maxDepth = MAX_JSON_DEPTH) {
  return (req: GuardedRequest, _reply: unknown, done: (err?: Error) => void): void => {
    try {
      assertCleanInput(req.params, maxDepth);
      assertCleanInput(req.query, maxDepth);
      assertCleanInput(req.body, maxDepth);
      done();
    } catch (e) {
      done(e as Error);
    }
  };
}
