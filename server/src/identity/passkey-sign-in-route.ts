import { CloseCode, PasskeySignInSchema } from "@tavolo/shared";
import { Hono } from "hono";
import { type AuthEnv, presentedSessionId, setSessionCookie } from "../auth/session.ts";
import { ApiError, readBody } from "../http/api-error.ts";
import type { ApiDeps } from "../procedures/deps.ts";
import { sessionPerson } from "./account-view.ts";
import { ChallengeStore } from "./challenges.ts";
import { answeredChallenge, signInOptions, verifiedAssertion } from "./passkeys.ts";
import { ceremonyPlace } from "./relying-party.ts";
import { startSession } from "./sessions.ts";

/**
 * `/api/passkeys/sign-in`: signing in on any device with a passkey, without naming the account
 * (the browser offers the passkeys it holds for this site; the credential says whose it is).
 */
export function passkeySignInRoute({
  db,
  secret,
  origins,
  disconnectSession,
}: ApiDeps): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();
  const challenges = new ChallengeStore<null>();

  route.post("/sign-in/options", async (c) => {
    const place = ceremonyPlace(origins, c.req.raw);
    const { challenge } = challenges.issue(place, null);
    return c.json(await signInOptions(place, challenge));
  });

  route.post("/sign-in", async (c) => {
    const { response } = await readBody(c, PasskeySignInSchema);
    // Taken before anything is awaited: a second request with the same answer finds nothing.
    const ceremony = challenges.take(answeredChallenge(response.response.clientDataJSON));
    if (!ceremony) {
      throw new ApiError(400, "passkey: this sign-in was not asked for here, expired or was used");
    }
    const passkey = db.data.passkeys[response.id];
    if (!passkey) throw new ApiError(401, "passkey: not known here (removed, or another site's)");
    const counter = await verifiedAssertion(ceremony, passkey, {
      ...response,
      clientExtensionResults: {},
    });
    const presented = await presentedSessionId(c, secret);
    const { person, session } = await db.change((data) => {
      const stored = data.passkeys[passkey.id];
      const person = stored ? data.people[stored.personId] : undefined;
      if (!stored || !person) throw new ApiError(401, "passkey: removed while signing in");
      const session = startSession(
        data,
        presented,
        person.id,
        "passkey",
        c.req.header("user-agent"),
      );
      stored.counter = Math.max(stored.counter, counter);
      stored.lastUsedAt = session.createdAt;
      return { person: sessionPerson(data, person), session };
    });
    // The browser may have been someone else's session: its sockets go with it.
    if (presented) disconnectSession(presented, CloseCode.unauthorized, "signed in again");
    await setSessionCookie(c, secret, origins, session);
    return c.json(person);
  });

  return route;
}
