/**
 * Compiles the server for production into server/dist (`npm run build:server`, part of `npm
 * start`): one ES module per entry, Tavolo's own code and @tavolo/shared bundled, every other
 * package loaded from node_modules as usual. Node then starts plain JavaScript, without a
 * TypeScript loader (its worker thread, its esbuild process, its compile on every start).
 * The paths the server reads beside its code keep working: dist/ sits where src/ does, and the
 * PDF fonts are copied into it.
 */
import { cp, rm } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";

const SERVER = import.meta.dirname;
const OUT = path.join(SERVER, "dist");

await rm(OUT, { recursive: true, force: true });
await build({
  entryPoints: {
    main: path.join(SERVER, "src/main.ts"),
    "diff-worker": path.join(SERVER, "src/versions/diff-worker.ts"),
  },
  outdir: OUT,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
  plugins: [
    {
      name: "node-modules-external",
      setup(plugins) {
        // A bare import is a package: loaded at run time, except the workspace's own TypeScript.
        plugins.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith("@tavolo/") ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
await cp(path.join(SERVER, "src/exports/fonts"), path.join(OUT, "fonts"), { recursive: true });
console.log(`server built into ${path.relative(process.cwd(), OUT)}`);
