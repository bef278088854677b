import { isIPv6 } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/**
 * The address a request came from: the socket's peer or, with `trustProxy`, the last entry of
 * `X-Forwarded-For` — the address the nearest proxy saw; earlier entries are whatever the client
 * claimed. Without `trustProxy` the header is ignored, so nobody can pick their own address.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",").at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return socketAddress(c) ?? "unknown";
}

function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    // No Node socket behind this request (app.request() in a test).
    return undefined;
  }
}

/**
 * The bucket an address is counted in: an IPv4 address itself (also when IPv4-mapped), an IPv6
 * address by its /64 network, since one host usually holds a whole /64 and could otherwise
 * take a fresh address for every request.
 */
export function addressBucket(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
}

/** The eight hextets of an IPv6 address, `::` filled with zeros (a zone id is dropped). */
function expandIPv6(address: string): string[] {
  const [head = "", tail] = (address.split("%")[0] ?? "").split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const zeros = Array.from({ length: 8 - left.length - right.length }, () => "0");
  const hextets = tail === undefined ? left : [...left, ...zeros, ...right];
  return hextets.map((hextet) => hextet.toLowerCase().replace(/^0+(?=.)/, ""));
}
