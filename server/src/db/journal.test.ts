import { appendFile, mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { FaultyDisk } from "../storage/faulty-disk.ts";
import { decodeJournal, encodeRecord, type JournalRecord, MetadataJournal } from "./journal.ts";

const tempDir = () => mkdtemp(path.join(tmpdir(), "tavolo-journal-"));

const record = (seq: number, name = `p${seq}`): JournalRecord => ({
  seq,
  ops: [{ op: "add", path: ["people", name], value: { id: name, displayName: "Anna" } }],
});

describe("metadata journal records", () => {
  it("decodes records in the order they were written", () => {
    const bytes = Buffer.concat([record(1), record(2), record(3)].map(encodeRecord));
    const decoded = decodeJournal(bytes);
    expect(decoded.records.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(decoded.validBytes).toBe(bytes.byteLength);
  });

  it("drops a torn last record (no newline yet)", () => {
    const whole = Buffer.concat([record(1), record(2)].map(encodeRecord));
    const torn = encodeRecord(record(3)).subarray(0, 20);
    const decoded = decodeJournal(Buffer.concat([whole, torn]));
    expect(decoded.records.map((r) => r.seq)).toEqual([1, 2]);
    expect(decoded.validBytes).toBe(whole.byteLength);
  });

  it("drops a last record whose checksum does not match its bytes", () => {
    const first = encodeRecord(record(1));
    const last = Buffer.from(encodeRecord(record(2)));
    last[last.indexOf("Anna")] = "B".charCodeAt(0);
    const decoded = decodeJournal(Buffer.concat([first, last]));
    expect(decoded.records.map((r) => r.seq)).toEqual([1]);
    expect(decoded.validBytes).toBe(first.byteLength);
  });

  it("refuses damage in the middle rather than dropping the records after it", () => {
    const middle = Buffer.from(encodeRecord(record(2)));
    middle[middle.indexOf("Anna")] = "B".charCodeAt(0);
    const bytes = Buffer.concat([encodeRecord(record(1)), middle, encodeRecord(record(3))]);
    expect(() => decodeJournal(bytes)).toThrow(/valid record follows damaged bytes/);
  });

  it("refuses a line that is well-formed JSON with a valid checksum but not a record", () => {
    const json = Buffer.from(JSON.stringify({ seq: "one" }));
    const line = `${crc32(json).toString(16).padStart(8, "0")} ${json}\n`;
    expect(decodeJournal(Buffer.from(line)).records).toEqual([]);
  });
});

describe("metadata journal file", () => {
  it("cuts a torn tail off on open, and appends after the last whole record", async () => {
    const file = path.join(await tempDir(), "metadata.journal");
    const first = await MetadataJournal.open(file);
    await first.journal.append(record(1));
    await first.journal.append(record(2));
    await first.journal.close();
    const whole = (await stat(file)).size;
    await appendFile(file, encodeRecord(record(3)).subarray(0, 15));

    const second = await MetadataJournal.open(file);
    expect(second.records.map((r) => r.seq)).toEqual([1, 2]);
    expect((await stat(file)).size).toBe(whole);
    await second.journal.append(record(3));
    await second.journal.close();
    expect((await MetadataJournal.open(file)).records.map((r) => r.seq)).toEqual([1, 2, 3]);
  });

  it("writes a record fully across short writes", async () => {
    const file = path.join(await tempDir(), "metadata.journal");
    const oneByteAtATime = new FaultyDisk();
    oneByteAtATime.maxPerWrite = 1;
    const { journal } = await MetadataJournal.open(file, oneByteAtATime.open);
    await journal.append(record(1));
    await journal.close();
    expect(await readFile(file)).toEqual(encodeRecord(record(1)));
  });

  it("cuts a partly written record back when the write fails (ENOSPC)", async () => {
    const file = path.join(await tempDir(), "metadata.journal");
    const disk = new FaultyDisk();
    const { journal } = await MetadataJournal.open(file, disk.open);
    await journal.append(record(1));
    // A short write of 7 bytes, then ENOSPC.
    disk.fill(7);
    await expect(journal.append(record(2))).rejects.toThrow("ENOSPC");
    expect(await readFile(file)).toEqual(encodeRecord(record(1)));
    disk.clear();
    await journal.append(record(2));
    await journal.close();
    expect((await MetadataJournal.open(file)).records.map((r) => r.seq)).toEqual([1, 2]);
  });

  it("clear() empties the file", async () => {
    const file = path.join(await tempDir(), "metadata.journal");
    const { journal } = await MetadataJournal.open(file);
    await journal.append(record(1));
    await journal.clear();
    await journal.append(record(2));
    await journal.close();
    expect((await MetadataJournal.open(file)).records.map((r) => r.seq)).toEqual([2]);
    await writeFile(file, "");
    expect((await MetadataJournal.open(file)).records).toEqual([]);
  });
});
