import { backupDataDir } from "./backup-data-dir.ts";
import { runFolderCommand } from "./command-line.ts";

await runFolderCommand("backup", async (folder, dataDir) => {
  const manifest = await backupDataDir(dataDir, folder);
  const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
  return `backup of ${dataDir} complete in ${folder}: ${manifest.rooms} rooms, ${manifest.versions} versions, ${manifest.files.length} files, ${bytes} bytes, verified`;
});
