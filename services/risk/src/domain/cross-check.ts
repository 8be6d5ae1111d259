import { formatCode } from "./format.js";
import { ScopeMatcher } from "./scope.js";
import type { CodeScope } from "./types.js";

/**
 * Compares a reviewed code scope (e.g. CBAM Annex I as written from the regulation) with a list
 * derived from another source (e.g. the goods codes carrying TARIC measure 775). Returns findings in
 * plain words; an empty list means the two agree as far as prefixes can tell (a reviewed entry that
 * the list covers only by finer codes is accepted: checking that the finer codes cover all of it
 * needs the full nomenclature).
 */
export function compareScopes(label: string, scope: CodeScope, other: { name: string; prefixes: string[] }, asOf: string): string[] {
  const findings: string[] = [];
  const mine = new ScopeMatcher(scope);
  const theirs = new ScopeMatcher({ applies: other.prefixes.map((prefix) => ({ prefix })), conditional: [], exclude: [] });
  for (const p of other.prefixes) {
    const m = mine.match("applies", p, asOf);
    if (m?.kind === "full") continue;
    if (!m) findings.push(`${other.name} lists ${formatCode(p)}, which ${label} does not cover`);
    else if (m.entry) findings.push(`${other.name} lists ${formatCode(p)} whole, but ${label} carves out ${m.carvedOut.map((e) => formatCode(e.prefix)).join(", ")}`);
    else findings.push(`${other.name} lists ${formatCode(p)} whole, but ${label} covers only ${m.inside.map((e) => formatCode(e.prefix)).join(", ")} under it`);
  }
  for (const e of scope.applies) {
    if (theirs.applies.containing(e.prefix, asOf)) continue;
    if (theirs.applies.under(e.prefix, asOf, 1).length > 0) continue;
    findings.push(`${label} covers ${formatCode(e.prefix)}${e.note ? ` (${e.note})` : ""}, which ${other.name} does not list`);
  }
  return findings;
}

/** Compares two origin exclusion lists (ISO alpha-2 codes); codes outside ISO 3166 (e.g. TARIC XC, XL) are reported as such. */
export function compareOrigins(label: string, mine: string[], other: { name: string; codes: string[] }, nonIso: Record<string, string>): string[] {
  const a = new Set(mine.filter((c) => c !== "EU"));
  const b = new Set(other.codes.filter((c) => !(c in nonIso)));
  const findings: string[] = [];
  for (const c of b) if (!a.has(c)) findings.push(`${other.name} excludes origin ${c}, ${label} does not`);
  for (const c of a) if (!b.has(c)) findings.push(`${label} excludes origin ${c}, ${other.name} does not`);
  return findings;
}
