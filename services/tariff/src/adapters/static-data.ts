import { getUsProgram } from "../domain/us-programs.js";
import { VAT_SOURCE_PRECEDENCE as PRECEDENCE } from "../import/adapters/vat.js";

/** Facts kept as reviewed source rather than imported rows: programme status and VAT source order. */

export const VAT_SOURCE_PRECEDENCE: string[] = [...PRECEDENCE];

/** Whether a preference programme is in force (US programmes per us-programs.ts; others assumed in force). */
export function programStatus(schedule: string, code: string): { active: boolean; anyOrigin: boolean; note?: string } {
  if (schedule !== "US") return { active: true, anyOrigin: false };
  const p = getUsProgram(code);
  if (!p) return { active: false, anyOrigin: false, note: `programme ${code} is not in the reviewed programme list` };
  return { active: p.active, anyOrigin: p.origin === "any", note: p.note };
}
