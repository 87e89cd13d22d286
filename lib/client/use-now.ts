import { useEffect, useState } from "react";

/**
 * The current time, refreshed every `intervalMs`. Only setInterval and
 * Date.now() are used, so a test's fake clock (Playwright's page.clock)
 * drives every countdown on the page.
 */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
