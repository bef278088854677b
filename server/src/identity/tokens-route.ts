import { type ApiTokenSummary, CreateApiTokenSchema, type CreatedApiToken } from "@tavolo/shared";
import { Hono } from "hono";
import { newId } from "../auth/ids.ts";
import type { AuthEnv } from "../auth/session.ts";
import type { ApiTokenRecord } from "../db/database.ts";
import { ApiError, readBody, readId } from "../http/api-error.ts";
import { personStill, requirePerson } from "../procedures/access.ts";
import type { ApiDeps } from "../procedures/deps.ts";
import { newApiTokenSecret, sha256Hex } from "./tokens.ts";

const summary = (token: ApiTokenRecord): ApiTokenSummary => ({
  id: token.id,
  name: token.name,
  createdAt: token.createdAt,
  lastUsedAt: token.lastUsedAt,
});

/** `/api/tokens`: a signed-in person's personal API tokens (create, list, revoke). */
export function tokensRoute({ db }: ApiDeps): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();

  route.get("/", (c) => {
    const person = requirePerson(c);
    const mine = Object.values(db.data.apiTokens).filter(
      (t) => t.personId === person.id && t.revokedAt === null,
    );
    return c.json(mine.map(summary));
  });

  /** Only from a signed-in browser: a leaked token must not be able to mint its successors. */
  route.post("/", async (c) => {
    const person = requirePerson(c);
    if (!c.get("sessionId")) {
      throw new ApiError(403, "tokens: create them from a signed-in session, not with a token");
    }
    const { name } = await readBody(c, CreateApiTokenSchema);
    const secret = newApiTokenSecret();
    const created = await db.change((data) => {
      personStill(c, data);
      const token: ApiTokenRecord = {
        id: newId(),
        personId: person.id,
        name,
        tokenSha256: sha256Hex(secret),
        createdAt: new Date().toISOString(),
        lastUsedAt: null,
        revokedAt: null,
      };
      data.apiTokens[token.id] = token;
      return token;
    });
    const answer: CreatedApiToken = { ...summary(created), token: secret };
    return c.json(answer, 201);
  });

  route.delete("/:id", async (c) => {
    const person = requirePerson(c);
    const id = readId(c, "id");
    await db.change((data) => {
      personStill(c, data);
      const token = data.apiTokens[id];
      if (!token || token.personId !== person.id || token.revokedAt !== null) {
        throw new ApiError(404, "token: not found");
      }
      token.revokedAt = new Date().toISOString();
    });
    return c.body(null, 204);
  });

  return route;
}
