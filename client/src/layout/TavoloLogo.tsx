interface TavoloLogoProps {
  className?: string;
}

/** Tavolo's mark: a round table with the people sitting at it. Decorative. */
export function TavoloLogo({ className = "" }: TavoloLogoProps) {
  return (
    <svg
      className={className}
      viewBox="0 0 64 64"
      aria-hidden="true"
      focusable="false"
      fill="currentColor"
    >
      <circle cx="32" cy="32" r="13" fill="none" stroke="currentColor" strokeWidth="5" />
      <circle cx="32" cy="9" r="5" />
      <circle cx="53" cy="38" r="5" />
      <circle cx="11" cy="38" r="5" />
      <circle cx="42" cy="55" r="5" />
      <circle cx="22" cy="55" r="5" />
    </svg>
  );
}
