import { spawn } from "node:child_process";
import path from "node:path";

const COMMANDS = path.resolve(import.meta.dirname, "../../src/backup");

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run backup|restore -- <folder>` as an operator would, on `dataDir`. */
export function runBackupCommand(
  command: "backup" | "restore",
  folder: string,
  dataDir: string,
  env: Record<string, string> = {},
): Promise<CommandResult> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(COMMANDS, `${command}-command.ts`), folder],
    { env: { ...process.env, DATA_DIR: dataDir, ...env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}
