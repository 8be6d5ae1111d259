/** Prints a digits-only code with dots after the heading and each further pair: 7208 → 7208, 72083900 → 7208.39.00. */
export function formatCode(code: string): string {
  if (code.length <= 4) return code;
  const parts = [code.slice(0, 4)];
  for (let i = 4; i < code.length; i += 2) parts.push(code.slice(i, i + 2));
  return parts.join(".");
}

/** Adds days to an ISO date. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
