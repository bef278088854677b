export * from "./cronoprogramma.ts";
export * from "./cronoprogramma-yjs.ts";
export * from "./document-shape.ts";
export * from "./templates/registry.ts";
export * from "./templates/template-schema.ts";
export * from "./y-rows.ts";
