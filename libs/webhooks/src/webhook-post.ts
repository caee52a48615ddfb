import * as http from 'node:http';
import * as https from 'node:https';
import { pinnedLookup, WebhookTarget } from './webhook-target';

export interface PostAnswer {
  status: number;
  /** The Location header of a 3xx answer (never followed). */
  location: string | null;
}

/**
 * One POST to a checked target, connected to the checked addresses only (`pinnedLookup`), no
 * connection reuse, no redirects followed (node's http client never follows them), the answer's
 * body not read. Rejects on a network error or after `timeoutMs` in all.
 */
export function postToTarget(target: WebhookTarget, headers: Record<string, string>, body: string, timeoutMs: number): Promise<PostAnswer> {
  const { url } = target;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<PostAnswer>((resolve, reject) => {
    const req = client.request(
      {
        protocol: url.protocol,
        hostname: target.host,
        port: url.port === '' ? undefined : Number(url.port),
        path: `${url.pathname}${url.search}`,
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        agent: false,
        lookup: pinnedLookup(target.addresses), // not called for an IP literal: net connects to it
        signal: AbortSignal.timeout(timeoutMs),
      },
      (res) => {
        const location = res.headers.location ?? null;
        resolve({ status: res.statusCode ?? 0, location });
        res.destroy();
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
