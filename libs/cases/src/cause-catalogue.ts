import { ADMINISTRATIVE_CAUSES, ADMINISTRATIVE_RENAMED } from './administrative-causes.data';
import { CIVIL_CAUSES } from './cause-catalogue.data';

export type CauseKind = 'CIVIL' | 'ADMINISTRATIVE';

/** One 案由 of the catalogue. Children's codes start with their parent's. */
export interface CauseEntry {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
  kind: CauseKind;
}

function parse(text: string, prefix: 'M' | 'X', kind: CauseKind): CauseEntry[] {
  const out: CauseEntry[] = [];
  const stack: CauseEntry[] = [];
  const counters = new Map<string, number>();
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    const indent = raw.length - raw.trimStart().length;
    if (indent % 2) throw new Error(`cause catalogue: odd indentation in "${raw}"`);
    const level = indent / 2 + 1;
    if (level > stack.length + 1) throw new Error(`cause catalogue: "${raw.trim()}" skips a level`);
    stack.length = level - 1;
    const parent = stack[level - 2] ?? null;
    const parentKey = parent?.code ?? prefix;
    const n = (counters.get(parentKey) ?? 0) + 1;
    counters.set(parentKey, n);
    const entry: CauseEntry = { code: `${parentKey}${String(n).padStart(2, '0')}`, name: raw.trim(), level, parentCode: parent?.code ?? null, kind };
    out.push(entry);
    stack.push(entry);
  }
  return out;
}

/** The whole catalogue, civil then administrative, parents before children. */
export const CAUSE_CATALOGUE: readonly CauseEntry[] = [...parse(CIVIL_CAUSES, 'M', 'CIVIL'), ...parse(ADMINISTRATIVE_CAUSES, 'X', 'ADMINISTRATIVE')];

const BY_CODE = new Map(CAUSE_CATALOGUE.map((c) => [c.code, c]));
const nfkc = (s: string) => s.normalize('NFKC').trim();
/** A name used at several levels (不当得利纠纷 is a second- and a third-level cause) means the deepest. */
const BY_NAME = new Map<string, CauseEntry>();
for (const c of CAUSE_CATALOGUE) {
  const seen = BY_NAME.get(nfkc(c.name));
  if (!seen || c.level > seen.level) BY_NAME.set(nfkc(c.name), c);
}
/** Former names of renamed causes (行政案件 → 行政行为) still find them. */
export const CAUSE_RENAMED: Readonly<Record<string, readonly string[]>> = ADMINISTRATIVE_RENAMED;
for (const [code, names] of Object.entries(CAUSE_RENAMED)) for (const n of names) if (!BY_NAME.has(nfkc(n))) BY_NAME.set(nfkc(n), BY_CODE.get(code)!);

/**
 * The 规定's templates (不履行××职责, 订立××（行政协议）, ××（行政行为）公益诉讼) as patterns for the names
 * courts write with the ×× filled in; the one with the most fixed text wins. A filled-in 行政协议 ends
 * in 协议, and a 民事公益诉讼 is never taken for an administrative one.
 */
const TEMPLATES: Array<{ pattern: RegExp; fixed: number; cause: CauseEntry }> = CAUSE_CATALOGUE.filter((c) => c.name.includes('××'))
  .map((c) => {
    const parts = nfkc(c.name).split(/××(\([^)]*\))?/);
    const source = nfkc(c.name)
      .split(/(××(?:\([^)]*\))?)/)
      .map((part) => (part.startsWith('××') ? (part.includes('行政协议') ? '(.+协议)' : '(.+)') : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    const guard = c.name.endsWith('公益诉讼') ? '(?!.*民事公益诉讼$)' : '';
    return { pattern: new RegExp(`^${guard}${source}$`), fixed: parts.filter((x) => x && !x.startsWith('(')).join('').length, cause: c };
  })
  .sort((a, b) => b.fixed - a.fixed);

/** A cause by code (M040123), exact name (物业服务合同纠纷), former name, or a filled-in template; full-width/half-width tolerant. */
export function findCause(codeOrName: string): CauseEntry | null {
  const key = nfkc(codeOrName);
  const exact = BY_CODE.get(key.toUpperCase()) ?? BY_NAME.get(key);
  if (exact || !key) return exact ?? null;
  return TEMPLATES.find((t) => t.pattern.test(key))?.cause ?? null;
}

export function causeByCode(code: string): CauseEntry | null {
  return BY_CODE.get(code) ?? null;
}

/** The cause and its ancestors, root first. */
export function causePath(code: string): CauseEntry[] {
  const out: CauseEntry[] = [];
  for (let c = BY_CODE.get(code) ?? null; c; c = c.parentCode ? (BY_CODE.get(c.parentCode) ?? null) : null) out.unshift(c);
  return out;
}
