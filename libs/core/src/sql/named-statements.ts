import { bindNamed } from './named-params';

/**
 * {@link bindNamed} for SQL built again and again from one template with a few variants (a read by
 * id under each kind of caller's visibility scope): the text is built and scanned for placeholders
 * (a regex over a few kilobytes) once per variant and set of parameter names, after which binding
 * is a lookup by the variant's short key.
 */
export class NamedStatements {
  private readonly compiled = new Map<string, { text: string; names: string[] }>();

  constructor(private readonly kept = 200) {}

  /** `key` must tell apart every text `build` can return for this instance. */
  bind(key: string, params: Record<string, unknown>, build: () => string): [string, unknown[]] {
    const keys = Object.keys(params);
    const fullKey = `${keys.join(',')}\u0000${key}`;
    let c = this.compiled.get(fullKey);
    if (!c) {
      const [text, names] = bindNamed(build(), Object.fromEntries(keys.map((k) => [k, k])));
      c = { text, names: names as string[] };
      if (this.compiled.size < this.kept) this.compiled.set(fullKey, c);
    }
    return [c.text, c.names.map((n) => params[n])];
  }
}
