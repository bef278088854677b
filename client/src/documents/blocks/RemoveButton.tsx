import { useTranslation } from "react-i18next";

/** "Elimina" for one row of a block, naming the row for screen readers. */
export function RemoveButton({ what, onRemove }: { what: string; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="btn btn-link btn-sm tavolo-block__remove" onClick={onRemove}>
      {t("documents.blocks.remove")}
      <span className="visually-hidden"> {what}</span>
    </button>
  );
}
