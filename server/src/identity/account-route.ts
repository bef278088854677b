import { AddPasskeySchema, CloseCode, type PasskeyView, RenamePasskeySchema } from "@tavolo/shared";
import { type Context, Hono } from "hono";
import type { AuthEnv } from "../auth/session.ts";
import { ApiError, readBody, readId } from "../http/api-error.ts";
import { personStill, requirePerson } from "../procedures/access.ts";
import type { ApiDeps } from "../procedures/deps.ts";
import { accountView, passkeyView } from "./account-view.ts";
import { ChallengeStore } from "./challenges.ts";
import {
  answeredChallenge,
  passkeysOf,
  registrationOptions,
  verifiedRegistration,
  waysIn,
} from "./passkeys.ts";
import { ceremonyPlace } from "./relying-party.ts";

/** Who asked for a registration challenge: only the same session may answer it. */
interface Registrant {
  personId: string;
  sessionId: string | null;
}

/** `/api/account`: the signed-in person's passkeys and sessions ("Il mio account"). */
export function accountRoute({ db, origins, disconnectSession }: ApiDeps): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();
  const challenges = new ChallengeStore<Registrant>();

  route.get("/", (c) => c.json(accountView(db.data, requirePerson(c), c.get("sessionId"))));

  route.post("/passkeys/options", async (c) => {
    const person = requirePerson(c);
    const place = ceremonyPlace(origins, c.req.raw);
    const registrant = { personId: person.id, sessionId: c.get("sessionId") };
    const { challenge } = challenges.issue(place, registrant);
    return c.json(
      await registrationOptions(place, challenge, person, passkeysOf(db.data, person.id)),
    );
  });

  route.post("/passkeys", async (c) => {
    const person = requirePerson(c);
    const { name, response } = await readBody(c, AddPasskeySchema);
    const ceremony = challenges.take(answeredChallenge(response.response.clientDataJSON));
    if (
      !ceremony ||
      ceremony.subject.personId !== person.id ||
      ceremony.subject.sessionId !== c.get("sessionId")
    ) {
      throw new ApiError(
        400,
        "passkey: this registration was not asked for here, expired or was used",
      );
    }
    const credential = await verifiedRegistration(ceremony, {
      ...response,
      clientExtensionResults: {},
    });
    const added = await db.change((data): PasskeyView => {
      personStill(c, data);
      if (data.passkeys[credential.id]) throw new ApiError(409, "passkey: already registered");
      const now = new Date().toISOString();
      const passkey = {
        ...credential,
        personId: person.id,
        name,
        createdAt: now,
        lastUsedAt: null,
      };
      data.passkeys[passkey.id] = passkey;
      return passkeyView(passkey);
    });
    return c.json(added, 201);
  });

  route.patch("/passkeys/:id", async (c) => {
    const person = requirePerson(c);
    const id = credentialId(c);
    const { name } = await readBody(c, RenamePasskeySchema);
    const renamed = await db.change((data) => {
      personStill(c, data);
      const passkey = ownPasskey(data.passkeys[id], person.id);
      passkey.name = name;
      return passkeyView(passkey);
    });
    return c.json(renamed);
  });

  route.delete("/passkeys/:id", async (c) => {
    const person = requirePerson(c);
    const id = credentialId(c);
    await db.change((data) => {
      personStill(c, data);
      ownPasskey(data.passkeys[id], person.id);
      if (waysIn(data, person.id) <= 1) {
        throw new ApiError(
          409,
          "passkey: it is your only way to sign in; add another passkey before removing it",
        );
      }
      delete data.passkeys[id];
    });
    return c.body(null, 204);
  });

  /** Ends one of the person's sessions (signing that browser out) and closes its sockets. */
  route.delete("/sessions/:id", async (c) => {
    const person = requirePerson(c);
    const id = readId(c, "id");
    await db.change((data) => {
      personStill(c, data);
      if (data.sessions[id]?.personId !== person.id) throw new ApiError(404, "session: not found");
      delete data.sessions[id];
    });
    disconnectSession(id, CloseCode.unauthorized, "session ended by its owner");
    return c.body(null, 204);
  });

  /** Ends every session of the person but the one asking. */
  route.delete("/sessions", async (c) => {
    const person = requirePerson(c);
    const current = c.get("sessionId");
    const ended = await db.change((data) => {
      personStill(c, data);
      const others = Object.values(data.sessions).filter(
        (s) => s.personId === person.id && s.id !== current,
      );
      for (const session of others) delete data.sessions[session.id];
      return others.map((s) => s.id);
    });
    for (const id of ended)
      disconnectSession(id, CloseCode.unauthorized, "session ended by its owner");
    return c.json({ ended: ended.length });
  });

  return route;
}

/** A credential id from the URL: base64url, as long as WebAuthn allows. */
function credentialId(c: Context): string {
  const id = c.req.param("id") ?? "";
  if (!/^[A-Za-z0-9_-]{1,1366}$/.test(id)) throw new ApiError(400, "id: not a credential id");
  return id;
}

function ownPasskey<T extends { personId: string }>(passkey: T | undefined, personId: string): T {
  if (!passkey || passkey.personId !== personId) throw new ApiError(404, "passkey: not found");
  return passkey;
}
