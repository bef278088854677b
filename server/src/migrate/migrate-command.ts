import pino from "pino";
import { z } from "zod";
import { loadConfig } from "../config.ts";
import { openPostgres } from "../pg/pool.ts";
import { runningServers } from "../storage/running-servers.ts";
import { copyData } from "./copy-data.ts";
import { dataDirSide, postgresSide } from "./storage-sides.ts";

const USAGE =
  "usage: npm run migrate -- --to-postgres | --to-data-dir (with DATA_DIR and DATABASE_URL)";
const ArgumentsSchema = z.tuple([z.enum(["--to-postgres", "--to-data-dir"])]);

/**
 * `npm run migrate -- --to-postgres`: the embedded DATA_DIR (server stopped) into the empty
 * PostgreSQL of DATABASE_URL; `--to-data-dir`: back, into an empty DATA_DIR. Success is reported
 * only once every room's state, every version's hashes and the metadata read back equal.
 */
async function migrate(): Promise<string> {
  const args = ArgumentsSchema.safeParse(process.argv.slice(2));
  if (!args.success) throw new Error(USAGE);
  const config = loadConfig();
  if (!config.DATABASE_URL) throw new Error(`DATABASE_URL is not set; ${USAGE}`);
  const log = pino({ level: "warn" });
  const pool = await openPostgres(config.DATABASE_URL, log);
  try {
    const dataDir = dataDirSide(config.DATA_DIR, log);
    const postgres = postgresSide(pool, log);
    const toPostgres = args.data[0] === "--to-postgres";
    const running = await runningServers(config.DATA_DIR);
    if (running.length > 0) {
      throw new Error(
        `a Tavolo server is using ${config.DATA_DIR} (${running.join(", ")}): stop it before migrating`,
      );
    }
    if (toPostgres && (await dataDir.contents()).length === 0) {
      throw new Error(`${config.DATA_DIR} is empty or missing: nothing to move`);
    }
    const [source, target] = toPostgres ? [dataDir, postgres] : [postgres, dataDir];
    const { rooms, versions } = await copyData(source, target);
    return `copied ${source.name} into ${target.name}: ${rooms} rooms and ${versions} versions, each read back and equal, and the metadata`;
  } finally {
    await pool.end();
  }
}

try {
  console.log(await migrate());
} catch (error) {
  console.error(`migrate failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
