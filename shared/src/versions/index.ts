export * from "./chain.ts";
export * from "./version.ts";
