/** One contiguous replacement: delete `deleteCount` characters at `index`, then insert `insert`. */
export interface TextChange {
  index: number;
  deleteCount: number;
  insert: string;
}

/**
 * The smallest single replacement turning `before` into `after`. `caret` (where the caret is in
 * `after`, if known) settles ambiguous cases such as typing "a" inside "aa": text after the caret
 * is assumed untouched, so the change is placed just before it, where the person actually typed.
 */
export function diffText(before: string, after: string, caret?: number): TextChange | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let prefix: number;
  let suffix: number;
  if (caret === undefined) {
    prefix = commonPrefix(before, after, shorter);
    suffix = commonSuffix(before, after, shorter - prefix);
  } else {
    suffix = commonSuffix(before, after, Math.min(shorter, Math.max(0, after.length - caret)));
    prefix = commonPrefix(before, after, shorter - suffix);
  }
  // Never split a surrogate pair: an emoji is deleted or inserted whole.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return {
    index: prefix,
    deleteCount: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  };
}

function commonPrefix(a: string, b: string, max: number): number {
  let length = 0;
  while (length < max && a.charCodeAt(length) === b.charCodeAt(length)) length++;
  return length;
}

function commonSuffix(a: string, b: string, max: number): number {
  let length = 0;
  while (
    length < max &&
    a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)
  ) {
    length++;
  }
  return length;
}

/** A delta as Yjs reports a change to a Y.Text (`YTextEvent.delta`). */
export type TextDelta = ReadonlyArray<{ insert?: unknown; retain?: number; delete?: number }>;

/**
 * Where a position in the text before a change lands after it. Text inserted exactly at the
 * position goes after it, so someone else's edit never pushes your caret away from your words.
 */
export function transformPosition(position: number, delta: TextDelta): number {
  let oldIndex = 0;
  let moved = position;
  for (const op of delta) {
    if (op.retain !== undefined) {
      oldIndex += op.retain;
    } else if (op.delete !== undefined) {
      if (oldIndex < position) moved -= Math.min(op.delete, position - oldIndex);
      oldIndex += op.delete;
    } else if (op.insert !== undefined && oldIndex < position) {
      moved += typeof op.insert === "string" ? op.insert.length : 1;
    }
    if (oldIndex >= position && op.retain !== undefined) break;
  }
  return moved;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
