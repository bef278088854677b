export * from "./agid-metadata.ts";
export * from "./chain.ts";
export * from "./diff.ts";
export * from "./public-verify.ts";
export * from "./version.ts";
