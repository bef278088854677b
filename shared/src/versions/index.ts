export * from "./agid-metadata.ts";
export * from "./chain.ts";
export * from "./diff.ts";
export * from "./version.ts";
