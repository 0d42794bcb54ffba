import { lookup as systemLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { Readable } from 'node:stream';

/**
 * The one way the server reaches another host (feed imports today, anything later): only `http`
 * and `https` on ports 80 and 443, every address the host resolves to checked against the
 * server's own and private networks, redirects followed by hand with the same check at each hop,
 * and the connection made to the address that was checked (so DNS cannot answer differently
 * between the check and the connect). `MOBILITY_FETCH_ALLOW` lets an institution import from an
 * internal host on purpose.
 */

/** One resolved address. */
export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/** Resolves a host name to all its addresses (default: the system resolver, `dns.lookup` with `all`). */
export type Resolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

/** Hosts, host:port pairs and address ranges the operator allows although the rules would refuse them. */
export interface OutboundAllowList {
  /** Lower-case host names or IP literals (IPv6 without brackets), each with the ports allowed besides 80 and 443. */
  readonly hosts: ReadonlyMap<string, ReadonlySet<number>>;
  /** Address ranges whose addresses may be connected to (on ports 80 and 443). */
  readonly ranges: BlockList;
  readonly size: number;
}

export interface OutboundPolicy {
  readonly allow: OutboundAllowList;
  readonly resolver: Resolver;
  /** Most redirects followed. Default 5. */
  readonly maxRedirects: number;
  /** Ports fetched on any host. Default 80 and 443. */
  readonly ports: ReadonlySet<number>;
}

/** A request the policy does not allow; nothing was sent. `reason` reads like "address 127.0.0.1 is a loopback address". */
export class OutboundRefusedError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
    /** The host name could not be resolved (or has no address): nothing is known to be wrong with it yet. */
    readonly unresolved = false,
  ) {
    super(`${url} was not fetched: ${reason}.`);
    this.name = 'OutboundRefusedError';
  }
}

/** The allow-list setting is malformed. */
export class OutboundConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutboundConfigurationError';
  }
}

// Ranges that are never another organisation's public web server, each with the words a report uses.
const refusedRanges: readonly (readonly [reason: string, family: 'ipv4' | 'ipv6', network: string, prefix: number])[] = [
  ['an unspecified address', 'ipv4', '0.0.0.0', 8],
  ['a private address (RFC 1918)', 'ipv4', '10.0.0.0', 8],
  ['a shared carrier-grade NAT address (RFC 6598)', 'ipv4', '100.64.0.0', 10],
  ['a loopback address', 'ipv4', '127.0.0.0', 8],
  ['a link-local address (including cloud metadata services)', 'ipv4', '169.254.0.0', 16],
  ['a private address (RFC 1918)', 'ipv4', '172.16.0.0', 12],
  ['a reserved protocol address', 'ipv4', '192.0.0.0', 24],
  ['a documentation address', 'ipv4', '192.0.2.0', 24],
  ['a private address (RFC 1918)', 'ipv4', '192.168.0.0', 16],
  ['a benchmarking address', 'ipv4', '198.18.0.0', 15],
  ['a documentation address', 'ipv4', '198.51.100.0', 24],
  ['a documentation address', 'ipv4', '203.0.113.0', 24],
  ['a multicast address', 'ipv4', '224.0.0.0', 4],
  ['a reserved address', 'ipv4', '240.0.0.0', 4],
  ['an unspecified address', 'ipv6', '::', 128],
  ['a loopback address', 'ipv6', '::1', 128],
  ['a discard-only address', 'ipv6', '100::', 64],
  ['a documentation address', 'ipv6', '2001:db8::', 32],
  ['a unique-local address (fc00::/7)', 'ipv6', 'fc00::', 7],
  ['a link-local address', 'ipv6', 'fe80::', 10],
  ['a site-local address', 'ipv6', 'fec0::', 10],
  ['a multicast address', 'ipv6', 'ff00::', 8],
];

const refusedLists = refusedRanges.map(([reason, family, network, prefix]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { reason, list };
});

/** IPv6 ranges that carry an IPv4 address in their last 32 bits: NAT64 (64:ff9b::/96, 64:ff9b:1::/48) and 6to4 (2002::/16, bits 16–47). */
const nat64 = new BlockList();
nat64.addSubnet('64:ff9b::', 96, 'ipv6');
nat64.addSubnet('64:ff9b:1::', 48, 'ipv6');
const sixToFour = new BlockList();
sixToFour.addSubnet('2002::', 16, 'ipv6');

/** The eight 16-bit groups of an IPv6 address that `isIP` accepted. */
function ipv6Groups(address: string): number[] {
  let text = address;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (dotted) {
    const [a, b, c, d] = dotted.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -dotted.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const front = parse(head);
  const back = parse(tail);
  return tail === undefined ? front : [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}

const ipv4From = (high: number, low: number) => `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;

/** Why an address must not be connected to, or `undefined` when it may. */
export function refusalReason(address: string): string | undefined {
  const family = isIP(address);
  if (family === 0) return `"${address}" is not an IP address`;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  // BlockList matches IPv4-mapped IPv6 (::ffff:a.b.c.d) against the IPv4 ranges itself.
  for (const { reason, list } of refusedLists) if (list.check(address, type)) return `address ${address} is ${reason}`;
  if (family === 6) {
    const groups = ipv6Groups(address);
    const embedded = nat64.check(address, 'ipv6')
      ? ipv4From(groups[6]!, groups[7]!)
      : sixToFour.check(address, 'ipv6')
        ? ipv4From(groups[1]!, groups[2]!)
        : undefined;
    if (embedded) {
      const inner = refusalReason(embedded);
      if (inner) return `address ${address} embeds ${inner.replace(/^address /, '')}`;
    }
  }
  return undefined;
}

/**
 * Parse `MOBILITY_FETCH_ALLOW`: comma-separated `host`, `host:port`, `[ipv6]:port` or CIDR ranges
 * (`10.20.0.0/16`, `fd00::/8`). A host entry may be fetched on its port (or 80/443) whatever it
 * resolves to; a range lets addresses in it be connected to on ports 80 and 443.
 */
export function parseAllowList(value: string | undefined): OutboundAllowList {
  const hosts = new Map<string, Set<number>>();
  const ranges = new BlockList();
  let size = 0;
  for (const raw of (value ?? '').split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    size++;
    const slash = entry.indexOf('/');
    if (slash >= 0) {
      const network = entry.slice(0, slash);
      const prefix = Number(entry.slice(slash + 1));
      const family = isIP(network);
      if (family === 0 || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128)) {
        throw new OutboundConfigurationError(`MOBILITY_FETCH_ALLOW: "${entry}" is not an address range like 10.20.0.0/16.`);
      }
      ranges.addSubnet(network, prefix, family === 4 ? 'ipv4' : 'ipv6');
      continue;
    }
    // The WHATWG parser normalises the host (case, IPv4 notations, IPv6 compression) as a URL would.
    let url: URL;
    try {
      url = new URL(`http://${entry}/`);
    } catch {
      throw new OutboundConfigurationError(`MOBILITY_FETCH_ALLOW: "${entry}" is not a host, host:port or address range.`);
    }
    if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) {
      throw new OutboundConfigurationError(`MOBILITY_FETCH_ALLOW: "${entry}" is not a host, host:port or address range.`);
    }
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const ports = hosts.get(host) ?? new Set<number>();
    // `x:80` parses with no port (the default): 80 and 443 are allowed for every entry anyway.
    if (url.port) ports.add(Number(url.port));
    hosts.set(host, ports);
  }
  return { hosts, ranges, size };
}

const defaultPorts: ReadonlySet<number> = new Set([80, 443]);

const systemResolver: Resolver = async (hostname) =>
  (await systemLookup(hostname, { all: true, verbatim: true })).map((entry) => ({ address: entry.address, family: entry.family === 6 ? 6 : 4 }));

/** The policy from the environment (`MOBILITY_FETCH_ALLOW`), with the system resolver. */
export function policyFromEnv(env: NodeJS.ProcessEnv = process.env, overrides: Partial<OutboundPolicy> = {}): OutboundPolicy {
  return { allow: parseAllowList(env.MOBILITY_FETCH_ALLOW), resolver: systemResolver, maxRedirects: 5, ports: defaultPorts, ...overrides };
}

/** The address to connect to for `url`, after every check; throws {@link OutboundRefusedError}. */
export async function checkDestination(url: URL, policy: OutboundPolicy): Promise<ResolvedAddress> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new OutboundRefusedError(url.href, `only http and https are fetched, not ${url.protocol}`);
  if (url.username || url.password) throw new OutboundRefusedError(url.href, 'URLs with a user name or password are not fetched');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  const allowedHost = policy.allow.hosts.has(host);
  const hostPorts = policy.allow.hosts.get(host);
  const literal = isIP(host);
  // An address written in the URL is judged first, whatever its port: the reason then names the address.
  if (literal !== 0 && !allowedHost && !(policy.allow.size > 0 && policy.allow.ranges.check(host, literal === 4 ? 'ipv4' : 'ipv6'))) {
    const reason = refusalReason(host);
    if (reason) throw new OutboundRefusedError(url.href, reason);
  }
  const portAllowed = policy.ports.has(port) || (hostPorts?.has(port) ?? false);
  if (!portAllowed) throw new OutboundRefusedError(url.href, `port ${port} is not fetched (only ${[...policy.ports].join(' and ')}, or a port in MOBILITY_FETCH_ALLOW)`);

  let addresses: readonly ResolvedAddress[];
  if (literal !== 0) {
    addresses = [{ address: host, family: literal as 4 | 6 }];
  } else {
    try {
      addresses = await policy.resolver(host);
    } catch (error) {
      throw new OutboundRefusedError(url.href, `the host ${host} could not be resolved (${(error as NodeJS.ErrnoException).code ?? String(error)})`, true);
    }
    if (addresses.length === 0) throw new OutboundRefusedError(url.href, `the host ${host} has no address`, true);
  }
  if (allowedHost) return addresses[0]!;
  // Every address is checked, not only the first: a host answering with one public and one
  // private address must not get a second chance at connect time.
  for (const entry of addresses) {
    if (isIP(entry.address) === 0) throw new OutboundRefusedError(url.href, `the resolver answered "${entry.address}", which is not an address`);
    if (policy.allow.size > 0 && policy.allow.ranges.check(entry.address, entry.family === 4 ? 'ipv4' : 'ipv6')) continue;
    const reason = refusalReason(entry.address);
    if (reason) throw new OutboundRefusedError(url.href, literal !== 0 ? reason : `the host ${host} resolves to a refused address: ${reason}`);
  }
  return addresses[0]!;
}

export interface GuardedRequest {
  /** Default `GET`. A `POST` is never redirected: a redirect answer is refused. */
  readonly method?: 'GET' | 'POST';
  /** Body of a `POST`, sent with its `Content-Length`. */
  readonly body?: string;
  readonly headers?: Record<string, string>;
  readonly signal?: AbortSignal | undefined;
  readonly policy?: OutboundPolicy;
}

/** The final answer and the URL it came from (after redirects). */
export interface GuardedResponse {
  readonly response: Response;
  readonly url: URL;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const nullBodyStatuses = new Set([101, 204, 205, 304]);

/**
 * `GET` (or `POST`) a URL under the outbound policy. Redirects are followed by hand (each hop
 * checked like the first, at most `maxRedirects`; never for a `POST`); the connection goes to the
 * checked address only. Throws {@link OutboundRefusedError} for anything the policy refuses,
 * before a byte is sent there.
 */
export async function guardedFetch(target: string | URL, init: GuardedRequest = {}): Promise<GuardedResponse> {
  const policy = init.policy ?? policyFromEnv();
  let url = new URL(target);
  for (let hop = 0; ; hop++) {
    const address = await checkDestination(url, policy);
    const message = await requestPinned(url, address, init);
    const status = message.statusCode ?? 0;
    const location = message.headers.location;
    if (!redirectStatuses.has(status) || !location) return { response: toResponse(message), url };
    message.resume();
    message.destroy();
    if (init.method === 'POST') throw new OutboundRefusedError(url.href, `it answered a POST with a redirect (HTTP ${status})`);
    if (hop >= policy.maxRedirects) throw new OutboundRefusedError(url.href, `more than ${policy.maxRedirects} redirects`);
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      throw new OutboundRefusedError(url.href, `it redirected to "${location}", which is not a URL`);
    }
    url = next;
  }
}

function requestPinned(url: URL, address: ResolvedAddress, init: GuardedRequest): Promise<IncomingMessage> {
  // Whatever name the socket layer asks for, it gets the address that was checked.
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) (callback as unknown as (error: null, addresses: ResolvedAddress[]) => void)(null, [address]);
    else callback(null, address.address, address.family);
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(
      {
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port || (url.protocol === 'https:' ? 443 : 80),
        path: `${url.pathname}${url.search}`,
        method: init.method ?? 'GET',
        headers: {
          ...init.headers,
          ...(init.body !== undefined ? { 'content-length': String(Buffer.byteLength(init.body)) } : {}),
          host: url.host,
        },
        lookup,
        agent: false,
        ...(init.signal ? { signal: init.signal } : {}),
      },
      resolve,
    );
    request.on('error', reject);
    request.end(init.body);
  });
}

function toResponse(message: IncomingMessage): Response {
  const headers = new Headers();
  for (let i = 0; i + 1 < message.rawHeaders.length; i += 2) headers.append(message.rawHeaders[i]!, message.rawHeaders[i + 1]!);
  const status = message.statusCode ?? 500;
  const body = nullBodyStatuses.has(status) ? null : (Readable.toWeb(message) as unknown as ReadableStream<Uint8Array>);
  if (body === null) message.resume();
  // `Response` accepts 200–599 only; anything else is passed on as a bad gateway.
  return new Response(body, { status: status >= 200 && status <= 599 ? status : 502, statusText: message.statusMessage ?? '', headers });
}
