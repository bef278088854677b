/**
 * One string per value, whoever serialises it: the JSON Canonicalization Scheme (RFC 8785) for
 * the values Tavolo freezes (objects, arrays, strings, finite numbers, booleans, null). Object
 * keys are sorted by UTF-16 code units, there is no whitespace, strings and numbers are written
 * as ECMAScript's JSON.stringify writes them. Any RFC 8785 library (Python, Java, Go…) gives the
 * same bytes, so a municipality can check an impronta without Tavolo.
 *
 * Unlike JSON.stringify, values JSON cannot carry are refused rather than silently changed:
 * NaN, Infinity, undefined inside arrays, bigint, functions, symbols, Dates, Maps and other
 * class instances. `undefined` object properties are left out, as "absent".
 */
export class CanonicalJsonError extends Error {
  override name = "CanonicalJsonError";
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function serialise(value: unknown, path: string): string {
  if (value === null || typeof value === "boolean" || typeof value === "string") {
    return JSON.stringify(value);
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new CanonicalJsonError(`${path}: ${value} is not JSON`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value
      .map((item, index) => {
        if (item === undefined) throw new CanonicalJsonError(`${path}[${index}]: undefined`);
        return serialise(item, `${path}[${index}]`);
      })
      .join(",")}]`;
  }
  if (typeof value === "object" && isPlainObject(value)) {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${serialise(value[key], `${path}.${key}`)}`).join(",")}}`;
  }
  throw new CanonicalJsonError(`${path}: a ${typeof value} cannot be frozen as JSON`);
}

/** The canonical JSON text of a value: equal values give equal strings, key order aside. */
export function canonicalString(value: unknown): string {
  return serialise(value, "$");
}

/** The UTF-8 bytes of the canonical text: what the server hashes (SHA-256) into the impronta. */
export function canonicalBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(canonicalString(value));
}

/**
 * How the server turns canonical text into an impronta: SHA-256 of its UTF-8 bytes, as
 * lower-case hex. Declared here so server and tests agree on the contract; implemented on the
 * server, where hashing belongs.
 */
export type ImprontaFunction = (canonical: string) => Promise<string>;
export const IMPRONTA_ALGORITHM = "SHA-256";
