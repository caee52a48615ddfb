import * as os from 'node:os';

/**
 * How a court intranet reaches the app: plain http at the machine's own address
 * (`http://10.x.x.x:3000`), an origin that is neither https nor localhost, so the browser treats
 * the page as insecure (no upgrade exemption, no Secure cookies).
 *
 * - `host`: where the test server listens — a non-loopback IPv4 address of this machine (the
 *   first non-internal one of os.networkInterfaces(), as `hostname -I` lists them). Traffic to it
 *   never leaves the machine.
 * - On a machine without one (a bare container with loopback only), the server listens on
 *   127.0.0.1 and the browser reaches it under the name `sifa-intranet.test`, which Chromium is
 *   told to resolve to 127.0.0.1 (`--host-resolver-rules`): to the browser it is the same kind of
 *   origin, plain http under a name that is not localhost.
 */
export function intranetAddress(): { host: string; browserArgs: string[]; urlFor: (serverUrl: string) => string } {
  const own = Object.values(os.networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal && !a.address.startsWith('169.254.'));
  if (own) return { host: own.address, browserArgs: [], urlFor: (u) => u };
  return {
    host: '127.0.0.1',
    browserArgs: ['--host-resolver-rules=MAP sifa-intranet.test 127.0.0.1'],
    urlFor: (u) => u.replace('127.0.0.1', 'sifa-intranet.test'),
  };
}
