import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin, ResolvedConfig } from "vite";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text files worth compressing; source maps are left out (only developer tools fetch them). */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;

export interface Precompressed {
  file: string;
  bytes: number;
  br: number | null;
  gzip: number | null;
}

/**
 * Writes `<file>.br` (quality 11) and `<file>.gz` (level 9) beside every compressible file under
 * `dir`, each only when smaller than the file, so the server hands browsers the compressed
 * bytes as they are (`serveStatic`'s `precompressed`) instead of compressing on each request.
 */
export async function precompressDir(dir: string): Promise<Precompressed[]> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
  const results: Precompressed[] = [];
  for (const file of files) {
    const content = await readFile(file);
    const br = await brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    });
    const gz = await gzipAsync(content, { level: 9 });
    results.push({
      file: path.relative(dir, file),
      bytes: content.length,
      br: await writeIfSmaller(`${file}.br`, br, content.length),
      gzip: await writeIfSmaller(`${file}.gz`, gz, content.length),
    });
  }
  return results;
}

async function writeIfSmaller(
  file: string,
  data: Buffer,
  original: number,
): Promise<number | null> {
  if (data.length >= original) return null;
  await writeFile(file, data);
  return data.length;
}

/** Vite plugin: precompresses the client build once every file is written. */
export function precompress(): Plugin {
  let outDir = "";
  return {
    name: "tavolo-precompress",
    apply: "build",
    configResolved(config: ResolvedConfig) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const results = await precompressDir(outDir);
      const biggest = results.sort((a, b) => b.bytes - a.bytes).slice(0, 3);
      for (const { file, bytes, br, gzip } of biggest) {
        this.info(`${file}: ${bytes} bytes, br ${br ?? "-"}, gzip ${gzip ?? "-"}`);
      }
    },
  };
}
