import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import { MultipartBodyWatch, multipartBoundary } from './multipart-body';

/** Enough of a request for the watch: it only listens to data, end and close. */
const fakeRequest = () => new EventEmitter() as unknown as IncomingMessage & EventEmitter;

describe('MultipartBodyWatch', () => {
  it('reads the boundary, quoted or not, and nothing else', () => {
    expect(multipartBoundary('multipart/form-data; boundary=abc123')).toBe('abc123');
    expect(multipartBoundary('multipart/form-data; charset=utf-8; boundary="a b:c"')).toBe('a b:c');
    expect(multipartBoundary('multipart/form-data')).toBeNull();
    expect(multipartBoundary(undefined)).toBeNull();
  });

  it('completes when the closing boundary arrives, even split across chunks', async () => {
    const raw = fakeRequest();
    const watch = new MultipartBodyWatch(raw, 'XyZ', 10_000);
    const body = Buffer.from('--XyZ\r\nContent-Disposition: form-data; name="file"\r\n\r\n%PDF-1.4 --XyZ-- not yet\r\n--XyZ--\r\n');
    const cut = body.indexOf('\r\n--XyZ--') + 4; // inside the closing delimiter
    raw.emit('data', body.subarray(0, cut));
    raw.emit('data', body.subarray(cut));
    raw.emit('end');
    await expect(watch.complete()).resolves.toBeUndefined();
    expect(watch.signal.aborted).toBe(false);
    watch.dispose();
  });

  it('aborts with 400 MULTIPART_MALFORMED when the body ends without it (a boundary inside the data does not count)', async () => {
    const raw = fakeRequest();
    const watch = new MultipartBodyWatch(raw, 'XyZ', 10_000);
    raw.emit('data', Buffer.from('--XyZ\r\n\r\nfile bytes --XyZ-- \r\n--XyZ\r\n'));
    raw.emit('end');
    await expect(watch.complete()).rejects.toMatchObject({ status: 400, code: 'MULTIPART_MALFORMED' });
    expect(watch.signal.aborted).toBe(true);
    await expect(watch.race(new Promise(() => undefined))).rejects.toMatchObject({ code: 'MULTIPART_MALFORMED' });
  });

  it('aborts with 408 UPLOAD_TIMEOUT when the body has not ended in time, and 400 when the client goes away', async () => {
    const slow = new MultipartBodyWatch(fakeRequest(), 'XyZ', 50);
    await expect(slow.race(new Promise(() => undefined))).rejects.toMatchObject({ status: 408, code: 'UPLOAD_TIMEOUT' });
    const raw = fakeRequest();
    const gone = new MultipartBodyWatch(raw, 'XyZ', 10_000);
    raw.emit('close');
    await expect(gone.complete()).rejects.toMatchObject({ status: 400, code: 'UPLOAD_INCOMPLETE' });
  });
});
