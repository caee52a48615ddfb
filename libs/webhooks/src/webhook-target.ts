import { lookup } from 'node:dns/promises';
import { isIP, LookupFunction } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG, AppException } from '@app/core';
import { forbiddenAddressKind } from './webhook-address';
import { WebhooksErrorCode } from './webhooks-error-codes';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Where a webhook is sent: its parsed URL and the checked addresses the connection is pinned to. */
export interface WebhookTarget {
  url: URL;
  /** The URL's host, normalised (lower case, no brackets, no trailing dot). */
  host: string;
  /** Named in WEBHOOK_ALLOWED_HOSTS: not checked. */
  allowListed: boolean;
  /** Empty when the host is an IP literal (the socket connects to it without a lookup). */
  addresses: ResolvedAddress[];
}

/** Host name → addresses. A provider of its own so tests can answer for names they invent. */
@Injectable()
export class WebhookResolver {
  async resolve(host: string): Promise<ResolvedAddress[]> {
    const rows = await lookup(host, { all: true, verbatim: true });
    return rows.map((r) => ({ address: r.address, family: r.family === 6 ? 6 : 4 }));
  }
}

/** `[::1]` → `::1`, `Oa.Example.CN.` → `oa.example.cn`; IP forms as WHATWG URL serialises them. */
export function normaliseHost(host: string): string {
  let h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (isIP(h) === 6) h = new URL(`http://[${h}]`).hostname.slice(1, -1);
  else if (h !== '') h = safeHostname(h) ?? h;
  return h.replace(/\.$/, '');
}

function safeHostname(h: string): string | null {
  try {
    return new URL(`http://${h}`).hostname;
  } catch {
    return null;
  }
}

const RESOLVE_TIMEOUT_MS = 5_000;

/**
 * The one rule for where webhooks may go (registration and every send): an http(s) URL without
 * credentials whose host is, and resolves only to, public unicast addresses — unless the operator
 * names the host in WEBHOOK_ALLOWED_HOSTS. Hosts are read the way the sender reads them (WHATWG
 * URL: `0x7f000001`, `2130706433`, `127.1`, `0177.0.0.1` are all 127.0.0.1).
 */
@Injectable()
export class WebhookTargetPolicy {
  private readonly allowed: Set<string>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly resolver: WebhookResolver,
  ) {
    this.allowed = new Set(config.webhookAllowedHosts.map(normaliseHost).filter(Boolean));
  }

  /** Parses and checks a URL; throws a 400 AppException naming why it is refused. */
  async check(raw: string): Promise<WebhookTarget> {
    const url = parseWebhookUrl(raw);
    const host = normaliseHost(url.hostname);
    if (this.allowed.has(host)) return { url, host, allowListed: true, addresses: [] };
    if (host === 'localhost' || host.endsWith('.localhost')) throw forbidden(host, host, 'loopback'); // RFC 6761
    if (isIP(host) !== 0) {
      const kind = forbiddenAddressKind(host);
      if (kind) throw forbidden(host, host, kind);
      return { url, host, allowListed: false, addresses: [] };
    }
    const addresses = await this.resolve(host);
    for (const a of addresses) {
      const kind = forbiddenAddressKind(a.address);
      if (kind) throw forbidden(host, a.address, kind);
    }
    return { url, host, allowListed: false, addresses };
  }

  /** Like `check`, but an allow-listed host name is resolved too (for the sender to pin). */
  async target(raw: string): Promise<WebhookTarget> {
    const t = await this.check(raw);
    if (t.allowListed && isIP(t.host) === 0) t.addresses = await this.resolve(t.host);
    return t;
  }

  private async resolve(host: string): Promise<ResolvedAddress[]> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('DNS lookup timed out')), RESOLVE_TIMEOUT_MS)));
      const addresses = await Promise.race([this.resolver.resolve(host), timeout]);
      if (addresses.length === 0) throw new Error('no addresses');
      return addresses;
    } catch (e) {
      throw new AppException(400, WebhooksErrorCode.WEBHOOK_URL_UNRESOLVABLE, `The webhook host ${host} does not resolve (${(e as Error).message})`, {
        host,
      });
    } finally {
      clearTimeout(timer);
    }
  }
}

/** An absolute http(s) URL without user name or password, or a 400 WEBHOOK_URL_INVALID. */
export function parseWebhookUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw invalid('The webhook URL is not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalid(`The webhook URL must use http or https, not ${url.protocol.replace(/:$/, '')}`);
  if (url.username !== '' || url.password !== '')
    throw invalid('The webhook URL must not carry a user name or password; verify the X-Signature header instead');
  if (url.hostname === '') throw invalid('The webhook URL has no host');
  return url;
}

const invalid = (message: string) => new AppException(400, WebhooksErrorCode.WEBHOOK_URL_INVALID, message, [{ field: 'url', message }]);

function forbidden(host: string, address: string, kind: string): AppException {
  const via = address === host ? '' : ` (resolves to ${address})`;
  return new AppException(
    400,
    WebhooksErrorCode.WEBHOOK_URL_FORBIDDEN,
    `The webhook host ${host}${via} is not a public address (${kind}); webhooks only reach public addresses unless an operator names the host in WEBHOOK_ALLOWED_HOSTS`,
    { host, address, kind },
  );
}

/**
 * A `lookup` for http.request that only ever answers the addresses already checked, so the socket
 * connects to exactly what was checked (no second, unchecked DNS answer in between).
 */
export function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (hostname, options, callback) => {
    const family = options.family === 4 || options.family === 'IPv4' ? 4 : options.family === 6 || options.family === 'IPv6' ? 6 : 0;
    const pick = family === 0 ? addresses : addresses.filter((a) => a.family === family);
    if (pick.length === 0) {
      const err: NodeJS.ErrnoException = Object.assign(new Error(`no checked IPv${family} address for ${hostname}`), { code: 'ENOTFOUND' });
      return callback(err, '', 0);
    }
    if (options.all) return (callback as unknown as (e: null, all: ResolvedAddress[]) => void)(null, pick);
    callback(null, pick[0].address, pick[0].family);
  };
}
