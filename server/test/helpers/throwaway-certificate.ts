import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Whether a command is on the PATH (for tests that need a tool the machine may lack). */
export async function hasCommand(command: string): Promise<boolean> {
  try {
    await run("sh", ["-c", `command -v ${command}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * A throwaway CA and a municipality's signing certificate issued by it, made with the openssl
 * CLI at test time, packed as the PKCS#12 file a municipality configures (openssl's default
 * PBES2/AES encryption, as a current export gives).
 */
export async function throwawayCertificate(
  password: string,
): Promise<{ dir: string; p12: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), "tavolo-cert-"));
  const at = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) => run("openssl", args, { cwd: dir });
  const key = ["-newkey", "rsa:2048", "-nodes"];
  await openssl(
    "req",
    "-x509",
    ...key,
    "-keyout",
    at("ca.key"),
    "-out",
    at("ca.crt"),
    "-days",
    "2",
    "-subj",
    "/CN=Tavolo Test CA",
  );
  await openssl(
    "req",
    ...key,
    "-keyout",
    at("s.key"),
    "-out",
    at("s.csr"),
    "-subj",
    "/CN=Comune di Prova/O=Comune di Prova",
  );
  await openssl(
    "x509",
    "-req",
    "-in",
    at("s.csr"),
    "-CA",
    at("ca.crt"),
    "-CAkey",
    at("ca.key"),
    "-CAcreateserial",
    "-out",
    at("s.crt"),
    "-days",
    "2",
  );
  await openssl(
    "pkcs12",
    "-export",
    "-inkey",
    at("s.key"),
    "-in",
    at("s.crt"),
    "-certfile",
    at("ca.crt"),
    "-out",
    at("s.p12"),
    "-passout",
    `pass:${password}`,
  );
  return { dir, p12: at("s.p12") };
}
