import { open, readFile, rename } from "node:fs/promises";
import path from "node:path";
import type { Adapter } from "lowdb";

/**
 * A lowdb adapter that makes every write durable before it resolves: temp file, fsync, rename,
 * fsync of the folder. So anything the API answered success for survives a crash.
 */
export class DurableJSONFile<T> implements Adapter<T> {
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly file: string) {}

  async read(): Promise<T | null> {
    try {
      return JSON.parse(await readFile(this.file, "utf8")) as T;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  write(data: T): Promise<void> {
    const text = JSON.stringify(data);
    const next = this.chain.then(() => this.writeNow(text));
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async writeNow(text: string): Promise<void> {
    const temp = `${this.file}.tmp`;
    const handle = await open(temp, "w");
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, this.file);
    const dir = await open(path.dirname(this.file), "r");
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  }
}
