import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, promises as fs, ReadStream } from 'node:fs';
import * as path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppException, CommonErrorCode } from '@app/core';
import { AttachmentsErrorCode } from './attachments-error-codes';

export interface ReceivedFile {
  tmpPath: string;
  size: number;
  sha256: string;
}

class TooLarge extends Error {}

const STORAGE_NAME = /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const incomplete = () => new AppException(400, AttachmentsErrorCode.UPLOAD_INCOMPLETE, 'The upload ended before the file was complete');

export function tooLarge(maxBytes: number): AppException {
  return new AppException(413, CommonErrorCode.PAYLOAD_TOO_LARGE, `The file is larger than the limit of ${maxBytes} bytes`, { maxBytes });
}

/**
 * The files on disk: `<root>/tmp/<uuid>.part` while receiving, then `<root>/attachments/ab/cd/<uuid>`.
 * Names are always random UUIDs (never anything from the client), so no path can leave the root.
 */
export class AttachmentStorage {
  readonly filesDir: string;
  readonly tmpDir: string;

  constructor(root: string) {
    this.filesDir = path.join(root, 'attachments');
    this.tmpDir = path.join(root, 'tmp');
  }

  /**
   * Streams `source` to a temp file while hashing it. Stops at `maxBytes` (or when the multipart
   * parser says it truncated the part) with 413 and no file left behind; never holds the file in memory.
   * When `signal` aborts (an {@link AppException} as its reason: the body is malformed, stalled or
   * gone) the copy stops with that error, the temp file is closed and removed. A source the
   * parser already destroyed is refused before any file is opened.
   */
  async receive(source: Readable, maxBytes: number, truncated: () => boolean = () => false, signal?: AbortSignal): Promise<ReceivedFile> {
    const failed = () => (signal?.aborted && signal.reason instanceof AppException ? signal.reason : incomplete());
    if (signal?.aborted || source.destroyed) throw failed();
    await fs.mkdir(this.tmpDir, { recursive: true, mode: 0o700 });
    if (signal?.aborted || source.destroyed) throw failed();
    const tmpPath = path.join(this.tmpDir, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        size += chunk.length;
        if (size > maxBytes) return cb(new TooLarge());
        hash.update(chunk);
        cb(null, chunk);
      },
    });
    const file = createWriteStream(tmpPath, { flags: 'wx', mode: 0o600 });
    try {
      await pipeline(source, meter, file, { signal });
    } catch (e) {
      // The pipeline destroyed the file stream; wait until its descriptor is closed, then remove it.
      if (!file.closed) await new Promise<void>((resolve) => file.once('close', () => resolve()));
      await fs.rm(tmpPath, { force: true });
      if (e instanceof TooLarge) throw tooLarge(maxBytes);
      throw failed();
    }
    if (truncated()) {
      await fs.rm(tmpPath, { force: true });
      throw tooLarge(maxBytes);
    }
    return { tmpPath, size, sha256: hash.digest('hex') };
  }

  /** Moves a received temp file to its permanent random name; returns that name. */
  async commit(tmpPath: string, id: string): Promise<string> {
    const storageName = `${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`;
    const target = this.resolve(storageName);
    await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    await fs.rename(tmpPath, target);
    return storageName;
  }

  /**
   * Gives a stored file a second name (a hard link: no bytes copied; a plain copy where the file
   * system cannot link); returns the new name. Removing either name leaves the other intact.
   */
  async duplicate(storageName: string, id: string): Promise<string> {
    const copyName = `${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`;
    const source = this.resolve(storageName);
    const target = this.resolve(copyName);
    await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    await fs.link(source, target).catch(() => fs.copyFile(source, target));
    return copyName;
  }

  /** The absolute path of a stored file; refuses anything that is not one of our names. */
  resolve(storageName: string): string {
    if (!STORAGE_NAME.test(storageName)) throw new Error(`Not a storage name: ${storageName}`);
    const full = path.resolve(this.filesDir, storageName);
    if (!full.startsWith(path.resolve(this.filesDir) + path.sep)) throw new Error(`Storage name escapes the root: ${storageName}`);
    return full;
  }

  async exists(storageName: string): Promise<boolean> {
    return fs.stat(this.resolve(storageName)).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  open(storageName: string): ReadStream {
    return createReadStream(this.resolve(storageName));
  }

  async remove(storageName: string): Promise<void> {
    await fs.rm(this.resolve(storageName), { force: true });
  }

  /** Removes temp files older than `maxAgeMs` left by uploads a crash interrupted; returns how many. */
  async sweepTemp(maxAgeMs: number, now = Date.now()): Promise<number> {
    const names = await fs.readdir(this.tmpDir).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      if (!name.endsWith('.part')) continue;
      const full = path.join(this.tmpDir, name);
      const stat = await fs.stat(full).catch(() => null);
      if (stat && now - stat.mtimeMs > maxAgeMs) {
        await fs.rm(full, { force: true });
        removed++;
      }
    }
    return removed;
  }

  async discard(tmpPath: string): Promise<void> {
    await fs.rm(tmpPath, { force: true });
  }
}
