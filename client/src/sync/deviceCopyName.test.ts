import { describe, expect, it } from "vitest";
import { deviceCopyName, isDeviceCopyOf } from "./deviceCopyName.ts";

describe("deviceCopyName", () => {
  it("names one database per person and room", () => {
    expect(deviceCopyName("p1", "nota-abc")).toBe("tavolo-room/p1/nota-abc");
    expect(deviceCopyName("p1", "nota-abc")).not.toBe(deviceCopyName("p2", "nota-abc"));
    expect(deviceCopyName("p1", "nota-abc")).not.toBe(deviceCopyName("p1", "nota-abd"));
  });

  it("keeps a separator inside an id from mixing two people up", () => {
    expect(deviceCopyName("a/b", "c")).not.toBe(deviceCopyName("a", "b/c"));
  });
});

describe("isDeviceCopyOf", () => {
  it("recognises the person's own rooms only", () => {
    expect(isDeviceCopyOf("p1", deviceCopyName("p1", "board:1"))).toBe(true);
    expect(isDeviceCopyOf("p1", deviceCopyName("p10", "board:1"))).toBe(false);
    expect(isDeviceCopyOf("p1", deviceCopyName("p2", "board:1"))).toBe(false);
    expect(isDeviceCopyOf("p1", "tavolo-room/p1/")).toBe(false);
    expect(isDeviceCopyOf("p1", "another-app")).toBe(false);
  });
});
