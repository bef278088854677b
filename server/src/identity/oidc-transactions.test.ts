import { describe, expect, it } from "vitest";
import { OidcClient } from "./oidc-client.ts";
import { OidcTransactions, TRANSACTION_TTL_MS } from "./oidc-transactions.ts";

const transaction = () => ({
  checks: OidcClient.newChecks("http://127.0.0.1/api/auth/oidc/callback"),
  purpose: { kind: "signin" as const, invitation: null },
  returnTo: "/",
});

describe("OidcTransactions", () => {
  it("gives a transaction to one callback only", () => {
    const store = new OidcTransactions();
    const id = store.put(transaction());
    expect(store.take(id)?.returnTo).toBe("/");
    expect(store.take(id)).toBeNull();
  });

  it("forgets a transaction once it has expired", () => {
    let now = 1_000;
    const store = new OidcTransactions(() => now);
    const id = store.put(transaction());
    now += TRANSACTION_TTL_MS;
    expect(store.take(id)).toBeNull();
  });

  it("makes fresh, distinct secrets for every request", () => {
    const [a, b] = [transaction().checks, transaction().checks];
    expect(new Set([a.state, b.state, a.nonce, b.nonce, a.codeVerifier, b.codeVerifier]).size).toBe(
      6,
    );
  });
});
