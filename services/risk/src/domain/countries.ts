import { EU_MEMBERS } from "@openhs/shared";
import type { CountryScope } from "./types.js";

/** "yes" / "no", or "unknown" when the country is not given. */
export type Tri = "yes" | "no" | "unknown";

/** Whether a country (ISO alpha-2 or "EU") is one of the scope's items ("*" any, "EU" the member states). */
function listed(country: string, items: string[]): boolean {
  for (const item of items) {
    if (item === "*" || item === country) return true;
    if (item === "EU" && EU_MEMBERS.has(country)) return true;
  }
  return false;
}

export function inCountryScope(country: string | undefined, scope: CountryScope): Tri {
  if (country === undefined) return isEveryCountry(scope) ? "yes" : "unknown";
  return listed(country, scope.include) && !listed(country, scope.exclude) ? "yes" : "no";
}

export function isEveryCountry(scope: CountryScope): boolean {
  return scope.include.includes("*") && scope.exclude.length === 0;
}

/** "any country", "EU member states except …", "CN", … */
export function describeCountryScope(scope: CountryScope): string {
  const name = (c: string) => (c === "*" ? "any country" : c === "EU" ? "the EU member states" : c);
  const inc = scope.include.map(name).join(", ");
  return scope.exclude.length ? `${inc} except ${scope.exclude.map(name).join(", ")}` : inc;
}

/** Expands "EU" to the member states (and keeps "EU" itself, which is accepted as a destination). */
export function expandCountries(items: string[]): string[] {
  const out = new Set<string>();
  for (const c of items) {
    out.add(c);
    if (c === "EU") for (const m of EU_MEMBERS) out.add(m);
  }
  return [...out].sort();
}
