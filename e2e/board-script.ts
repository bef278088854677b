/*
 * A board written by a script, as the README's Node clients do: a room token asked with the
 * person's own session, then the stock y-websocket provider. The e2e tests use it for what the
 * board's canvas is not under test for (placing notes, grouping them).
 */
import { expect } from "@playwright/test";
import type { RoomToken } from "@tavolo/shared";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { Person } from "./people.ts";

export interface ScriptedBoard {
  doc: Y.Doc;
  close: () => void;
}

/** Connects `person` to the board room `boardId` and resolves once it is synced. */
export async function openBoardAs(
  person: Person,
  baseURL: string,
  boardId: string,
): Promise<ScriptedBoard> {
  const response = await person.context.request.post(`/api/boards/${boardId}/token`, {
    data: { room: boardId },
  });
  expect(response.ok()).toBe(true);
  const { token } = (await response.json()) as RoomToken;
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${baseURL.replace(/^http/, "ws")}/sync`, boardId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  await new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once("sync", () => resolve());
  });
  return {
    doc,
    close: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}
