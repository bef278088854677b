import type { Meeting, ProcedureDetail } from "@tavolo/shared";
import { describe, expect, it } from "vitest";
import { eventually } from "./helpers/clients.ts";
import { processFixture } from "./helpers/process-fixture.ts";
import { tempDataDir } from "./helpers/server-process.ts";
import { Workspace } from "./helpers/workspace.ts";

const { start } = processFixture();

describe("SIGKILL of the server during API writes", () => {
  it("keeps every change the API answered success for, once each", async () => {
    const dataDir = await tempDataDir();
    const first = await start(dataDir);
    const workspace = await Workspace.create(first.url);
    const meetingsPath = `/api/procedures/${workspace.procedure.id}/meetings`;
    const acknowledged: string[] = [];
    let running = true;
    // Several writers at once, so that records are written in groups as well as alone.
    const writer = async (w: number) => {
      for (let i = 0; running; i++) {
        const body = { title: `Incontro ${w}-${i}`, date: "2026-12-10T10:00:00+01:00" };
        const answer = await workspace.api.request<Meeting>("POST", meetingsPath, body);
        if (answer.status === 201) acknowledged.push(answer.body.id);
      }
    };
    const writers = [0, 1, 2, 3, 4, 5].map((w) => writer(w).catch(() => undefined));
    await eventually(() => acknowledged.length >= 60, "writes under way");
    first.child.kill("SIGKILL");
    await first.exited;
    running = false;
    await Promise.all(writers);
    const before = [...acknowledged];

    const second = await start(dataDir, first.port);
    expect(second.port).toBe(first.port);
    const detail = await workspace.api.ok<ProcedureDetail>(
      "GET",
      `/api/procedures/${workspace.procedure.id}`,
    );
    const stored = detail.meetings.map((meeting) => meeting.id);
    expect(stored.filter((id) => before.includes(id)).sort()).toEqual([...before].sort());
    expect(new Set(stored).size).toBe(stored.length);
  });
});
