/** Decorative: pair it with visible text such as "Saving…". */
export function Spinner({ className = "size-4" }: { className?: string }) {
  return (
    <svg className={`${className} shrink-0 motion-safe:animate-spin`} viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity="0.25" strokeWidth="3" />
      <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}
