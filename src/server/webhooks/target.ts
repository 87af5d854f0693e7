import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Webhook targets may be public unicast addresses only, unless the operator allows private ones
 * (TRACK_RECORD_WEBHOOKS_ALLOW_PRIVATE): otherwise an admin account — or whoever took it over —
 * could make the server POST to loopback, the cloud metadata address (169.254.169.254) or the
 * LAN. ipaddr.js names the range; IPv4-mapped IPv6 (::ffff:10.0.0.1) is judged as the IPv4 it
 * maps, and NAT64, 6to4 and Teredo addresses (which can carry a private IPv4) are not unicast.
 */
export function isAllowedAddress(address: string, allowPrivate: boolean): boolean {
  if (allowPrivate) return true;
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/** The host exactly as written in the URL, before the WHATWG parser rewrote it. */
function writtenHost(raw: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(raw.trim());
  return m ? m[1]!.toLowerCase() : null;
}

const bareHost = (hostname: string) => hostname.replace(/^\[|\]$/g, '');

/**
 * Why `raw` may not be a webhook target, or null. Refused: user:pass@ (credentials in a URL are
 * logged and shown), IPv4 written other than as dotted decimal (2130706433, 0x7f.1, 0177.0.0.1:
 * only a filter-dodging trick writes them), localhost names, and an address outside the allowed
 * ranges. A name is checked again on the address it resolves to at each delivery (guardedLookup).
 */
export function targetProblem(raw: string, allowPrivate: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'only http(s) URLs';
  if (url.username || url.password) return 'a URL with a user name or password (user:pass@) is not accepted';
  const host = bareHost(url.hostname);
  if (isIP(host) === 4 && writtenHost(raw) !== host) return 'write an IPv4 address as four decimal numbers (a.b.c.d)';
  if (allowPrivate) return null;
  if (isIP(host)) return isAllowedAddress(host, false) ? null : 'a loopback, private or link-local address';
  if (host === 'localhost' || host.endsWith('.localhost') || !host.includes('.'))
    return 'a local host name (localhost or a name without a dot)';
  return null;
}

/** Refused before any connection is made; its code tells deliver.ts to report the policy, not a network fault. */
export class TargetRefused extends Error {
  readonly code = 'ETARGETREFUSED';
}

/**
 * A `lookup` for http(s).request: resolves the name, refuses it when any address it resolves to
 * is not allowed, and hands the socket exactly the addresses it checked — so there is no window
 * between the check and the connect (DNS rebinding) in which the name could point elsewhere.
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const refused = addresses.find((a) => !isAllowedAddress(a.address, allowPrivate));
      if (refused || addresses.length === 0)
        return callback(new TargetRefused(`${hostname}: address not allowed`), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}
