export * from "./agid-metadata.ts";
export * from "./approval-binding.ts";
export * from "./approval-binding-schemas.ts";
export * from "./chain.ts";
export * from "./diff.ts";
export * from "./public-verify.ts";
export * from "./version.ts";
