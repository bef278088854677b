import type { BoardExtract } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { outputKey } from "./useBoardOutputs.ts";

interface OutputChoicesProps {
  id: string;
  outputs: readonly BoardExtract[];
  choice: string | null;
  onChoose: (key: string) => void;
}

/** One radio button per output: "Gruppo «Casa» · 3 note"; an output without notes is disabled. */
export function OutputChoices({ id, outputs, choice, onChoose }: OutputChoicesProps) {
  const { t } = useTranslation();
  const label = (output: BoardExtract) =>
    `${t(`documents.insertBoard.kind.${output.source.kind}`, { name: output.heading })} · ${t(
      "documents.insertBoard.notes",
      { count: output.items.length },
    )}`;
  return (
    <fieldset className="tavolo-board-insert__choices">
      <legend className="tavolo-field__label">{t("documents.insertBoard.output")}</legend>
      {outputs.map((output, index) => (
        <div key={outputKey(output)} className="form-check">
          <input
            id={`${id}-output-${index}`}
            className="form-check-input"
            type="radio"
            name={`${id}-output`}
            checked={choice === outputKey(output)}
            disabled={output.items.length === 0}
            onChange={() => onChoose(outputKey(output))}
          />
          <label className="form-check-label" htmlFor={`${id}-output-${index}`}>
            {label(output)}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
