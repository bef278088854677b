import { describe, expect, it } from "vitest";
import type { RoomStatus } from "./roomStatus.ts";
import { viewRoomStatus } from "./roomStatusView.ts";

const CONNECTED: RoomStatus = {
  connection: "connected",
  online: true,
  loaded: true,
  synced: true,
  pendingChanges: false,
  pendingEdits: 0,
  device: "written",
  refused: null,
  refusedChange: null,
  serverCannotStore: false,
};

const view = (change: Partial<RoomStatus>) => viewRoomStatus({ ...CONNECTED, ...change });

describe("viewRoomStatus", () => {
  it("says saved only once the server confirmed every edit", () => {
    expect(view({})).toEqual({ connection: "connected", save: "saved", pendingEdits: 0 });
    expect(view({ pendingChanges: true, pendingEdits: 1 })).toEqual({
      connection: "connected",
      save: "saving",
      pendingEdits: 1,
    });
  });

  it("says the server cannot store edits (4507) while they wait on this device", () => {
    const full = {
      connection: "disconnected",
      serverCannotStore: true,
      pendingChanges: true,
    } as const;
    expect(view({ ...full, pendingEdits: 2 })).toEqual({
      connection: "serverCannotStore",
      save: "onDevice",
      pendingEdits: 2,
    });
  });

  it("tells offline (no network) from reconnecting (network up, server unreachable)", () => {
    const lost = { connection: "disconnected", pendingChanges: true, pendingEdits: 3 } as const;
    expect(view({ ...lost, online: false })).toEqual({
      connection: "offline",
      save: "onDevice",
      pendingEdits: 3,
    });
    expect(view(lost)).toEqual({ connection: "reconnecting", save: "onDevice", pendingEdits: 3 });
  });

  it("is offline from the first attempt when the page opens without a network", () => {
    expect(view({ connection: "connecting", online: false, synced: false }).connection).toBe(
      "offline",
    );
    expect(view({ connection: "connecting", synced: false }).connection).toBe("connecting");
  });

  it("shows a copy read back from the device as kept there until the server has it", () => {
    const fromDevice = { synced: false, pendingChanges: true, pendingEdits: 0 };
    expect(view({ ...fromDevice, connection: "connecting", online: false })).toEqual({
      connection: "offline",
      save: "onDevice",
      pendingEdits: 0,
    });
    expect(view({ ...fromDevice, connection: "connected" }).save).toBe("saving");
  });

  it("says saved on this device only once the browser committed the edits", () => {
    const offline = { connection: "disconnected", online: false, pendingChanges: true } as const;
    expect(view({ ...offline, device: "writing" }).save).toBe("storing");
    expect(view({ ...offline, device: "written" }).save).toBe("onDevice");
    expect(view({ ...offline, device: "none" }).save).toBe("inMemory");
  });

  it("keeps loading until something stored is shown", () => {
    expect(view({ loaded: false, synced: false, connection: "connecting" }).save).toBe("loading");
  });

  it("says what a refusal leaves behind, whatever the network does", () => {
    const refused = { code: 4403, reason: "forbidden" };
    expect(view({ refused, connection: "disconnected", online: false })).toEqual({
      connection: "refused",
      save: "saved",
      pendingEdits: 0,
    });
    expect(view({ refused, pendingChanges: true, pendingEdits: 2 }).save).toBe("unsaved");
  });

  it("counts no pending edits once nothing is pending", () => {
    expect(view({ pendingChanges: false, pendingEdits: 4 }).pendingEdits).toBe(0);
  });
});
