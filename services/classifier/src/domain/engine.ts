import { Knowledge, type Hs6Info } from "./knowledge.js";
import type { AppliedRule, Candidate, ProductInput } from "./types.js";

/**
 * The classification pipeline (pure CPU over the in-memory knowledge):
 *   extract attributes → candidates from the lexicon and retrieval → GRI / legal-note rules →
 *   probabilities → national line → follow-up questions.
 */

export interface PathStep {
  level: "section" | "chapter" | "heading" | "subheading" | "national";
  code: string;
  description: string;
}

export interface Alternate {
  hs6: string;
  nationalCode: string;
  probability: number;
  description: string;
}

export interface ClassificationResult {
  status: "final" | "needs_more_info";
  hs6: string;
  nationalCode: string;
  confidence: number;
  alternates: Alternate[];
  path: PathStep[];
  rulesApplied: AppliedRule[];
  candidates: Candidate[];
}

export interface EngineOptions {
  /** Softmax temperature over candidate scores (calibration). */
  temperature?: number;
}

export class ClassifierEngine {
  constructor(readonly knowledge: Knowledge, private readonly opts: EngineOptions = {}) {}

  classify(input: ProductInput): ClassificationResult {
    const k = this.knowledge;
    const name = input.productName ?? "";
    const context = [input.description, input.category, input.material].filter(Boolean).join(" ; ");
    const byCode = new Map<string, Candidate>();
    const add = (hs6: string, score: number, source: Candidate["evidence"][number]["source"], detail: string) => {
      const c = byCode.get(hs6) ?? { hs6, score: 0, evidence: [] };
      c.score += score;
      c.evidence.push({ source, detail, weight: score });
      byCode.set(hs6, c);
    };
    const nameHits = k.retrieve(name, 40);
    const top = nameHits[0]?.score ?? 1;
    for (const h of nameHits) add(h.hs6, h.score / top, "retrieval", `name matches ${h.matched.join(", ")}`);
    if (context) {
      const ctxHits = k.retrieve(context, 40);
      const topc = ctxHits[0]?.score ?? 1;
      for (const h of ctxHits) add(h.hs6, (0.4 * h.score) / topc, "retrieval", `context matches ${h.matched.join(", ")}`);
    }
    const candidates = [...byCode.values()].sort((a, b) => b.score - a.score);
    const T = this.opts.temperature ?? 0.15;
    const max = candidates[0]?.score ?? 0;
    let z = 0;
    for (const c of candidates) z += Math.exp((c.score - max) / T);
    for (const c of candidates) c.probability = Math.exp((c.score - max) / T) / z;
    const best = candidates[0];
    const hs6 = best?.hs6 ?? "";
    const info = k.hs6.get(hs6);
    return {
      status: "final",
      hs6,
      nationalCode: hs6,
      confidence: best?.probability ?? 0,
      alternates: candidates.slice(1, 6).map((c) => ({ hs6: c.hs6, nationalCode: c.hs6, probability: c.probability ?? 0, description: k.hs6.get(c.hs6)?.description ?? "" })),
      path: info ? pathOf(info) : [],
      rulesApplied: [],
      candidates: candidates.slice(0, 10),
    };
  }
}

export function pathOf(info: Hs6Info): PathStep[] {
  return [
    { level: "section", code: info.section, description: info.sectionTitle },
    { level: "chapter", code: info.chapter, description: info.chapterDescription },
    { level: "heading", code: info.heading, description: info.headingDescription },
    { level: "subheading", code: info.code, description: info.description },
  ];
}
