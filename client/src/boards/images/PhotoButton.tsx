import type { Point } from "@tavolo/shared";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useBoard } from "../boardContext.ts";
import { NameForm } from "../NameForm.tsx";
import { mayAddPhoto, placePhoto } from "./photoActions.ts";
import { type PhotoProblem, photoSize, uploadPhoto } from "./photoApi.ts";

/**
 * "Aggiungi foto": pick a PNG, JPEG or WebP (a photo of the room's post-its, a map), describe it
 * for those who cannot see it, and it lands in free space in the middle of the view.
 */
export function PhotoButton({ centre }: { centre: () => Point }) {
  const { t } = useTranslation();
  const board = useBoard();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<PhotoProblem | null>(null);
  if (!mayAddPhoto(board)) return null;
  const place = async (alt: string) => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    const [uploaded, size] = await Promise.all([
      uploadPhoto(board.info.board, file),
      photoSize(file),
    ]);
    setBusy(false);
    setFile(null);
    if (typeof uploaded === "string") setProblem(uploaded);
    else placePhoto(board, { ...uploaded, alt, ...size }, centre());
  };
  return (
    <>
      <button
        type="button"
        className="btn btn-sm btn-outline-primary"
        onClick={() => input.current?.click()}
        disabled={busy}
      >
        {busy ? t("boards.photos.uploading") : t("boards.photos.add")}
      </button>
      <input
        ref={input}
        type="file"
        accept="image/png,image/jpeg,image/webp"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t("boards.photos.file")}
        onChange={(event) => {
          setFile(event.target.files?.[0] ?? null);
          event.target.value = "";
        }}
      />
      {file && (
        <NameForm
          label={t("boards.photos.description")}
          submitLabel={t("boards.photos.place")}
          initial={file.name.replace(/\.[^.]+$/, "")}
          maxLength={300}
          onSubmit={(alt) => void place(alt)}
          onCancel={() => setFile(null)}
        />
      )}
      {problem && (
        <span className="text-danger" role="alert">
          {t(`boards.photos.${problem}`)}
        </span>
      )}
    </>
  );
}
