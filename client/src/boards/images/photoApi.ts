import {
  BOARD_IMAGE_MAX_BYTES,
  BOARD_IMAGE_TYPES,
  type BoardImage,
  type BoardImageType,
  type WorkspaceRoom,
} from "@tavolo/shared";

type BoardRef = Pick<WorkspaceRoom, "id" | "procedureId">;

export type PhotoProblem = "tooBig" | "wrongType" | "failed";

const imagesPath = (board: BoardRef) =>
  `/api/procedures/${board.procedureId}/boards/${board.id}/images`;

/** Where the browser loads a photo from (members only; cached for good, as it names its bytes). */
export function photoUrl(board: BoardRef, hash: string): string {
  return `${imagesPath(board)}/${hash}`;
}

function isPhotoType(type: string): type is BoardImageType {
  return (BOARD_IMAGE_TYPES as readonly string[]).includes(type);
}

/** Sends the file to the server, which checks it again; the hash names it from then on. */
export async function uploadPhoto(
  board: BoardRef,
  file: File,
): Promise<{ hash: string; type: BoardImageType } | PhotoProblem> {
  if (file.size > BOARD_IMAGE_MAX_BYTES) return "tooBig";
  if (!isPhotoType(file.type)) return "wrongType";
  const response = await fetch(imagesPath(board), {
    method: "POST",
    headers: { "content-type": file.type },
    body: file,
  }).catch(() => null);
  if (!response) return "failed";
  if (response.status === 413) return "tooBig";
  if (response.status === 415) return "wrongType";
  if (!response.ok) return "failed";
  const body: unknown = await response.json();
  if (typeof body !== "object" || body === null) return "failed";
  const { hash, type } = body as Record<string, unknown>;
  return typeof hash === "string" && typeof type === "string" && isPhotoType(type)
    ? { hash, type }
    : "failed";
}

/** A photo's size on the board: its own proportions, at most 480 board units wide or tall. */
export async function photoSize(file: File): Promise<{ w: number; h: number }> {
  const bitmap = await createImageBitmap(file).catch(() => null);
  if (!bitmap) return { w: 480, h: 360 };
  const scale = Math.min(1, 480 / Math.max(bitmap.width, bitmap.height));
  const size = {
    w: Math.max(40, Math.round(bitmap.width * scale)),
    h: Math.max(40, Math.round(bitmap.height * scale)),
  };
  bitmap.close();
  return size;
}

/** The photos' bytes as data URLs, for an export that must stand alone; a failed one is left out. */
export async function photoDataUrls(
  board: BoardRef,
  images: readonly BoardImage[],
): Promise<Map<string, string>> {
  const pictures = new Map<string, string>();
  for (const hash of new Set(images.map((image) => image.hash))) {
    const response = await fetch(photoUrl(board, hash)).catch(() => null);
    if (!response?.ok) continue;
    const blob = await response.blob();
    const url = await new Promise<string | null>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(typeof reader.result === "string" ? reader.result : null);
      reader.onerror = () => resolve(null);
      reader.readAsDataURL(blob);
    });
    if (url) pictures.set(hash, url);
  }
  return pictures;
}
