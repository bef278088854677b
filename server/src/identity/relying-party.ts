import { isAllowedOrigin, type OriginPolicy, publicOriginOf } from "../http/origin-policy.ts";
import type { CeremonyPlace } from "./challenges.ts";

/** Shown by the browser and the authenticator beside the person's name. */
export const RP_NAME = "Tavolo";

/**
 * Where a passkey ceremony happens: the page's `Origin` when the origin policy allows it, else
 * `PUBLIC_URL` or the origin the request was sent to; the relying party id is its host name. A
 * passkey made on `localhost` is then asked for on `localhost`, and one made on the public name
 * on the public name. (Browsers refuse passkeys on a bare IP address such as 127.0.0.1.)
 */
export function ceremonyPlace(policy: OriginPolicy, request: Request): CeremonyPlace {
  const presented = request.headers.get("origin");
  const origin =
    presented !== null && isAllowedOrigin(policy, presented, request)
      ? presented
      : publicOriginOf(policy, request);
  return { origin, rpID: new URL(origin).hostname };
}
