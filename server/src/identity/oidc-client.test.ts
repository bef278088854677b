import { describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { oidcSettings } from "./oidc-client.ts";

describe("OIDC settings from the environment", () => {
  it("are off without OIDC_ISSUER", () => {
    expect(oidcSettings(loadConfig({}))).toBeNull();
  });

  it("read the issuer, client and defaults when it is set", () => {
    const settings = oidcSettings(
      loadConfig({
        OIDC_ISSUER: "https://sso.comune.example/realms/comune",
        OIDC_CLIENT_ID: "tavolo",
      }),
    );
    expect(settings).toMatchObject({
      clientId: "tavolo",
      clientSecret: undefined,
      scopes: "openid profile email",
      label: "Accedi con l'account dell'ente",
      acrValues: undefined,
    });
    expect(settings?.issuer.href).toBe("https://sso.comune.example/realms/comune");
  });

  it("stop the start when the issuer comes without a client id, or is not a URL", () => {
    expect(() => loadConfig({ OIDC_ISSUER: "https://sso.comune.example" })).toThrow(
      /OIDC_CLIENT_ID: required with OIDC_ISSUER/,
    );
    expect(() => loadConfig({ OIDC_ISSUER: "sso.comune.example", OIDC_CLIENT_ID: "x" })).toThrow(
      /OIDC_ISSUER/,
    );
  });
});
