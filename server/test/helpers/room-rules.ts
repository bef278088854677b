import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { TestClient } from "./clients.ts";

/** The code and reason the server closes `client`'s connection with next. */
export function nextClose(client: TestClient): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    const listener = (event: CloseEvent | null) => {
      client.provider.off("connection-close", listener);
      resolve({ code: event?.code ?? 0, reason: event?.reason ?? "" });
    };
    client.provider.on("connection-close", listener);
  });
}

/** Whether any stored room file under `dataDir` holds `text` (a refused edit must not). */
export async function storedFilesContain(dataDir: string, text: string): Promise<boolean> {
  const needle = Buffer.from(text, "utf8");
  const directory = path.join(dataDir, "rooms");
  const names = await readdir(directory, { recursive: true });
  for (const name of names) {
    const bytes = await readFile(path.join(directory, name)).catch(() => null);
    if (bytes?.includes(needle)) return true;
  }
  return false;
}
