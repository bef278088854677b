import { ApiClient, type Invitation, type Procedure, type WorkspaceRoom } from "@tavolo/shared";
import { type ServerProcess, spawnServer } from "../targets/server-process.ts";
import { TAVOLO_MAIN } from "../targets/tavolo.ts";

/** Someone at the workshop: their own API session (cookie) and id. */
export interface Attendee {
  name: string;
  personId: string;
  api: ApiClient;
}

/** A running Tavolo with a procedure, its facilitator, the other people and an empty board. */
export interface Workshop {
  server: ServerProcess;
  baseUrl: string;
  wsUrl: string;
  procedureId: string;
  boardId: string;
  /** The board page, as the app links to it (client/src/boards/boardApi.ts `boardPath`). */
  boardPath: string;
  facilitator: Attendee;
  others: Attendee[];
}

const NAMES = ["Anna", "Bruno", "Carla", "Dario", "Elena", "Fabio", "Giulia", "Ivo", "Laura"];

/**
 * Starts the real server (server/src/main.ts, serving the built client) on a loopback port and
 * prepares the workshop through the public API, as the app would: the facilitator signs in and
 * creates the procedure and the board, each other person accepts an invitation as `redattore`.
 */
export async function startWorkshop(options: {
  dataDir: string;
  people: number;
  port?: number;
}): Promise<Workshop> {
  const server = await spawnServer({
    entry: TAVOLO_MAIN,
    port: options.port,
    // Every attendee signs in from this one address within seconds: lift the sign-in limit.
    env: {
      DATA_DIR: options.dataDir,
      LOG_LEVEL: "warn",
      RATE_LIMIT_SIGN_IN: "100000",
      SIGNUP_POLICY: "open",
    },
  });
  try {
    const baseUrl = `http://127.0.0.1:${server.port}`;
    const api = new ApiClient(baseUrl);
    const me = await api.ok<{ id: string }>("POST", "/api/session", {
      displayName: "Facilitatrice",
    });
    const procedure = await api.ok<Procedure>("POST", "/api/procedures", {
      title: "Laboratorio di quartiere",
      amministrazione: "Comune di Prova",
    });
    const board = await api.ok<WorkspaceRoom>("POST", `/api/procedures/${procedure.id}/rooms`, {
      kind: "lavagna",
      title: "Lavagna del laboratorio",
      boardTemplateId: null,
    });
    const others: Attendee[] = [];
    for (let i = 1; i < options.people; i++) {
      others.push(await invite(api, procedure.id, `${NAMES[i % NAMES.length]} ${i}`));
    }
    return {
      server,
      baseUrl,
      wsUrl: `ws://127.0.0.1:${server.port}/sync`,
      procedureId: procedure.id,
      boardId: board.id,
      boardPath: `/procedure/${procedure.id}/lavagna/${board.id}`,
      facilitator: { name: "Facilitatrice", personId: me.id, api },
      others,
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

async function invite(host: ApiClient, procedureId: string, name: string): Promise<Attendee> {
  const invitation = await host.ok<Invitation>(
    "POST",
    `/api/procedures/${procedureId}/invitations`,
    { role: "redattore", organisationId: null },
  );
  const api = new ApiClient(host.baseUrl);
  await api.ok("POST", `/api/invitations/${invitation.token}/accept`, { displayName: name });
  const me = await api.ok<{ id: string }>("GET", "/api/session");
  return { name, personId: me.id, api };
}
