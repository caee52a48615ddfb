import { BlockList, isIP } from 'node:net';

/** Why an address is not one a webhook may reach. */
export type ForbiddenAddressKind =
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'carrier-grade NAT'
  | 'link-local'
  | 'unique-local'
  | 'site-local'
  | 'multicast'
  | 'broadcast'
  | 'documentation'
  | 'benchmarking'
  | 'reserved'
  | 'IPv4-mapped'
  | 'IPv4-embedded (NAT64/6to4/Teredo)'
  | 'not an IP address';

/**
 * Address blocks a webhook may never reach (IANA IPv4/IPv6 special-purpose registries, RFC 6890
 * and successors), checked in this order so the first match names the reason. IPv4 blocks also
 * match their IPv4-mapped IPv6 form (`::ffff:127.0.0.1`) — `node:net` BlockList does that.
 */
const FORBIDDEN: ReadonlyArray<readonly [ForbiddenAddressKind, 4 | 6, string, number]> = [
  ['unspecified', 4, '0.0.0.0', 8], // "this network"; 0.0.0.0 itself reaches the local host
  ['loopback', 4, '127.0.0.0', 8],
  ['private', 4, '10.0.0.0', 8],
  ['private', 4, '172.16.0.0', 12],
  ['private', 4, '192.168.0.0', 16],
  ['carrier-grade NAT', 4, '100.64.0.0', 10],
  ['link-local', 4, '169.254.0.0', 16], // cloud metadata (169.254.169.254) lives here
  ['reserved', 4, '192.0.0.0', 24], // IETF protocol assignments
  ['documentation', 4, '192.0.2.0', 24],
  ['reserved', 4, '192.88.99.0', 24], // 6to4 relay anycast (deprecated)
  ['benchmarking', 4, '198.18.0.0', 15],
  ['documentation', 4, '198.51.100.0', 24],
  ['documentation', 4, '203.0.113.0', 24],
  ['multicast', 4, '224.0.0.0', 4],
  ['broadcast', 4, '255.255.255.255', 32],
  ['reserved', 4, '240.0.0.0', 4],
  ['unspecified', 6, '::', 128],
  ['loopback', 6, '::1', 128],
  ['IPv4-mapped', 6, '::ffff:0:0', 96], // any mapped address the IPv4 blocks above did not name
  ['link-local', 6, 'fe80::', 10],
  ['site-local', 6, 'fec0::', 10],
  ['unique-local', 6, 'fc00::', 7],
  ['multicast', 6, 'ff00::', 8],
  ['IPv4-embedded (NAT64/6to4/Teredo)', 6, '64:ff9b::', 96],
  ['IPv4-embedded (NAT64/6to4/Teredo)', 6, '64:ff9b:1::', 48],
  ['IPv4-embedded (NAT64/6to4/Teredo)', 6, '2002::', 16],
  ['IPv4-embedded (NAT64/6to4/Teredo)', 6, '2001::', 32],
  ['documentation', 6, '2001:db8::', 32],
  ['documentation', 6, '3fff::', 20],
  ['reserved', 6, '2001::', 23], // IETF protocol assignments (benchmarking, ORCHID, …)
  ['reserved', 6, '100::', 64], // discard-only
];

interface Rule {
  kind: ForbiddenAddressKind;
  family: 4 | 6;
  list: BlockList;
}

const RULES: Rule[] = FORBIDDEN.map(([kind, family, prefix, bits]) => {
  const list = new BlockList();
  list.addSubnet(prefix, bits, family === 4 ? 'ipv4' : 'ipv6');
  return { kind, family, list };
});

/** Global unicast IPv6 (2000::/3): every other IPv6 address is reserved. */
const GLOBAL_UNICAST_V6 = new BlockList();
GLOBAL_UNICAST_V6.addSubnet('2000::', 3, 'ipv6');

/**
 * `null` when `ip` is a public unicast address a webhook may reach, else why not. Accepts the
 * bracketed form of a URL host (`[::1]`); a zone id (`fe80::1%eth0`) is ignored. Anything that is
 * not an IP address is refused, never waved through.
 */
export function forbiddenAddressKind(ip: string): ForbiddenAddressKind | null {
  const bare = ip.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return RULES.find((r) => r.family === 4 && r.list.check(bare, 'ipv4'))?.kind ?? null;
  if (family !== 6) return 'not an IP address';
  // IPv4 rules are checked first so `::ffff:127.0.0.1` is named "loopback", not "IPv4-mapped".
  // (An IPv4 address is never checked against IPv6 rules: BlockList would match it to ::ffff:0:0/96.)
  const rule = RULES.find((r) => r.family === 4 && r.list.check(bare, 'ipv6')) ?? RULES.find((r) => r.family === 6 && r.list.check(bare, 'ipv6'));
  if (rule) return rule.kind;
  return GLOBAL_UNICAST_V6.check(bare, 'ipv6') ? null : 'reserved';
}
