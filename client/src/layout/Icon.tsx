import sprites from "bootstrap-italia/dist/svg/sprites.svg?url";

/** Names of the Bootstrap Italia icons Tavolo uses (ids in the bundled sprite sheet). */
export type IconName =
  | "it-ban"
  | "it-calendar"
  | "it-check"
  | "it-check-circle"
  | "it-clock"
  | "it-comment"
  | "it-copy"
  | "it-error"
  | "it-file"
  | "it-info-circle"
  | "it-link"
  | "it-map-marker"
  | "it-note"
  | "it-pencil"
  | "it-plus"
  | "it-presentation"
  | "it-refresh"
  | "it-upload"
  | "it-user"
  | "it-warning-circle"
  | "it-wifi";

interface IconProps {
  name: IconName;
  className?: string;
}

/** A decorative Bootstrap Italia icon: hidden from assistive technology, text must say it all. */
export function Icon({ name, className = "" }: IconProps) {
  return (
    <svg className={`icon ${className}`.trim()} aria-hidden="true" focusable="false">
      <use href={`${sprites}#${name}`} />
    </svg>
  );
}
