/** Small hand-built attributes and candidates for the rule tests. */
import type { Candidate, ExtractedAttributes, Material, MaterialShare } from "../types.js";

export function attrs(over: Partial<ExtractedAttributes> & { mats?: Array<Material | [Material, number]> } = {}): ExtractedAttributes {
  const { mats, ...rest } = over;
  const materials: MaterialShare[] = (mats ?? []).map((m) =>
    Array.isArray(m) ? { material: m[0], percent: m[1], term: m[0], source: "composition" } : { material: m, term: m, source: "material" },
  );
  const text = (rest.text ?? rest.cleanName ?? "").toLowerCase();
  return {
    cleanName: rest.cleanName ?? text,
    text,
    materials: rest.materials ?? materials,
    processing: [],
    uses: [],
    isSet: false,
    isPart: false,
    ...rest,
    ...(rest.text !== undefined ? { text } : {}),
  };
}

export function cand(hs6: string, score = 1, source: Candidate["evidence"][number]["source"] = "lexicon"): Candidate {
  return { hs6, score, evidence: [{ source, detail: `test ${hs6}`, weight: score }] };
}

export function codes(cs: Candidate[]): string[] {
  return cs.map((c) => c.hs6);
}
