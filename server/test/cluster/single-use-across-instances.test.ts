import { ApiClient, type IssuedSignInLink } from "@tavolo/shared";
import { afterEach, describe, expect, it } from "vitest";
import { invitePerson } from "../helpers/people.ts";
import { pgInstances } from "../helpers/pg-instances.ts";
import { Workspace } from "../helpers/workspace.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe("a single-use sign-in link on two instances", () => {
  it("is spent by exactly one of ten simultaneous uses spread over both", async () => {
    const [a, b] = await pgInstances(2, cleanups);
    if (!a || !b) throw new Error("two instances");
    const facilitator = await Workspace.create(a.url, "Giulia Rossi");
    const member = await invitePerson(facilitator, "redattore", "Luca Neri");
    const issued = await facilitator.api.ok<IssuedSignInLink>(
      "POST",
      `/api/procedures/${facilitator.procedure.id}/sign-in-links`,
      { personId: member.personId },
    );
    const token = issued.path.split("/").pop() ?? "";
    const uses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        new ApiClient((i % 2 ? a : b).url).request("POST", `/api/sign-in-links/${token}/use`),
      ),
    );
    expect(uses.map((use) => use.status).sort()).toEqual([200, ...Array(9).fill(410)]);
  });
});
