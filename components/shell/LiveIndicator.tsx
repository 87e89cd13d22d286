"use client";

import { useSocketStatus } from "@/lib/client/socket";

export function LiveIndicator() {
  const connected = useSocketStatus() === "connected";
  return (
    <p
      role="status"
      aria-live="polite"
      className={`inline-flex items-center gap-1.5 text-xs font-medium whitespace-nowrap ${
        connected ? "text-emerald-800 dark:text-emerald-300" : "text-amber-800 dark:text-amber-300"
      }`}
    >
      <span aria-hidden="true" className={`size-2 rounded-full ${connected ? "bg-emerald-500" : "bg-amber-500 motion-safe:animate-pulse"}`} />
      {connected ? "Live" : "Reconnecting…"}
    </p>
  );
}
