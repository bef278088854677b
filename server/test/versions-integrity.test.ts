import { stat, utimes } from "node:fs/promises";
import type { ChainReport, VersionDetail, VersionList } from "@tavolo/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AgreedVersion, EXPORT_FORMATS } from "./helpers/agreed-version.ts";
import { listVersions } from "./helpers/versions.ts";

let agreed: AgreedVersion;

beforeEach(async () => {
  agreed = await AgreedVersion.create();
});
afterEach(() => agreed.close());

const audit = () =>
  agreed.workspace.api.ok<{ action: string; details: Record<string, unknown> }[]>(
    "GET",
    `/api/procedures/${agreed.workspace.procedure.id}/audit`,
  );
const chainReport = () =>
  agreed.workspace.api.ok<ChainReport>(
    "GET",
    `/api/procedures/${agreed.workspace.procedure.id}/versions/verify`,
  );

describe("a frozen version whose stored text was changed on disk", () => {
  it("is exported in no format: 409 with the reason, audited once", async () => {
    for (const format of EXPORT_FORMATS) expect((await agreed.exportOf(format)).status).toBe(200);
    await agreed.tamperText();
    for (const format of EXPORT_FORMATS) {
      const response = await agreed.exportOf(format);
      expect(response.status, format).toBe(409);
      const body = (await response.json()) as { error: string; reason: string };
      expect(body.error).toMatch(/damaged/);
      expect(body.reason).toContain("canonical-mismatch");
    }
    const damaged = (await audit()).filter((event) => event.action === "version.damaged");
    expect(damaged).toHaveLength(1);
    expect(damaged[0]?.details).toMatchObject({ number: 1, reason: "canonical-mismatch" });
  });

  it("is audited once even when many ask for it at the same moment", async () => {
    await agreed.tamperText();
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        agreed.exportOf(EXPORT_FORMATS[i % EXPORT_FORMATS.length] ?? "pdf"),
      ),
    );
    expect(answers.map((response) => response.status)).toEqual(answers.map(() => 409));
    const damaged = (await audit()).filter((event) => event.action === "version.damaged");
    expect(damaged).toHaveLength(1);
  });

  it("does not open the approval phase, which needs a testo concordato", async () => {
    await agreed.tamperText();
    const moved = await agreed.workspace.api.request(
      "POST",
      `/api/procedures/${agreed.workspace.procedure.id}/phase`,
      { phase: "approvazione" },
    );
    expect(moved.status).toBe(409);
  });

  it("is marked damaged in the versions list, and is no longer the testo concordato", async () => {
    const before: VersionList = await listVersions(agreed.workspace, agreed.room.id);
    expect(before).toMatchObject({ agreedVersionId: agreed.version.id, damaged: {} });
    await agreed.tamperText();
    const after: VersionList = await listVersions(agreed.workspace, agreed.room.id);
    expect(after.agreedVersionId).toBeNull();
    expect(after.damaged[agreed.version.id]).toContain("canonical-mismatch");
  });
});

describe("the versions list, which does not rebuild every version on every look", () => {
  it("still finds a same-size edit whose modification time was put back", async () => {
    await listVersions(agreed.workspace, agreed.room.id); // hashes computed and remembered
    const { mtime } = await stat(agreed.textFile);
    await agreed.tamperText(); // 1850000 → 1950000: same size
    await utimes(agreed.textFile, mtime, mtime);
    const after: VersionList = await listVersions(agreed.workspace, agreed.room.id);
    expect(after.damaged[agreed.version.id]).toContain("canonical-mismatch");
  });
});

describe("a frozen version whose stored text and recorded hash were both rewritten", () => {
  it("is refused for export, and its approvals are reported as given for another hash", async () => {
    await agreed.tamperHashToo();
    for (const format of EXPORT_FORMATS) {
      const response = await agreed.exportOf(format);
      expect(response.status, format).toBe(409);
      const body = (await response.json()) as { reason: string };
      expect(body.reason).toContain("approval-other-hash");
    }
    const report = await chainReport();
    expect(report.ok).toBe(false);
    expect(report.versions[0]?.problems).toEqual(
      expect.arrayContaining(["state-mismatch", "approval-other-hash"]),
    );
    const detail = await agreed.workspace.api.ok<VersionDetail>(
      "GET",
      `/api/versions/${agreed.version.id}`,
    );
    expect(detail.agreed).toBe(false);
    expect(detail.damage).toContain("approval-other-hash");
    const list: VersionList = await listVersions(agreed.workspace, agreed.room.id);
    expect(list.agreedVersionId).toBeNull();
  });
});

describe("an approval record", () => {
  it("carries the impronta it was given for", async () => {
    const detail = await agreed.workspace.api.ok<VersionDetail>(
      "GET",
      `/api/versions/${agreed.version.id}`,
    );
    expect(detail.round?.responses[0]?.versionHash).toBe(agreed.version.hash);
    expect(detail).toMatchObject({ agreed: true, damage: [] });
  });
});
