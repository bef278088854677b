/**
 * The board model of issue 5 (design-thinking boards): document shapes, pure rules and outputs
 * shared by the client, which edits boards, and the server, which authorises their rooms,
 * counts votes and reveals private notes. test-support.ts and output-fixture.ts are for tests.
 */
export * from "./accessible-label.ts";
export * from "./activity-end.ts";
export * from "./anonymity.ts";
export * from "./attribution.ts";
export * from "./available-outputs.ts";
export * from "./ballot-rules.ts";
export * from "./ballots.ts";
export * from "./board-outputs.ts";
export * from "./board-rooms.ts";
export * from "./board-rules.ts";
export * from "./board-shape.ts";
export * from "./clusters.ts";
export * from "./colours.ts";
export * from "./connectors.ts";
export * from "./control-shape.ts";
export * from "./export-csv.ts";
export * from "./export-svg.ts";
export * from "./frames.ts";
export * from "./geometry.ts";
export * from "./images.ts";
export * from "./labels.ts";
export * from "./navigation.ts";
export * from "./notes.ts";
export * from "./permissions.ts";
export * from "./placement.ts";
export * from "./presence.ts";
export * from "./private-writing.ts";
export * from "./ranking.ts";
export * from "./snapshot.ts";
export * from "./summon.ts";
export * from "./svg-text.ts";
export * from "./tally.ts";
export * from "./templates/bisogni-risorse.ts";
export * from "./templates/catalogue.ts";
export * from "./templates/come-potremmo.ts";
export * from "./templates/empathy-map.ts";
export * from "./templates/idee-azioni.ts";
export * from "./templates/impatto-fattibilita.ts";
export * from "./templates/mappa-attori.ts";
export * from "./templates/risorse-potenzialita.ts";
export * from "./templates/template.ts";
export * from "./timer.ts";
export * from "./undo.ts";
export * from "./vote-scope.ts";
export * from "./voting.ts";
