/**
 * How the api's process is started (README "Runtime" → "Memory on Node 24"); the image's `ENV` says the
 * same (test/process/runtime-memory.integration-spec.ts holds the two together).
 * - V8's young generation: Node 24 sizes it by the heap limit, 128 MB on a machine with plenty of
 *   memory. 16 MB semi-spaces (32 MB) cost no measurable throughput under the `api-memory` load.
 * - The old generation: capped at 256 MB. The cap also sets V8's heap growing factor, so the old
 *   space stays near its live size (~60–80 MB) instead of growing to several times it.
 * - glibc: a fixed mmap threshold, so argon2's 19 MiB per password check is mapped and returned
 *   instead of staying in the malloc arena of each thread-pool thread (4 × 19 MB otherwise).
 */
export const API_NODE_OPTIONS = ['--max-semi-space-size=16', '--max-old-space-size=256'];

/** The worker keeps the small young generation; its old space is not capped (case imports, exports). */
export const WORKER_NODE_OPTIONS = ['--max-semi-space-size=16'];

export const MALLOC_ENV = { MALLOC_MMAP_THRESHOLD_: '4194304' };
