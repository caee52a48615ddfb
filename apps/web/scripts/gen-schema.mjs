/**
 * Regenerates apps/web/src/api/schema.ts from the api's OpenAPI document:
 *   curl -s http://localhost:3000/api/docs-json > /tmp/openapi.json
 *   node apps/web/scripts/gen-schema.mjs /tmp/openapi.json > apps/web/src/api/schema.generated.ts
 * then merge into schema.ts (its tail holds hand-written aliases and the admin mail row).
 */
const fs = globalThis.process.getBuiltinModule('node:fs');
const d = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const S = d.components.schemas;
function ty(s) {
  if (!s) return 'unknown';
  if (s.$ref) return s.$ref.split('/').pop().replace(/Dto$/, '');
  if (s.allOf && s.allOf.length === 1) return ty(s.allOf[0]) + (s.nullable ? ' | null' : '');
  if (s.oneOf || s.anyOf) return (s.oneOf || s.anyOf).map(ty).join(' | ');
  let t;
  if (s.enum) t = s.enum.map((e) => JSON.stringify(e)).join(' | ');
  else if (s.type === 'array') t = `Array<${ty(s.items)}>`;
  else if (s.type === 'integer' || s.type === 'number') t = 'number';
  else if (s.type === 'string') t = 'string';
  else if (s.type === 'boolean') t = 'boolean';
  else if (s.type === 'object') {
    if (s.properties) t = obj(s, '  ');
    else if (s.additionalProperties) t = `Record<string, ${s.additionalProperties === true ? 'unknown' : ty(s.additionalProperties)}>`;
    else t = 'Record<string, unknown>';
  } else t = 'unknown';
  return s.nullable ? `${t} | null` : t;
}
function obj(s, ind) {
  const req = new Set(s.required || []);
  const lines = Object.entries(s.properties || {}).map(
    ([k, v]) => `${ind}${/^[a-zA-Z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}${req.has(k) ? '' : '?'}: ${ty(v)};`,
  );
  return `{\n${lines.join('\n')}\n${ind.slice(2)}}`;
}
let out = "/* Generated from the api's OpenAPI document (/api/docs-json); regenerate when DTOs change. */\n";
for (const [name, s] of Object.entries(S)) {
  const n = name.replace(/Dto$/, '');
  if (s.type === 'object' || s.properties) out += `export interface ${n} ${obj(s, '  ')}\n\n`;
  else out += `export type ${n} = ${ty(s)};\n\n`;
}
process.stdout.write(out);
