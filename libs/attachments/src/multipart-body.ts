import type { IncomingMessage } from 'node:http';
import { AppException } from '@app/core';
import { AttachmentsErrorCode } from './attachments-error-codes';

/** The boundary of a `multipart/form-data` content type, or null when it names none. */
export function multipartBoundary(contentType: string | undefined): string | null {
  const m = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i.exec(contentType ?? '');
  return m ? (m[1] ?? m[2]) : null;
}

export const malformedMultipart = (message = 'The multipart body ended without its closing boundary'): AppException =>
  new AppException(400, AttachmentsErrorCode.MULTIPART_MALFORMED, message);

export const uploadTimeout = (ms: number): AppException =>
  new AppException(408, AttachmentsErrorCode.UPLOAD_TIMEOUT, `The upload did not arrive within ${ms} ms`, { timeoutMs: ms });

/**
 * Watches one upload's raw request body beside the multipart parser, because the parser neither
 * fails a body that ends without its closing boundary (it drops the unfinished part silently, and
 * a stream consumer can wait for it forever) nor bounds a body that trickles or stalls.
 *
 * - `signal` aborts with 400 MULTIPART_MALFORMED when the body ends without `CRLF--boundary--`,
 *   400 UPLOAD_INCOMPLETE when the client goes away first, and 408 UPLOAD_TIMEOUT when the body
 *   has not ended within `timeoutMs`. Whatever waits on the upload (the parser's next part, the
 *   pipe to the temp file) is tied to it, so every path ends with an answer and a closed file.
 * - `complete()` resolves once the whole body has arrived well-formed (a file is kept only then).
 *
 * Attach it right after the parser starts reading (same tick), so it sees every chunk.
 */
export class MultipartBodyWatch {
  private readonly controller = new AbortController();
  private readonly closing: Buffer;
  private tail = Buffer.alloc(0);
  private closed = false;
  private ended = false;
  private readonly timer: NodeJS.Timeout;
  private readonly done: Promise<void>;
  private resolveDone: () => void = () => undefined;

  constructor(
    private readonly raw: IncomingMessage,
    boundary: string,
    timeoutMs: number,
  ) {
    this.closing = Buffer.from(`\r\n--${boundary}--`, 'latin1');
    this.done = new Promise<void>((resolve, reject) => {
      this.resolveDone = resolve;
      this.signal.addEventListener('abort', () => reject(this.signal.reason), { once: true });
    });
    this.done.catch(() => undefined);
    this.timer = setTimeout(() => this.abort(uploadTimeout(timeoutMs)), timeoutMs);
    raw.on('data', this.onData);
    raw.on('end', this.onEnd);
    raw.on('close', this.onClose);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Resolves once the whole body has arrived with its closing boundary; rejects like `signal`. */
  complete(): Promise<void> {
    return this.done;
  }

  /** `work`, or the reason the body failed, whichever comes first. */
  race<T>(work: Promise<T>): Promise<T> {
    if (this.signal.aborted) return Promise.reject(this.signal.reason);
    return Promise.race([work, this.done.then(() => work)]);
  }

  /** Stops watching (the timer, the listeners); call when the request is answered. */
  dispose(): void {
    clearTimeout(this.timer);
    this.raw.off('data', this.onData);
    this.raw.off('end', this.onEnd);
    this.raw.off('close', this.onClose);
  }

  private readonly onData = (chunk: Buffer): void => {
    if (this.closed) return;
    const window = Buffer.concat([this.tail, chunk]);
    if (window.includes(this.closing)) {
      this.closed = true;
      this.tail = Buffer.alloc(0);
    } else {
      this.tail = window.subarray(Math.max(0, window.length - this.closing.length + 1));
    }
  };

  private readonly onEnd = (): void => {
    this.ended = true;
    if (!this.closed) return this.abort(malformedMultipart());
    clearTimeout(this.timer);
    this.resolveDone();
  };

  private readonly onClose = (): void => {
    if (!this.ended) this.abort(new AppException(400, AttachmentsErrorCode.UPLOAD_INCOMPLETE, 'The upload ended before the file was complete'));
  };

  private abort(reason: AppException): void {
    clearTimeout(this.timer);
    if (!this.signal.aborted) this.controller.abort(reason);
  }
}
