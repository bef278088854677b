/** A file name from the board's title: letters and digits kept, the rest turned into dashes. */
export function boardFileName(title: string, extension: string): string {
  const base = title.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "lavagna";
  return `${base}.${extension}`;
}

/** Hands a file made in the browser to the person, as a download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next tick; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
