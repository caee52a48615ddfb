import * as fs from 'node:fs';
import * as path from 'node:path';
import { LIB_GRAPH, libGraphMarkdown, TEST_ONLY_OUTSIDE, TEST_ONLY_USES } from './lib-graph';

/**
 * The library dependency rule, checked on the source: every `libs/<lib>/src` file imports only the
 * libraries its entry in lib-graph.ts lists, never an app, a script or a test folder, and the
 * README shows exactly that list. (Checked by breaking it: an `import … from '../../../apps/api/src/
 * api.module'` in libs/testing failed "imports outside libs", as it did before the test harness
 * moved to test/harness; `@app/statistics` in libs/search failed "imports only what lib-graph.ts
 * lists"; a changed README row failed the README comparison.)
 */
const ROOT = path.resolve(__dirname, '..');
const LIBS = path.join(ROOT, 'libs');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** Every module specifier a file names: `from '…'`, `import '…'`, `import('…')`, `require('…')`. */
function specifiers(text: string): string[] {
  const out: string[] = [];
  const re = /(?:\bfrom\s+|\bimport\s+|\bimport\s*\(\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[1]);
  return out;
}

interface Found {
  libs: Map<string, Set<string>>;
  outside: string[];
}

function scan(lib: string): { production: Found; tests: Found } {
  const production: Found = { libs: new Map(), outside: [] };
  const tests: Found = { libs: new Map(), outside: [] };
  const libDir = path.join(LIBS, lib);
  for (const file of sourceFiles(path.join(libDir, 'src'))) {
    const into = /\.spec\.ts$/.test(file) ? tests : production;
    const rel = path.relative(ROOT, file);
    for (const spec of specifiers(fs.readFileSync(file, 'utf8'))) {
      const named = /^@app\/([a-z-]+)/.exec(spec);
      if (named) {
        if (named[1] === lib) continue;
        if (!into.libs.has(named[1])) into.libs.set(named[1], new Set());
        into.libs.get(named[1])!.add(rel);
      } else if (spec.startsWith('.')) {
        const target = path.resolve(path.dirname(file), spec);
        if (!target.startsWith(libDir + path.sep)) into.outside.push(`${rel} → ${path.relative(ROOT, target)}`);
      }
    }
  }
  return { production, tests };
}

const topFolder = (arrow: string) => arrow.split(' → ')[1].split(path.sep)[0];

describe('library dependencies (lib-graph.ts)', () => {
  const dirs = fs
    .readdirSync(LIBS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const scanned = new Map(dirs.map((d) => [d, scan(d)]));

  it('has one entry per library folder', () => {
    expect(Object.keys(LIB_GRAPH).sort()).toEqual(dirs);
  });

  it.each(dirs)('%s imports only what lib-graph.ts lists, and uses all of it', (lib) => {
    const found = scanned.get(lib)!.production;
    const actual = [...found.libs.keys()].sort();
    const listed = [...(LIB_GRAPH[lib]?.uses ?? [])].sort();
    const unlisted = actual.filter((l) => !listed.includes(l)).map((l) => `${l} (${[...found.libs.get(l)!].join(', ')})`);
    expect({ lib, unlisted, listedButUnused: listed.filter((l) => !actual.includes(l)) }).toEqual({ lib, unlisted: [], listedButUnused: [] });
  });

  it.each(dirs)('%s imports nothing outside libs but its listed folders (never apps/, scripts/, test/)', (lib) => {
    const { production, tests } = scanned.get(lib)!;
    const allowed = LIB_GRAPH[lib]?.outside ?? [];
    expect(production.outside.filter((a) => !allowed.includes(topFolder(a)))).toEqual([]);
    expect(tests.outside.filter((a) => !allowed.includes(topFolder(a)) && !TEST_ONLY_OUTSIDE.includes(topFolder(a)))).toEqual([]);
  });

  it.each(dirs)('%s unit tests import only its libraries and the test helpers', (lib) => {
    const found = scanned.get(lib)!.tests;
    const allowed = [...(LIB_GRAPH[lib]?.uses ?? []), ...TEST_ONLY_USES];
    expect([...found.libs.keys()].filter((l) => !allowed.includes(l))).toEqual([]);
  });

  it('keeps the layers: core imports nothing, platform libraries no domain library, a domain library another only with a reason', () => {
    const problems: string[] = [];
    for (const [name, e] of Object.entries(LIB_GRAPH)) {
      if (name === 'core' && e.uses.length) problems.push('core imports a library');
      for (const used of e.uses) {
        const target = LIB_GRAPH[used];
        if (!target) problems.push(`${name} lists unknown ${used}`);
        else if (used === 'testing') problems.push(`${name} imports testing outside its tests`);
        else if (target.kind === 'domain' && e.kind === 'platform') problems.push(`platform ${name} imports domain ${used}`);
        else if (target.kind === 'domain' && !e.why?.[used]) problems.push(`${name} imports domain ${used} without saying what for`);
      }
      for (const lib of Object.keys(e.why ?? {})) if (!e.uses.includes(lib)) problems.push(`${name} gives a reason for ${lib} it does not import`);
    }
    expect(problems).toEqual([]);
  });

  it('has no cycle', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (lib: string, trail: string[]) => {
      if (state.get(lib) === 'done') return;
      if (state.get(lib) === 'visiting') return void cycles.push([...trail, lib].join(' → '));
      state.set(lib, 'visiting');
      for (const used of LIB_GRAPH[lib]?.uses ?? []) visit(used, [...trail, lib]);
      state.set(lib, 'done');
    };
    for (const lib of Object.keys(LIB_GRAPH)) visit(lib, []);
    expect(cycles).toEqual([]);
  });

  it('is what the README shows (between its lib-graph markers)', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- lib-graph:start -->\n([\s\S]*?)\n<!-- lib-graph:end -->/.exec(readme);
    expect(block?.[1]).toBe(libGraphMarkdown());
  });
});
