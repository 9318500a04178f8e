import { describe, expect, it } from 'vitest';
import { isAddressOrRange, nonPublicKind } from './network-address.ts';

describe('nonPublicKind', () => {
  it('lets ordinary public unicast addresses through', () => {
    for (const a of ['93.184.216.34', '8.8.8.8', '2a00:1450:4001:80b::200e', '[2606:4700::1111]'])
      expect(nonPublicKind(a), a).toBeNull();
  });

  it('names every special range, including the ones that embed an IPv4 address', () => {
    expect(nonPublicKind('127.8.9.10')).toBe('a loopback address');
    expect(nonPublicKind('169.254.169.254')).toBe('a link-local address');
    expect(nonPublicKind('::ffff:8.8.8.8')).toBe('an IPv4-mapped IPv6 address');
    expect(nonPublicKind('64:ff9b::7f00:1')).toBe('a special-purpose address (rfc6052)');
    expect(nonPublicKind('2002:7f00:1::1')).toBe('a special-purpose address (6to4)');
    expect(nonPublicKind('192.0.2.1')).toBe('a special-purpose address (reserved)');
    expect(nonPublicKind('hooks.example.com')).toBe('not an IP address');
  });
});

describe('isAddressOrRange (TRUST_PROXY entries)', () => {
  it('takes addresses, CIDRs and proxy-addr range names, nothing else', () => {
    for (const e of ['10.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8', 'loopback', 'uniquelocal'])
      expect(isAddressOrRange(e), e).toBe(true);
    for (const e of ['', 'proxy.internal', '10.0.0.0/33', '10.0.0.0/', 'any'])
      expect(isAddressOrRange(e), e).toBe(false);
  });
});
