import { useTranslation } from "react-i18next";
import { EXPORT_FORMATS } from "./versionsApi.ts";

interface DownloadsProps {
  /** The address of one format's file. */
  urlOf: (format: (typeof EXPORT_FORMATS)[number]) => string;
  /** Said to screen readers after each format: "of version 2", "of the draft". */
  labelOf: (format: string) => string;
}

/** One download link per export format. */
export function Downloads({ urlOf, labelOf }: DownloadsProps) {
  const { t } = useTranslation();
  return (
    <ul className="tavolo-downloads list-inline mb-0" aria-label={t("versions.list.downloads")}>
      {EXPORT_FORMATS.map((format) => (
        <li key={format} className="list-inline-item">
          <a href={urlOf(format)} download aria-label={labelOf(format.toUpperCase())}>
            {format.toUpperCase()}
          </a>
        </li>
      ))}
    </ul>
  );
}
