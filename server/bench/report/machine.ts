import { statfsSync } from "node:fs";
import os from "node:os";

/** File-system magic numbers of statfs(2) for the ones this benchmark is likely to meet. */
const FILE_SYSTEMS: Record<number, string> = {
  61267: "ext4",
  1481003842: "xfs",
  2435016766: "btrfs",
  16914836: "tmpfs",
  2035054128: "overlayfs",
};

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  dataDirFileSystem: string;
}

/** What the figures were measured on: they mean little without it. */
export function describeMachine(dataDir: string): Machine {
  const type = statfsSync(dataDir).type;
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    dataDirFileSystem: FILE_SYSTEMS[type] ?? `0x${type.toString(16)}`,
  };
}
