export * from "./sync/protocol.ts";
export * from "./sync/room-name.ts";
export * from "./sync/scratch-note.ts";
export * from "./validation/format-issues.ts";
