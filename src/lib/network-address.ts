import ipaddr from 'ipaddr.js';

/** The named ranges Fastify's trustProxy (proxy-addr) understands besides addresses and CIDRs. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** True for an IP address, an address/prefix (CIDR) or one of proxy-addr's range names. */
export function isAddressOrRange(entry: string): boolean {
  return PROXY_RANGE_NAMES.has(entry) || ipaddr.isValid(entry) || ipaddr.isValidCIDR(entry);
}

/** An IP address written as one (IPv4 dotted, or IPv6 with or without brackets), else null. */
export function parseIpLiteral(host: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  // Only the canonical forms: a URL parser has already turned 0x7f.1 and 2130706433 into 127.0.0.1.
  if (ipaddr.IPv4.isValidFourPartDecimal(bare)) return ipaddr.IPv4.parse(bare);
  if (bare.includes(':') && ipaddr.IPv6.isValid(bare)) return ipaddr.IPv6.parse(bare);
  return null;
}

const RANGE_WORDS: Record<string, string> = {
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address',
  loopback: 'a loopback address',
  carrierGradeNat: 'a shared (carrier-grade NAT) address',
  private: 'a private address',
  uniqueLocal: 'a unique-local IPv6 address',
  ipv4Mapped: 'an IPv4-mapped IPv6 address',
  deprecatedSiteLocal: 'a site-local IPv6 address',
};

/**
 * What kind of address this is when it is not an ordinary public one — loopback, private,
 * link-local (such as the cloud metadata service at 169.254.169.254), unique-local, IPv4-mapped,
 * unspecified, multicast or any other special-purpose range — or null for plain public unicast.
 * Anything not known to be public is named, so a new special range never slips through.
 */
export function nonPublicKind(address: string): string | null {
  const ip = parseIpLiteral(address);
  if (!ip) return 'not an IP address';
  const range = ip.range();
  if (range === 'unicast') return null;
  return RANGE_WORDS[range] ?? `a special-purpose address (${range})`;
}
