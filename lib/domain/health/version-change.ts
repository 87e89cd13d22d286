/** A move to a lower version is a rollback; anything else that changes the version is a deploy. */
export function classifyVersionChange(fromVersion: string | null, toVersion: string): "deploy" | "rollback" {
  if (!fromVersion) return "deploy";
  return compareVersions(toVersion, fromVersion) < 0 ? "rollback" : "deploy";
}

/** Dotted numeric parts compared as numbers ("1.10.0" > "1.9.2"); other text compares as text. */
export function compareVersions(a: string, b: string): number {
  const left = a.replace(/^v/, "").split(/[.+-]/);
  const right = b.replace(/^v/, "").split(/[.+-]/);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const x = left[index] ?? "";
    const y = right[index] ?? "";
    const bothNumbers = /^\d+$/.test(x) && /^\d+$/.test(y);
    const order = bothNumbers ? Number(x) - Number(y) : x.localeCompare(y);
    if (order !== 0) return Math.sign(order);
  }
  return 0;
}
