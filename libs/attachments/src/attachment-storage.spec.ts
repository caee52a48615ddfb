import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { AppException } from '@app/core';
import { AttachmentStorage } from './attachment-storage';

describe('AttachmentStorage', () => {
  let root: string;
  let storage: AttachmentStorage;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'storage-'));
    storage = new AttachmentStorage(root);
  });
  afterEach(() => fs.rm(root, { recursive: true, force: true }));

  /** A stream of `chunks` chunks of 64 KiB that counts how many were pulled. */
  const source = (chunks: number) => {
    let pulled = 0;
    const stream = Readable.from(
      (function* () {
        for (let i = 0; i < chunks; i++) {
          pulled++;
          yield Buffer.alloc(64 * 1024, i % 256);
        }
      })(),
    );
    return { stream, pulled: () => pulled };
  };

  it('streams to a temp file while hashing, then moves it to a sharded random name', async () => {
    const { stream } = source(4);
    const got = await storage.receive(stream, 1024 * 1024);
    const bytes = await fs.readFile(got.tmpPath);
    expect(got.size).toBe(4 * 64 * 1024);
    expect(got.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const id = '0123abcd-0000-4000-8000-000000000000';
    const name = await storage.commit(got.tmpPath, id);
    expect(name).toBe(`01/23/${id}`);
    expect(await storage.exists(name)).toBe(true);
    await expect(fs.stat(got.tmpPath)).rejects.toThrow();
  });

  it('stops reading at the limit with 413 and leaves no file', async () => {
    const { stream, pulled } = source(1000);
    await expect(storage.receive(stream, 256 * 1024)).rejects.toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(pulled()).toBeLessThan(10);
    expect(await fs.readdir(storage.tmpDir)).toEqual([]);
  });

  it('answers 413 when the multipart parser says it cut the part', async () => {
    await expect(storage.receive(source(1).stream, 1024 * 1024, () => true)).rejects.toMatchObject({ status: 413 });
    expect(await fs.readdir(storage.tmpDir)).toEqual([]);
  });

  it('stops when the upload is aborted: the abort reason is the answer, the temp file is closed and removed', async () => {
    const endless = new Readable({ read() {} });
    endless.push(Buffer.alloc(1024, 1));
    const controller = new AbortController();
    const receiving = storage.receive(endless, 1024 * 1024, () => false, controller.signal);
    await new Promise((r) => setTimeout(r, 50));
    expect(await fs.readdir(storage.tmpDir)).toHaveLength(1);
    controller.abort(new AppException(408, 'UPLOAD_TIMEOUT', 'too slow'));
    await expect(receiving).rejects.toMatchObject({ status: 408, code: 'UPLOAD_TIMEOUT' });
    expect(await fs.readdir(storage.tmpDir)).toEqual([]);
    expect(endless.destroyed).toBe(true);
  });

  it('refuses any storage name that is not one of its own', () => {
    for (const bad of ['../../etc/passwd', '01/23/../../x', '/etc/passwd', 'ab/cd/not-a-uuid', '']) expect(() => storage.resolve(bad)).toThrow();
  });

  it('sweeps only stale temp files', async () => {
    await fs.mkdir(storage.tmpDir, { recursive: true });
    const old = path.join(storage.tmpDir, 'old.part');
    const fresh = path.join(storage.tmpDir, 'fresh.part');
    await fs.writeFile(old, 'x');
    await fs.writeFile(fresh, 'x');
    const past = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    await fs.utimes(old, past, past);
    expect(await storage.sweepTemp(24 * 3600 * 1000)).toBe(1);
    expect(await fs.readdir(storage.tmpDir)).toEqual(['fresh.part']);
  });
});
