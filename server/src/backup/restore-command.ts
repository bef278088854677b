import { runFolderCommand } from "./command-line.ts";
import { restoreDataDir } from "./restore-data-dir.ts";

await runFolderCommand("restore", async (folder, dataDir) => {
  const restored = await restoreDataDir(folder, dataDir);
  const previous = restored.previous
    ? `; the DATA_DIR it replaced is now ${restored.previous}`
    : "";
  return `restored ${folder} into ${dataDir}: ${restored.rooms} rooms, ${restored.versions} versions, verified${previous}`;
});
