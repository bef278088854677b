import { type BoardExtract, itemAttribution, itemLine, sourceLine } from "@tavolo/shared";
import { useTranslation } from "react-i18next";

interface BoardOutputPreviewProps {
  id: string;
  boardTitle: string;
  extract: BoardExtract;
}

/** The list exactly as it will be inserted: source line, then each note with its attribution. */
export function BoardOutputPreview({ id, boardTitle, extract }: BoardOutputPreviewProps) {
  const { t } = useTranslation();
  return (
    <section className="tavolo-board-insert__preview" aria-labelledby={`${id}-preview`}>
      <h3 id={`${id}-preview`} className="h6">
        {t("documents.insertBoard.preview")}
      </h3>
      <div className="tavolo-board-insert__sample" lang="it">
        <p>{sourceLine(boardTitle, extract)}:</p>
        <ul>
          {extract.items.map((item) => (
            <li key={item.noteId}>
              {itemLine(item)} <em>({itemAttribution(item)})</em>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
