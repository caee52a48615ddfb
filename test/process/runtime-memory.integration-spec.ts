import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { imageEnv } from '../../bench/api-process';
import { API_NODE_OPTIONS, MALLOC_ENV, WORKER_NODE_OPTIONS } from '../../scripts/runtime-memory';

const root = path.resolve(__dirname, '../..');
const compose = readFileSync(path.join(root, 'docker-compose.yml'), 'utf8');

/** The block of one compose service (from `  name:` to the next service or the top-level key). */
function service(name: string): string {
  const m = new RegExp(`^  ${name}:\\n([\\s\\S]*?)(?=^  \\S|^\\S)`, 'm').exec(compose);
  if (!m) throw new Error(`no service ${name}`);
  return m[1];
}

// README "Runtime" → "Memory on Node 24". Checked by dropping the ENV line's NODE_OPTIONS, by changing
// the demo's flags alone, and by removing the worker's override: each fails.
describe('the api runs with the measured heap and allocator settings', () => {
  it("the image's final stage sets them for every process it starts", () => {
    const env = imageEnv();
    expect(env.NODE_OPTIONS).toBe('--max-semi-space-size=16 --max-old-space-size=256');
    expect(env.MALLOC_MMAP_THRESHOLD_).toBe('4194304');
    expect(env.NODE_ENV).toBe('production');
  });

  it('npm run demo starts the api with the same flags and allocator setting as the image', () => {
    expect(API_NODE_OPTIONS.join(' ')).toBe(imageEnv().NODE_OPTIONS);
    expect(MALLOC_ENV).toEqual({ MALLOC_MMAP_THRESHOLD_: imageEnv().MALLOC_MMAP_THRESHOLD_ });
  });

  it('compose leaves the api on the image settings and gives the worker an uncapped old space', () => {
    expect(service('api')).not.toMatch(/NODE_OPTIONS/);
    expect(service('api')).toMatch(/command: \['node', 'dist\/apps\/api\/src\/main\.js'\]/);
    const worker = /^\s+NODE_OPTIONS: (.+)$/m.exec(service('worker'));
    expect(worker?.[1]).toBe('--max-semi-space-size=16');
    expect(WORKER_NODE_OPTIONS.join(' ')).toBe(worker?.[1]);
  });
});
