import type * as Y from "yjs";
import type { WireProtocol } from "../clients/wire.ts";
import type { ServerProcess } from "./server-process.ts";

/** One room on a running target, with everything a client needs to join it. */
export interface RoomRef {
  name: string;
  /** Websocket URL a raw client opens (one socket per room for every target). */
  url: string;
  /** Credential sent by the target's protocol ("" when the target has none). */
  token: string;
  wire: WireProtocol;
}

/** A stock client of the target (WebsocketProvider or HocuspocusProvider) on its own doc. */
export interface FullClient {
  doc: Y.Doc;
  synced: Promise<void>;
  disconnect(): void;
  connect(): void;
  destroy(): void;
}

export interface RunningTarget {
  server: ServerProcess;
  dataDir: string;
  /** Makes `count` rooms ready to join (Tavolo creates them through its API). */
  rooms(count: number): Promise<RoomRef[]>;
  fullClient(room: RoomRef): FullClient;
}

export interface StartOptions {
  dataDir: string;
  /** Reuse a port, e.g. when restarting after a crash. */
  port?: number;
  cpuProfDir?: string;
  env?: Record<string, string>;
}

/** A server the benchmark compares, and how it is started with its documented persistence. */
export interface Target {
  name: TargetName;
  persistence: string;
  start(options: StartOptions): Promise<RunningTarget>;
}

export type TargetName =
  | "tavolo"
  | "tavolo-novalidation"
  | "tavolo-baseline"
  | "hocuspocus"
  | "y-websocket";
