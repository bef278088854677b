import path from "node:path";
import { z } from "zod";
import { loadConfig } from "../config.ts";

const ArgumentsSchema = z.tuple([z.string().trim().min(1)]);

/**
 * Runs `npm run <command> -- <folder>` on the configured DATA_DIR (the same settings as the
 * server's): prints what `run` reports, or the error and exits with 1.
 */
export async function runFolderCommand(
  command: string,
  run: (folder: string, dataDir: string) => Promise<string>,
): Promise<void> {
  try {
    const args = ArgumentsSchema.safeParse(process.argv.slice(2));
    if (!args.success) throw new Error(`usage: npm run ${command} -- <folder>`);
    const { DATA_DIR, DATABASE_URL } = loadConfig();
    if (DATABASE_URL) {
      throw new Error(
        "DATABASE_URL is set: rooms and metadata live in PostgreSQL, back them up with pg_dump or pg_basebackup (README, Backups); this command copies the embedded DATA_DIR only",
      );
    }
    // npm runs scripts from the repository's root: a relative folder means where it was typed.
    const folder = path.resolve(process.env.INIT_CWD ?? process.cwd(), args.data[0]);
    console.log(await run(folder, DATA_DIR));
  } catch (error) {
    console.error(`${command} failed: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
