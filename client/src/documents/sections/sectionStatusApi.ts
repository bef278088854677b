import { ApiClient, type SectionSignOff, type SectionStatus } from "@tavolo/shared";

const client = new ApiClient("");
const base = (roomId: string) => `/api/rooms/${encodeURIComponent(roomId)}/sections`;

/** The document's sign-off matrix, and moving one section to another state. */
export const sectionStatusApi = {
  list: (roomId: string) => client.ok<SectionSignOff[]>("GET", base(roomId)),
  move: (roomId: string, sectionKey: string, status: SectionStatus) =>
    client.ok("PUT", `${base(roomId)}/${encodeURIComponent(sectionKey)}`, { status }),
};
