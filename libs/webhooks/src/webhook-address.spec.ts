import { forbiddenAddressKind } from './webhook-address';

// Checked by breaking it: dropping a row of FORBIDDEN (e.g. 172.16.0.0/12, or ::ffff:0:0/96 with the
// IPv4 rules no longer tried on IPv6 addresses) or the 2000::/3 fallback fails the matching rows here.
describe('forbiddenAddressKind', () => {
  it.each([
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.10', 'private'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.255', 'carrier-grade NAT'],
    ['169.254.169.254', 'link-local'],
    ['192.0.0.8', 'reserved'],
    ['192.0.2.1', 'documentation'],
    ['198.18.0.1', 'benchmarking'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.9', 'documentation'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'broadcast'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:a9fe:a9fe', 'link-local'],
    ['::ffff:10.1.2.3', 'private'],
    ['::ffff:0.0.0.0', 'unspecified'],
    ['::ffff:8.8.8.8', 'IPv4-mapped'],
    ['::7f00:1', 'reserved'], // IPv4-compatible (deprecated)
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf:ffff::1', 'link-local'],
    ['fec0::1', 'site-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['ff02::1', 'multicast'],
    ['64:ff9b::7f00:1', 'IPv4-embedded (NAT64/6to4/Teredo)'],
    ['2002:7f00:1::', 'IPv4-embedded (NAT64/6to4/Teredo)'],
    ['2001:0:4136:e378::1', 'IPv4-embedded (NAT64/6to4/Teredo)'],
    ['2001:db8::1', 'documentation'],
    ['2001:2::1', 'reserved'],
    ['100::1', 'reserved'],
    ['4000::1', 'reserved'],
    ['localhost', 'not an IP address'],
    ['0x7f000001', 'not an IP address'], // a URL host is normalised first (WHATWG); a raw form is never waved through
    ['', 'not an IP address'],
  ])('%s is %s', (ip, kind) => {
    expect(forbiddenAddressKind(ip)).toBe(kind);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '9.255.255.255',
    '11.0.0.0',
    '100.63.255.255',
    '100.128.0.0',
    '126.255.255.255',
    '128.0.0.0',
    '169.253.255.255',
    '169.255.0.0',
    '172.15.255.255',
    '172.32.0.0',
    '192.167.255.255',
    '192.169.0.0',
    '223.255.255.255',
    '220.181.38.148',
    '2400:3200::1',
    '2001:4860:4860::8888',
    '2408:8000::1',
    '[2400:3200::1]',
  ])('%s is public', (ip) => {
    expect(forbiddenAddressKind(ip)).toBeNull();
  });
});
