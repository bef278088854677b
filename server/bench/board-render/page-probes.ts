/// <reference lib="dom" />
// The probes run in the page: this file (and the callbacks the measurements pass to
// page.evaluate) are typed against the DOM, which the rest of the server does not use.
import type { Page } from "playwright-core";

/** What the measured page exposes as `window.__boardBench` (see installBoardProbes). */
export interface BoardProbes {
  /**
   * Milliseconds since navigation start: the notes on screen at open all in the DOM (not every
   * note: viewport culling leaves far ones out), then the next paint.
   */
  open: { domComplete: number | null; painted: number | null };
  /** Watches one note element until its `style.left` is `left`. */
  expectMove(id: string, left: string): void;
  /** Absolute times (timeOrigin + now) the expected move reached the DOM and the next paint. */
  moveSeen(timeoutMs: number): Promise<{ dom: number; painted: number }>;
  /** Records which note elements change (any attribute, child or text under them). */
  startCounting(): void;
  stopCounting(): string[];
  /** Records animation frames (rAF timestamps) and long animation frames. */
  startFrames(): void;
  stopFrames(): { deltas: number[]; longFrames: number };
}

export type ProbeWindow = Window & { __boardBench: BoardProbes };

/**
 * Runs in the page before its own scripts (an init script), so the open measurement starts at
 * navigation. "Painted" is taken as the first task after the next animation frame: a rAF
 * callback runs just before the frame is rendered, a message posted from it runs after.
 */
function installBoardProbes(onScreenNoteIds: readonly string[]): void {
  const absolute = () => performance.timeOrigin + performance.now();
  const afterNextPaint = (record: () => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = record;
      channel.port2.postMessage(null);
    });
  const noteElement = (id: string) => document.querySelector<HTMLElement>(`[data-note-id="${id}"]`);

  const open: BoardProbes["open"] = { domComplete: null, painted: null };
  const openObserver = new MutationObserver(() => {
    if (!onScreenNoteIds.every((id) => noteElement(id) !== null)) return;
    openObserver.disconnect();
    open.domComplete = performance.now();
    afterNextPaint(() => {
      open.painted = performance.now();
    });
  });
  openObserver.observe(document, { childList: true, subtree: true });

  let expected: { id: string; left: string } | null = null;
  let seen: Promise<{ dom: number; painted: number }> | null = null;
  let moveObserver: MutationObserver | null = null;
  const expectMove = (id: string, left: string) => {
    const element = noteElement(id);
    if (!element) throw new Error(`no note ${id} on the page`);
    expected = { id, left };
    moveObserver?.disconnect();
    seen = new Promise((resolve) => {
      moveObserver = new MutationObserver(() => {
        if (element.style.left !== left) return;
        moveObserver?.disconnect();
        const dom = absolute();
        afterNextPaint(() => resolve({ dom, painted: absolute() }));
      });
      moveObserver.observe(element, { attributes: true, attributeFilter: ["style"] });
    });
  };
  const moveSeen = (timeoutMs: number) => {
    const watching = expected;
    if (!seen || !watching) return Promise.reject(new Error("expectMove first"));
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new Error(`note ${watching.id} never showed ${watching.left}`)),
        timeoutMs,
      ),
    );
    return Promise.race([seen, timeout]);
  };

  let changed = new Set<string>();
  const collect = (node: Node) => {
    const element = node instanceof Element ? node : node.parentElement;
    const id = element?.closest<HTMLElement>("[data-note-id]")?.dataset.noteId;
    if (id) changed.add(id);
  };
  const countObserver = new MutationObserver((records) => {
    for (const record of records) {
      collect(record.target);
      record.addedNodes.forEach(collect);
      record.removedNodes.forEach(collect);
    }
  });
  const startCounting = () => {
    changed = new Set();
    const world = document.querySelector(".tavolo-world") ?? document.body;
    countObserver.observe(world, {
      subtree: true,
      attributes: true,
      childList: true,
      characterData: true,
    });
  };
  const stopCounting = () => {
    for (const record of countObserver.takeRecords()) collect(record.target);
    countObserver.disconnect();
    return [...changed];
  };

  let frames: number[] | null = null;
  let longFrames = 0;
  const longFrameObserver = new PerformanceObserver((list) => {
    if (frames) longFrames += list.getEntries().length;
  });
  if (PerformanceObserver.supportedEntryTypes.includes("long-animation-frame")) {
    longFrameObserver.observe({ type: "long-animation-frame" });
  }
  const tick = (time: number) => {
    if (!frames) return;
    frames.push(time);
    requestAnimationFrame(tick);
  };
  const startFrames = () => {
    frames = [];
    longFrames = 0;
    requestAnimationFrame(tick);
  };
  const stopFrames = () => {
    const times = frames ?? [];
    frames = null;
    return { deltas: times.slice(1).map((time, i) => time - (times[i] ?? time)), longFrames };
  };

  const probes: BoardProbes = {
    open,
    expectMove,
    moveSeen,
    startCounting,
    stopCounting,
    startFrames,
    stopFrames,
  };
  (window as unknown as ProbeWindow).__boardBench = probes;
}

/**
 * Installs the probes on every navigation of `page`. tsx compiles this file keeping function
 * names, which wraps nested functions in a `__name(...)` helper the page does not have: the
 * first init script defines it as the identity.
 */
export async function installProbes(page: Page, onScreenNoteIds: readonly string[]): Promise<void> {
  await page.addInitScript({ content: "globalThis.__name ??= (target) => target;" });
  await page.addInitScript(installBoardProbes, onScreenNoteIds);
}
