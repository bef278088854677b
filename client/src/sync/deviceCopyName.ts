/**
 * Names of the IndexedDB databases that keep rooms on this device. One database per signed-in
 * person and room: a municipal office may share one browser, and nobody should open another
 * person's unsent edits, nor lose their own when someone else signs out.
 */
const PREFIX = "tavolo-room";

/** The database holding `room` for `personId`: `tavolo-room/<person>/<room>`, both encoded. */
export function deviceCopyName(personId: string, room: string): string {
  return `${personPrefix(personId)}${encodeURIComponent(room)}`;
}

/** Whether `databaseName` is one of `personId`'s rooms (and not someone else's). */
export function isDeviceCopyOf(personId: string, databaseName: string): boolean {
  const prefix = personPrefix(personId);
  return databaseName.startsWith(prefix) && databaseName.length > prefix.length;
}

function personPrefix(personId: string): string {
  return `${PREFIX}/${encodeURIComponent(personId)}/`;
}
