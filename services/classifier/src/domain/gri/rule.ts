/**
 * The shape of an executable rule and the plumbing that applies its effect to a candidate list.
 *
 * A rule reads the extracted attributes and the current candidates and returns a {@link RuleEffect}: candidates
 * to exclude, score factors, redirects (from one code to another) and the {@link AppliedRule}s to show. A rule
 * records an AppliedRule only when it changed something or decided something. Pure: no I/O, no mutation of the
 * inputs.
 */
import type { AppliedRule, Candidate, ExtractedAttributes, RuleEffect } from "../types.js";

export interface GriRule {
  /** Default id of the AppliedRule it records ("GRI3b", "XI-61-62", "71-note-9-11", ...). */
  id: string;
  /** Short title. */
  title: string;
  /** Legal basis (GRI / section / chapter note numbers). */
  basis: string;
  apply(candidates: readonly Candidate[], attrs: ExtractedAttributes): RuleEffect;
}

export function noEffect(): RuleEffect {
  return { excluded: [], adjusted: [], redirected: [], applied: [] };
}

export function isEmptyEffect(e: RuleEffect): boolean {
  return e.excluded.length === 0 && e.adjusted.length === 0 && e.redirected.length === 0 && e.applied.length === 0;
}

/** Digits only ("6109.10" → "610910"). */
export function digits(code: string): string {
  return code.replace(/[^0-9]/g, "");
}

export const headingOf = (hs6: string): string => hs6.slice(0, 4);
export const chapterOf = (hs6: string): string => hs6.slice(0, 2);

/** Merges candidates with the same code (scores added, evidence concatenated). */
export function mergeDuplicates(candidates: readonly Candidate[]): Candidate[] {
  const byCode = new Map<string, Candidate>();
  for (const c of candidates) {
    const code = digits(c.hs6);
    const cur = byCode.get(code);
    if (!cur) byCode.set(code, { ...c, hs6: code, evidence: [...c.evidence] });
    else {
      cur.score += c.score;
      cur.evidence.push(...c.evidence);
      if (c.probability !== undefined || cur.probability !== undefined) cur.probability = (cur.probability ?? 0) + (c.probability ?? 0);
    }
  }
  return [...byCode.values()];
}

/**
 * Higher score first (equal scores keep their order). The comparison returns small integers: a difference of scores
 * would be a new heap number for every comparison.
 */
export function byScoreDesc(a: { score: number }, b: { score: number }): number {
  return b.score > a.score ? 1 : b.score < a.score ? -1 : 0;
}

export function sortCandidates(candidates: Candidate[]): Candidate[] {
  // Codes are digit strings: code-unit order is their numerical order (and cheaper than a locale collation).
  return candidates.sort((a, b) => byScoreDesc(a, b) || (a.hs6 < b.hs6 ? -1 : a.hs6 > b.hs6 ? 1 : 0));
}

/**
 * Applies an effect: exclusions first (never all candidates), then redirects (a redirected candidate merges into
 * an existing one with the target code: scores add up), then score factors. Returns a new, sorted list.
 */
export function applyEffect(candidates: readonly Candidate[], effect: RuleEffect): Candidate[] {
  return applyEffectTo(candidates.map((c) => ({ ...c, evidence: [...c.evidence] })), effect);
}

/** {@link applyEffect} on a list (and candidates) the caller owns: changed in place, no copy. */
function applyEffectTo(list: Candidate[], effect: RuleEffect): Candidate[] {
  let out = list;
  if (effect.excluded.length > 0) {
    const drop = new Map(effect.excluded.map((e) => [e.hs6, e.reason]));
    const kept = out.filter((c) => !drop.has(c.hs6));
    if (kept.length > 0) out = kept;
  }
  for (const r of effect.redirected) {
    const i = out.findIndex((c) => c.hs6 === r.from);
    if (i < 0 || r.from === r.to) continue;
    const moved = out[i]!;
    out.splice(i, 1);
    const note = { source: "rule" as const, detail: `${r.from} → ${r.to}: ${r.reason}`, weight: 0 };
    const target = out.find((c) => c.hs6 === r.to);
    if (target) {
      target.score += moved.score;
      if (moved.probability !== undefined || target.probability !== undefined) target.probability = (target.probability ?? 0) + (moved.probability ?? 0);
      target.evidence.push(...moved.evidence, note);
    } else {
      out.push({ ...moved, hs6: r.to, evidence: [...moved.evidence, note] });
    }
  }
  for (const a of effect.adjusted) {
    const c = out.find((x) => x.hs6 === a.hs6);
    if (!c || a.factor === 1) continue;
    c.score *= a.factor;
    c.evidence.push({ source: "rule", detail: `×${round(a.factor)}: ${a.reason}`, weight: 0 });
  }
  return sortCandidates(out);
}

function round(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}

/** Builder used by rules: collects changes and the applied-rule lines, avoiding duplicates. */
export class EffectBuilder {
  readonly effect: RuleEffect = noEffect();

  exclude(hs6: string, reason: string): this {
    if (!this.effect.excluded.some((e) => e.hs6 === hs6)) this.effect.excluded.push({ hs6, reason });
    return this;
  }

  adjust(hs6: string, factor: number, reason: string): this {
    if (factor !== 1) this.effect.adjusted.push({ hs6, factor, reason });
    return this;
  }

  redirect(from: string, to: string, reason: string): this {
    if (from !== to && !this.effect.redirected.some((r) => r.from === from)) this.effect.redirected.push({ from, to, reason });
    return this;
  }

  record(id: string, reason: string): this {
    if (!this.effect.applied.some((a) => a.id === id && a.reason === reason)) this.effect.applied.push({ id, reason });
    return this;
  }

  get changed(): boolean {
    return this.effect.excluded.length + this.effect.adjusted.length + this.effect.redirected.length > 0;
  }

  build(): RuleEffect {
    return this.effect;
  }
}

/** Runs rules in order; each sees the candidates as left by the previous one. */
export function runRules(
  rules: readonly GriRule[],
  candidates: readonly Candidate[],
  attrs: ExtractedAttributes,
): { candidates: Candidate[]; applied: AppliedRule[] } {
  const totalProbability = candidates.every((c) => c.probability !== undefined) && candidates.length > 0
    ? candidates.reduce((s, c) => s + (c.probability ?? 0), 0)
    : undefined;
  let current = sortCandidates(mergeDuplicates(candidates));
  const applied: AppliedRule[] = [];
  for (const rule of rules) {
    if (current.length === 0) break;
    const effect = rule.apply(current, attrs);
    if (isEmptyEffect(effect)) continue;
    // `current` is this run's own copy (mergeDuplicates copies every candidate): changed in place.
    current = applyEffectTo(current, effect);
    for (const a of effect.applied) if (!applied.some((x) => x.id === a.id && x.reason === a.reason)) applied.push(a);
  }
  if (totalProbability !== undefined) {
    const sum = current.reduce((s, c) => s + Math.max(0, c.score), 0);
    for (const c of current) c.probability = sum > 0 ? (totalProbability * Math.max(0, c.score)) / sum : 0;
  }
  return { candidates: current, applied };
}
