import { memoByKey, memoByText, nationalScheduleFor, newRequestScope, readTokens } from "@openhs/shared";
import { extractAttributes, lookupMaterial, parseConstruction, parseGender, parsePowerSource } from "./extract/index.js";
import { applyRules, subheadingForMaterial } from "./gri/index.js";
import { BASE_METALS } from "./gri/materials.js";
import { byScoreDesc, mergeDuplicates } from "./gri/rule.js";
import { contradiction, productStates, tariffStates, type StateValues } from "./gri/states.js";
import { Knowledge, type Hs6Info } from "./knowledge.js";
import { parseLine } from "./national/lines.js";
import { goodsMeasure, quantityConditions, within } from "./national/thresholds.js";
import { LEXICON, buildLexiconIndex, prepareSplits, resolveSplit, type LexiconIndex, type LexiconMatch } from "./lexicon/index.js";
import { canonicalInput, providedFields } from "./input.js";
import { PLATT, calibratedConfidence } from "./calibration.js";
import type { Remembered } from "./memory.js";
import { chooseNationalLine } from "./national/index.js";
import type { AppliedRule, Candidate, ExtractedAttributes, LexiconEntry, ProductInput } from "./types.js";

/**
 * The classification pipeline (pure CPU over the in-memory knowledge):
 *   1. extract attributes (materials and shares, construction, gender, use, …) from every field;
 *   2. candidates: the product-term lexicon (term → heading, split by the attributes the HS uses),
 *      WordNet hypernyms for unknown nouns, and BM25 retrieval over the official texts and curated
 *      search references; confirmed feedback for the same or a near-identical product;
 *   3. GRI and the section / chapter notes as rules that exclude, move and re-rank candidates;
 *   4. probabilities (softmax over scores), the top one calibrated into the confidence (Platt scaling fitted on the
 *      labeled development sets), alternates sharing the rest of the mass;
 *   5. the national line of the destination by GRI 6, "Other" as the residual;
 *   6. follow-up questions, only for attributes whose answer would change the code.
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

export interface FollowUpQuestion {
  attribute: string;
  question: string;
  options: string[];
}

export interface ClassificationResult {
  status: "final" | "needs_more_info";
  hs6: string;
  hsDescription: string;
  /** National line for the destination (8–10 digits) or "" when no national schedule is loaded. */
  nationalCode: string;
  nationalDescription: string;
  nationalSchedule: "" | "US" | "EU";
  confidence: number;
  alternates: Alternate[];
  path: PathStep[];
  rulesApplied: AppliedRule[];
  fieldValidation: { provided: string[]; missing: string[]; mostInformativeMissing: string };
  questions: FollowUpQuestion[];
  /** Heading to send back as heading_hint with the answers (keeps the next round inside it). */
  headingHint: string;
  warnings: Array<{ code: string; message: string }>;
  candidates: Candidate[];
}

export interface EngineOptions {
  /** Softmax temperature over candidate scores (calibration). */
  temperature?: number;
  /** Platt scaling of the top probability into the confidence (see calibration.ts). */
  platt?: { intercept: number; slope: number };
  /** Weight of lexicon evidence relative to retrieval (retrieval is normalized to ≤ 1 per field). */
  lexiconWeight?: number;
  /** Maps an unknown noun to a known lexicon term through its hypernyms (WordNet), if available. */
  hypernyms?: (noun: string, isKnown: (term: string) => boolean) => { term: string; chain: string[] } | undefined;
  /** Sample inputs the warm-up classifies (see prewarm). */
  warmUpSamples?: number;
}

/** Attributes the engine can ask about, with the question and the options offered. */
const QUESTIONS: Record<string, { question: string; options: string[]; field: string }> = {
  material: { question: "What is the product mainly made of (by weight, or the outer surface for bags and shoes)?", options: ["cotton", "synthetic fibres", "wool", "leather", "plastics", "rubber", "textile", "wood", "steel", "aluminium", "base metal", "silver", "gold", "glass", "ceramic", "paper", "other"], field: "material" },
  construction: { question: "Is the fabric knitted/crocheted or woven?", options: ["knitted", "woven"], field: "processing" },
  gender: { question: "Is it for men, women, boys, girls or babies?", options: ["men", "women", "boys", "girls", "babies"], field: "attributes.gender" },
  use: { question: "What is it used for?", options: ["household", "kitchen", "sports", "toy", "vehicle", "industrial", "medical", "office"], field: "description" },
  power: { question: "How is it powered?", options: ["electric", "battery", "manual", "combustion"], field: "description" },
  processing: { question: "How is it made or processed?", options: ["cast", "forged", "moulded", "frozen", "dried", "roasted"], field: "processing" },
};

/** Option text → the context value the extractors understand. */
const OPTION_CONTEXT: Record<string, Record<string, string>> = {
  material: { "synthetic fibres": "polyester", plastics: "plastic", steel: "steel", "base metal": "zinc alloy" },
};

export class ClassifierEngine {
  readonly lexicon: LexiconIndex;
  private readonly T: number;
  private readonly lexW: number;
  private readonly platt: { intercept: number; slope: number };
  private readonly hypernyms: EngineOptions["hypernyms"];
  private readonly warmUpSamples: number;
  private subheadingSearch = new Map<string, ReturnType<Knowledge["retrieve"]>>();

  constructor(readonly knowledge: Knowledge, opts: EngineOptions = {}) {
    this.hypernyms = opts.hypernyms;
    this.lexicon = buildLexiconIndex(LEXICON);
    this.T = opts.temperature ?? 1.0;
    this.platt = opts.platt ?? PLATT;
    this.lexW = opts.lexiconWeight ?? 1.6;
    this.warmUpSamples = opts.warmUpSamples ?? 1200;
  }

  /**
   * Warms the engine up ahead of traffic, one slice per yield: reads every national line text (the
   * reading is memoized per text, `step` lines per slice), works out what resolving each lexicon term
   * reads of the lexicon alone (the splits it names, the tokens of split words; `step` terms per
   * slice), then classifies sample inputs of its own (see warmUpInput; no customer data), one per slice,
   * so that the code is compiled for every shape of request. A service runs it between requests after it starts, an evaluation in
   * its warm-up. Answers are the same with or without it; the first classifications just no longer
   * pay for it.
   */
  /**
   * The warm-up, in slices (a generator: the caller runs the next slice when it has time). `collect`, when given, runs
   * once the texts are read and before the sample classifications: the reading leaves much garbage behind, and
   * classifying after the collection compiles the engine's code again and regrows the young generation, so the first
   * requests after the warm-up pay for neither.
   */
  *prewarm(step = 250, collect?: () => void): Generator<void, { lines: number; subheadings: number; samples: number; lexiconTerms: number }> {
    let lines = 0;
    for (const schedule of ["US", "EU"] as const) {
      for (const subtree of this.knowledge.nationalSubtrees(schedule)) {
        for (const l of subtree) {
          parseLine(l.description);
          if (++lines % step === 0) yield;
        }
      }
    }
    // The states and measures each subheading's text requires (GRI 6), read once per text.
    let subheadings = 0;
    for (const hs6 of this.knowledge.hs6.keys()) {
      this.tariffStatesOf(hs6);
      this.tariffQuantitiesOf(hs6);
      if (++subheadings % step === 0) yield;
    }
    let lexiconTerms = 0;
    for (const { term, entries } of this.lexicon.terms()) {
      for (const e of entries) prepareSplits(e, term);
      if (++lexiconTerms % step === 0) yield;
    }
    collect?.();
    yield;
    // Sample inputs of its own, of every shape a request may have (see warmUpInput), until the optimizing compiler has
    // seen the kinds of objects every path carries: fewer samples leave later requests to pay for deoptimizations.
    const terms = LEXICON.flatMap((e) => e.terms);
    const texts = [...this.knowledge.hs6.values()].map((h) => h.description);
    const samples = this.warmUpSamples;
    for (let k = 0; k < samples; k++) {
      this.classify(warmUpInput(terms, texts, k));
      yield;
    }
    return { lines, subheadings, samples, lexiconTerms };
  }

  classify(given: ProductInput, remembered?: Remembered & { similarity: number }): ClassificationResult {
    const input = canonicalInput(given);
    // What is memoized per attributes object or per text of this request lives for this classification only.
    newRequestScope();
    const k = this.knowledge;
    // A new map, not clear(): a cleared map's old table links to its new one, so once the engine's map is in the old
    // generation every classification's searches would survive young collections through it (until a full one).
    this.subheadingSearch = new Map();
    const attrs = extractAttributes(input);
    const rulesApplied: AppliedRule[] = [];
    const byCode = new Map<string, Candidate>();
    const add = (hs6: string, score: number, source: Candidate["evidence"][number]["source"], detail: string, head = false, term?: string) => {
      if (!k.hs6.has(hs6) || score <= 0) return;
      const c = byCode.get(hs6) ?? { hs6, score: 0, evidence: [] };
      c.score += score;
      const e: Candidate["evidence"][number] = { source, detail, weight: Math.round(score * 1000) / 1000 };
      if (head) e.head = true;
      if (term) e.term = term;
      c.evidence.push(e);
      byCode.set(hs6, c);
    };

    // --- retrieval over official texts and curated references
    const category = categoryLeaf(input.category);
    const attrText = attributeText(input.attributes);
    const nameQuery = attrs.cleanName || input.productName;
    // Without a material field, the subheading search (see pickSubheading) reads the same words as the name search:
    // one search, its best 30 hits the name's evidence (the ranking is a total order, so they are the same 30).
    let nameHits: ReturnType<Knowledge["retrieve"]>;
    if (!input.material) {
      const wide = k.retrieve(nameQuery, SUBHEADING_SEARCH_LIMIT);
      this.subheadingSearch.set(subheadingQuery(attrs, input), wide);
      nameHits = wide.slice(0, 30);
    } else {
      nameHits = k.retrieve(nameQuery, 30);
    }
    const top = nameHits[0]?.score || 1;
    for (const h of nameHits) add(h.hs6, h.score / top, "retrieval", `name ~ ${h.matched.join(" ")}`);
    if (category) {
      const hits = k.retrieve(category, 20);
      const t = hits[0]?.score || 1;
      for (const h of hits) add(h.hs6, (0.45 * h.score) / t, "retrieval", `category ~ ${h.matched.join(" ")}`);
    }
    const extra = [input.description, attrText].filter(Boolean).join(" ; ");
    if (extra) {
      const hits = k.retrieve(extra, 20);
      const t = hits[0]?.score || 1;
      for (const h of hits) add(h.hs6, (0.25 * h.score) / t, "retrieval", `description ~ ${h.matched.join(" ")}`);
    }

    // --- lexicon: product terms → headings, split by the attributes
    const lexName = this.invertedCompounds(this.sharedHeads(this.modelNumberCompounds(attrs.cleanName || input.productName)));
    const matches = this.lexicon.match({ name: lexName, category, attributes: attrText, description: input.description });
    const decisive = new Set<string>();
    const usedEntries: Array<{ entry: LexiconEntry; term: string }> = [];
    const lexEvidence = (entry: LexiconEntry, weight: number, detail: string, term: string, head = false) => {
      usedEntries.push({ entry, term });
      for (const d of entry.decisive ?? []) decisive.add(d);
      const res = resolveSplit(entry, attrs, term);
      // GRI 6: a subheading the entry names is re-chosen within its heading when the goods' stated measure is outside
      // its terms (apple juice of Brix value 11 is not "of a Brix value exceeding 20").
      const named = res.subheading && !this.quantityMisfit(res.subheading, attrs) && !this.stateMisfit(res.subheading, attrs) ? res.subheading : undefined;
      const twin = !named && res.subheading && !this.stateMisfit(res.subheading, attrs) ? this.measureTwin(res.subheading, attrs) : undefined;
      const picked = (named ?? twin) ? undefined : this.pickSubheading(res.heading, attrs, input);
      const sub = named ?? twin ?? (picked && this.measureTwin(picked, attrs)) ?? picked ?? res.subheading;
      if (sub) add(sub, weight, "lexicon", `${detail} → ${res.subheading ? sub : res.heading}${res.matchedCondition ? " (by attributes)" : ""}`, head, term);
    };
    const { weighted, unknownHead, head } = this.weighMatches(matches, lexName);
    // A term repeated in one field ("Sandals > Women's Sandals (old category)") is one piece of evidence.
    const seenInField = new Set<string>();
    // Several terms of the name pointing to one heading ("LED lamp … LED strips … LED beads") are one line of
    // evidence, not several: each further term of the same heading counts half as much as the one before it, so
    // their number alone does not outvote the head noun.
    const perHeading = new Map<string, number>();
    for (const m of weighted.sort((a, b) => b.weight - a.weight)) {
      const k = `${m.match.field}|${m.match.key}`;
      if (seenInField.has(k)) continue;
      seenInField.add(k);
      const headings = m.match.field === "name" ? m.match.entries.map((e) => resolveSplit(e, attrs, m.match.term).heading.slice(0, 4)) : [];
      m.match.entries.forEach((e, i) => {
        let w = (this.lexW * m.weight) / m.match.entries.length;
        if (headings[i]) w *= REPEAT_DECAY ** (perHeading.get(headings[i]!) ?? 0);
        lexEvidence(e, w, `"${m.match.term}" in ${m.match.field}`, m.match.term, m.match === head);
      });
      for (const h of new Set(headings)) perHeading.set(h, (perHeading.get(h) ?? 0) + 1);
    }
    // Unknown head noun: fall back to a known concept through WordNet hypernyms.
    if (!matches.some((m) => m.field === "name") || unknownHead) {
      const noun = unknownHead?.noun ?? headNoun(attrs.cleanName || input.productName);
      // A form of a metal or plastic ("aluminium alloy sheet", "steel in coils", "PVC strip") is the material in that
      // form (chapters 39, 72–81), not the goods another sense of the word names (a bed sheet, a transformer's coils).
      const materialForm = !!noun && MATERIAL_FORMS.test(noun) && !!attrs.materials[0] && (BASE_METALS.has(attrs.materials[0].material) || attrs.materials[0].material === "plastic");
      const fb = materialForm ? undefined : unknownHead?.concept ?? (noun ? this.conceptOf(noun) : undefined);
      const entries = fb ? this.lexicon.lookup(fb.term) : undefined;
      if (fb && entries) {
        for (const e of entries) lexEvidence(e, (0.6 * this.lexW) / entries.length, `"${noun}" is a kind of "${fb.term}" (WordNet: ${fb.chain.join(" → ")})`, fb.term, true);
        rulesApplied.push({ id: "LEX-HYPERNYM", reason: `"${noun}" is not in the lexicon; classified as a kind of "${fb.term}" (${fb.chain.join(" → ")})` });
      }
    }

    // --- confirmed feedback for this or a near-identical product
    if (remembered) {
      const hs6 = remembered.code.slice(0, 6);
      const best = Math.max(0, ...[...byCode.values()].map((c) => c.score));
      add(hs6, best + 5, "feedback", `${remembered.verdict} by a user for ${remembered.similarity === 1 ? "this product" : "a near-identical product"}`);
      rulesApplied.push({ id: "FEEDBACK", reason: `code ${remembered.code} ${remembered.verdict} by feedback on ${remembered.similarity === 1 ? "this product" : `a near-identical product (similarity ${remembered.similarity.toFixed(2)})`}` });
    }

    // --- heading hint keeps the answer inside a heading / chapter
    let candidates = [...byCode.values()];
    if (input.headingHint) {
      const inside = candidates.filter((c) => c.hs6.startsWith(input.headingHint!));
      if (inside.length === 0 && input.headingHint.length === 4) {
        for (const sub of k.headings.get(input.headingHint)?.subheadings ?? []) inside.push({ hs6: sub, score: 0.01, evidence: [{ source: "hint", detail: "heading hint", weight: 0.01 }] });
      }
      if (inside.length > 0) {
        candidates = inside;
        rulesApplied.push({ id: "HINT", reason: `kept inside ${input.headingHint} as asked by heading_hint` });
      }
    }

    // --- GRI and legal notes
    candidates.sort(byScoreDesc);
    const ruled = applyRules(candidates.slice(0, 25), attrs);
    candidates = ruled.candidates.filter((c) => k.hs6.has(c.hs6));
    rulesApplied.push(...ruled.applied);
    // Rules merge redirected candidates (62xx → 61xx): retrieval evidence that piled up from many
    // weak text matches is capped, so it cannot outvote a product-term match.
    for (const c of candidates) {
      const retrieval = c.evidence.filter((e) => e.source === "retrieval").reduce((s, e) => s + e.weight, 0);
      if (retrieval > RETRIEVAL_CAP) c.score -= retrieval - RETRIEVAL_CAP;
    }

    candidates = this.stateRedirects(candidates, attrs, input, rulesApplied);
    // GRI 6: a subheading whose terms set a measure the goods' stated measure is outside ("of a thickness exceeding
    // 10 mm" for a coil 3 mm thick) does not describe them; it stays only as a weaker candidate.
    // Only the candidates ranked above the first one that fits are weakened: the answer is checked, the alternates
    // below it are not thinned out (that would only make the answer look surer than its own evidence).
    candidates.sort(byScoreDesc);
    for (const c of candidates) {
      if (c.score <= 0) break;
      const measure = this.quantityMisfit(c.hs6, attrs);
      if (!measure) break;
      c.score *= QUANTITY_MISFIT_FACTOR;
      rulesApplied.push({ id: "GRI6-TERMS", reason: `${c.hs6}: the goods' stated measure is outside the terms of the subheading (GRI 6)` });
    }

    // --- probabilities
    candidates.sort(byScoreDesc);
    const max = candidates[0]?.score ?? 0;
    let z = 0;
    for (const c of candidates) z += Math.exp((c.score - max) / this.T);
    for (const c of candidates) c.probability = z > 0 ? Math.exp((c.score - max) / this.T) / z : 0;

    const best = candidates[0];
    const warnings: ClassificationResult["warnings"] = [];
    const provided = providedFields(input);
    const missing = ["description", "material", "composition", "processing", "category", "price", "origin_country", "destination_country"].filter((f) => !provided.includes(f));
    if (!best) {
      warnings.push({ code: "NO_CANDIDATE", message: "nothing in the product text matches the nomenclature; add a description and the material" });
      return {
        status: "needs_more_info", hs6: "", hsDescription: "", nationalCode: "", nationalDescription: "", nationalSchedule: "", confidence: 0, alternates: [], path: [],
        rulesApplied, fieldValidation: { provided, missing, mostInformativeMissing: "description" }, questions: [], headingHint: input.headingHint ?? "", warnings, candidates: [],
      };
    }
    const info = k.hs6.get(best.hs6)!;
    if (!rulesApplied.some((r) => r.id === "GRI1")) {
      rulesApplied.unshift({ id: "GRI1", reason: `heading ${info.heading} by the terms of the heading and the section/chapter notes: ${info.headingDescription.slice(0, 140)}` });
    }
    rulesApplied.push({ id: "GRI6", reason: `subheading ${info.code} by the terms of the subheadings at the same level: ${info.description.slice(0, 140)}` });

    // --- national line for the destination
    const schedule = nationalScheduleFor(input.destinationCountry);
    const national = schedule ? this.national(schedule, best.hs6, attrs, remembered) : undefined;
    if (!schedule && input.destinationCountry) warnings.push({ code: "NO_NATIONAL_SCHEDULE", message: `no national tariff schedule loaded for ${input.destinationCountry}; answering at HS 6 digits` });
    for (const d of national?.decisive ?? []) decisive.add(d);
    if (national) rulesApplied.push({ id: "GRI6-NATIONAL", reason: national.reasons[0] ?? `national line ${national.code}` });

    // --- follow-up questions: only attributes whose answer changes the code
    const answerCodes: string[] = [];
    const questions = this.questions(input, attrs, best.hs6, national?.code ?? "", [...decisive], usedEntries, schedule, answerCodes);
    // Confidence is calibrated for the HS 6-digit answer (the national line's own certainty shows in
    // its questions and in the alternates); see the evaluation's calibration table.
    const raw = best.probability ?? 0;
    let confidence = calibratedConfidence(raw, this.platt);
    // Confirmed by feedback for the same or a near-identical product.
    if (remembered && best.hs6 === remembered.code.slice(0, 6)) confidence = Math.max(confidence, 0.95);
    // The alternates share what the confidence leaves, in the proportions of their raw probabilities.
    const rest = raw < 1 ? (1 - confidence) / (1 - raw) : 0;
    const status: ClassificationResult["status"] = questions.length > 0 && (confidence < 0.9 || questions.some((q) => q.attribute !== "gender")) ? "needs_more_info" : "final";
    const path = pathOf(info);
    if (national) path.push({ level: "national", code: national.code, description: national.path.map((p) => p.description).join(" › ") });

    const ranked = candidates.slice(1, 6).map((c, i) => ({
      hs6: c.hs6,
      // National lines for the two likeliest alternates only (each costs a walk of the national subtree).
      nationalCode: schedule && i < 2 && (c.probability ?? 0) >= 0.1 ? (this.national(schedule, c.hs6, attrs)?.code ?? "") : "",
      // rounded down, so that the answer and its alternates never sum to more than 1
      probability: Math.floor((c.probability ?? 0) * rest * 1000) / 1000,
      description: k.hs6.get(c.hs6)?.description ?? "",
    }));
    const alternates = withAnswerAlternates(ranked, answerCodes, confidence, (hs6) => k.hs6.get(hs6)?.description ?? "");
    const mostInformative = questions[0] ? QUESTIONS[questions[0].attribute]?.field ?? questions[0].attribute : missing.includes("description") ? "description" : missing[0] ?? "";
    return {
      status,
      hs6: best.hs6,
      hsDescription: info.description,
      nationalCode: national?.code ?? "",
      nationalDescription: national?.path[national.path.length - 1]?.description ?? "",
      nationalSchedule: schedule ?? "",
      confidence: round(confidence),
      alternates,
      path,
      rulesApplied: dedupeRules(rulesApplied),
      fieldValidation: { provided, missing, mostInformativeMissing: mostInformative },
      questions,
      headingHint: status === "needs_more_info" ? info.heading : input.headingHint ?? "",
      warnings,
      candidates: candidates.slice(0, 10),
    };
  }

  /**
   * The known lexicon concept a noun is a kind of (see EngineOptions.hypernyms), memoized per noun (fixed per engine:
   * the lexicon does not change); shared, not to be changed.
   */
  /**
   * A known concept for an unknown noun, through its hypernyms. A material word ("… of nonalloy steel", "… brass") is
   * no goods of its own: its other senses lead nowhere near them (steel → sword, brass → wind instrument, paper →
   * newspaper), and what the goods are made of is read as their material.
   */
  private readonly conceptOf = memoByKey(
    (noun): { term: string; chain: string[] } | undefined => (lookupMaterial(noun) !== undefined ? undefined : this.hypernyms?.(noun, (t: string) => this.lexicon.hasWritten(t))),
    20_000,
  );

  /** How well a given code fits a product, judged against our own answer. */
  coherence(code: string, r: ClassificationResult): { level: "coherent" | "somewhat" | "not_coherent"; reason: string } {
    const ours = r.nationalCode || r.hs6;
    if (!r.hs6) return { level: "not_coherent", reason: "the description does not match any heading; we cannot confirm the code" };
    if (code.length >= 6 && code.slice(0, 6) === r.hs6) {
      if (code.length > 6 && r.nationalCode && !r.nationalCode.startsWith(code) && code !== r.nationalCode) {
        return { level: "somewhat", reason: `same HS subheading ${r.hs6}; the national line we would give is ${r.nationalCode}` };
      }
      return { level: "coherent", reason: `matches our classification ${ours}` };
    }
    const alt = r.alternates.find((a) => code.startsWith(a.hs6) || a.hs6.startsWith(code));
    if (code.slice(0, 4) === r.hs6.slice(0, 4) || (alt && alt.probability >= 0.05)) {
      return { level: "somewhat", reason: `plausible (${alt ? `alternate with probability ${alt.probability}` : `same heading ${r.hs6.slice(0, 4)}`}); we would give ${ours}` };
    }
    return { level: "not_coherent", reason: `the description points to ${ours} (${r.hsDescription.slice(0, 100)}), not ${code}` };
  }

  /**
   * Weighs lexicon matches: the name's head noun counts most; longer and phrase-final terms more.
   * The head noun of a product title or a ruling sentence is the last product term before the
   * first qualifier ("… for …", "… made of …", "… used in …", "… with …"): "brake pad press used in
   * the manufacture of brake pads" is a press.
   */
  private weighMatches(
    matches: LexiconMatch[],
    name: string,
  ): { weighted: Array<{ match: LexiconMatch; weight: number }>; unknownHead?: { noun: string; concept: { term: string; chain: string[] } }; head?: LexiconMatch } {
    const out: Array<{ match: LexiconMatch; weight: number }> = [];
    const nameMatches = matches.filter((m) => m.field === "name");
    // "a pair of eyeglasses", "a set of wrenches": the goods come after the quantity, not before "of".
    // A title that starts with what the goods fit ("For Tesla Model 3 … Pedal Cover", "new for Panasonic
    // microwave oven magnetron") names the goods after it.
    // "The submitted sample is a pair of men's trousers …": a ruling's subject clause comes before the quantity.
    const subjectLead = LEADING_SUBJECT.exec(name)?.[0].length ?? 0;
    const fitLead = subjectLead + (LEADING_FIT.exec(name.slice(subjectLead))?.[0].length ?? 0);
    const qLead = fitLead + (LEADING_QUANTITY.exec(name.slice(fitLead))?.[0].length ?? 0);
    // "A set of 12 tubes of acrylic paint", "six bottles of wine": counted containers put the goods after them too.
    const lead = qLead + (COUNTED_CONTAINERS.exec(name.slice(qLead))?.[0].length ?? 0);
    const qAt = name.slice(lead).search(QUALIFIER);
    let prefix = qAt >= 0 ? name.slice(0, lead + qAt) : name;
    prefix = this.titlePhrase(prefix, lead);
    // Coordinated goods ("glass tiles and porcelain tiles", "a steam cabinet and a foot bath massager"): when the
    // words before "and" end in a product term, the goods named first are the head; a modifier joined by "and"
    // ("temperature and pressure sensor") is no product term and leaves the phrase whole.
    const and = / (?:and|&) /i.exec(prefix.slice(lead));
    if (and) {
      const before = prefix.slice(0, lead + and.index);
      const ms = this.lexicon.matchText(before, "name");
      const lastSegment = Math.max(...ms.map((m) => m.segment));
      if (ms.some((m) => m.atSegmentEnd && m.segment === lastSegment && m.end === Math.max(...ms.map((x) => x.end)))) prefix = before;
    }
    const prefixMatches = prefix.trim() ? this.lexicon.matchText(prefix, "name") : [];
    // "a plastic-coated, steel wire, drying rack": one article and commas but no "and" — the commas separate
    // modifiers of one noun, which comes last (a list of goods joins its last item with "and").
    // Not when the first part already ends in a product noun: in "a stainless steel kitchen sink, single bowl,
    // undermount" the goods come first and the commas add their features.
    const modifierCommas =
      ONE_ARTICLE.test(prefix) && prefix.includes(",") && !/\s(?:and|or|&)\s|,\s*(?:an?|the)\s/i.test(prefix) &&
      !this.lexicon.matchText(prefix.split(",")[0]!, "name").some((m) => m.atSegmentEnd && !isMaterialTerm(m));
    const firstPrefixSegment = modifierCommas ? Math.max(...prefixMatches.map((m) => m.segment)) : Math.min(...prefixMatches.map((m) => m.segment));
    // Marketplace titles run on without punctuation ("Cup Holder Beverage Boats Phone Stand … Party Supplies"):
    // the goods are named early; the head is the last product term within the first few words.
    const window = readTokens(name.slice(0, lead)).length + HEAD_WINDOW;
    const inFirst = prefixMatches.filter((m) => m.segment === firstPrefixSegment);
    const early = inFirst.filter((m) => m.end <= window);
    // "Tablet Stand Adjustable Aluminum", "Spark Plug Iridium": a material named after the goods says what they are
    // made of; it is the goods only when nothing else is named.
    const pool = early.length ? early : inFirst;
    // "Polo Shirt Orange", "Backpack Olive", "Football Size 5 Orange and Black": a food that is also a colour, named
    // after goods of another kind, is their colour, not goods of its own.
    const colours = new Set(prefixMatches.filter((m) => colourAfterGoods(m, prefixMatches)).map((m) => `${m.segment}|${m.start}`));
    // "onion crisps vacuum fried", "steel shelf powder coated": a word before a process participle, after the goods,
    // says how they were made (vacuum-fried, powder-coated); it names no goods of its own.
    for (const m of prefixMatches) if (processModifierAfterGoods(m, prefixMatches) || specAfterGoods(m, prefixMatches) || ingredientAfterPreparation(m, prefixMatches) || fasteningAfterGoods(m, prefixMatches, prefix) || threadFormAfterGoods(m, prefixMatches) || heightAfterFootwear(m, prefixMatches) || formAfterGoods(m, prefixMatches) || mountingPlaceAfterGoods(m, prefixMatches) || fabricNameAfterGoods(m, prefixMatches)) colours.add(`${m.segment}|${m.start}`);
    const isColour = (m: LexiconMatch) => colours.has(`${m.segment}|${m.start}`);
    const goods = pool.filter((m) => !isMaterialTerm(m) && !isColour(m));
    let headInPrefix = (goods.length ? goods : pool).sort((a, b) => b.end - a.end)[0];
    // "… Waterproof Envelope Sleeping Bag": a one-word term right before a longer term names its kind or shape in a
    // head-final compound; the longer term is the goods, also where it runs past the first words.
    if (headInPrefix && headInPrefix.length === 1) {
      const h = headInPrefix;
      const next = prefixMatches.find((m) => m.segment === h.segment && m.start === h.end && m.length >= 2 && !isMaterialTerm(m) && !isColour(m));
      if (next) headInPrefix = next;
    }
    // "Bird Feeder … Wild Bird Seed Feeder": a term followed by the head word of goods named before it is a modifier
    // in that word's compound ("bird seed feeder" is a feeder): the goods are those named first.
    if (headInPrefix?.next) {
      const h = headInPrefix;
      const after = readTokens(h.next!)[0];
      const named = after && prefixMatches.find((m) => m.segment === h.segment && m.end <= h.start && m.length >= 2 && m.key.split(" ").at(-1) === after && !isMaterialTerm(m) && !isColour(m));
      if (named) headInPrefix = named;
    }
    // "Soccer Ball Size 5 Official Match Ball": a one-word term that repeats the head word of goods named before it in
    // the first words names the same goods again; the longer, earlier name is the more specific one.
    if (headInPrefix && headInPrefix.length === 1) {
      const h = headInPrefix;
      const named = pool.find((m) => m.segment === h.segment && m.end <= h.start && m.length >= 2 && m.key.split(" ").at(-1) === h.key && !isMaterialTerm(m) && !isColour(m));
      if (named) headInPrefix = named;
    }
    // "Float Switch Water Level Sensor Controller Cable Float Switch for …": a marketplace title repeats the name of the
    // goods it sells; the other terms between are search words for the same goods. A term of two or more words named
    // twice before any qualifier, first within the first words, is the head when the head found otherwise is named
    // once. (A name repeated after "for" is what the goods fit: "… Filter for X Vacuum Cleaner".)
    if (headInPrefix) {
      const h = headInPrefix;
      const unqualified = qAt >= 0 ? this.lexicon.matchText(name.slice(0, lead + qAt), "name") : nameMatches;
      const count = (key: string) => unqualified.filter((m) => m.key === key).length;
      const repeated = pool.find((m) => m !== h && m.length >= 2 && m.key !== h.key && !isMaterialTerm(m) && !isColour(m) && count(m.key) >= 2);
      if (repeated && count(h.key) === 1) headInPrefix = repeated;
    }
    let head = headInPrefix ? nameMatches.find((m) => m.key === headInPrefix.key && m.segment === headInPrefix.segment && m.start === headInPrefix.start) : undefined;
    // The whole name may carry a longer term that opens with the head ("drying rack" | "drying rack (for) dishes"):
    // that term names the same goods, so it is the head.
    if (headInPrefix && !head) head = nameMatches.find((m) => m.segment === headInPrefix.segment && m.start === headInPrefix.start && m.end > headInPrefix.end);
    // English noun phrases are head-final: if words follow the last product term of the prefix
    // ("brake pad | press"), that term only modifies an unknown head noun and gets no head weight.
    const firstPhrase = modifierCommas ? prefix.split(",").pop()! : (prefix.split(/[,;:|()[\]]/)[0] ?? prefix);
    // Sizes, ratings and model codes after the noun ("… Bulb 55W", "… Lamp 6000K", "… D2S") are no words of it.
    const phraseWords = firstPhrase.trim().replace(NON_SLIP, "$1-$2").split(/\s+/);
    // So are colours ("… Shirt Orange", "… Hoodie Cherry Red").
    const colourWords = new Set(prefixMatches.filter(isColour).flatMap((m) => m.term.toLowerCase().split(/\s+/)));
    const colourWord = (w: string) => {
      const l = w.toLowerCase();
      return BASIC_COLOURS.has(l) || [l, `${l}s`, `${l}es`, l.replace(/y$/, "ies")].some((x) => colourWords.has(x));
    };
    // So is a length or quantity written out after its number ("… Rod 50mm Diameter 1 Meter", "… Hose 25 Feet").
    while (phraseWords.length > 2 && UNIT_WORD.test(phraseWords[phraseWords.length - 1]!) && /^\d+(?:[.,/]\d+)?$/.test(phraseWords[phraseWords.length - 2]!)) phraseWords.splice(-2);
    while (phraseWords.length > 1 && (trailingNonNoun(phraseWords[phraseWords.length - 1]!) || colourWord(phraseWords[phraseWords.length - 1]!))) {
      // "… Paisley Pattern", "… Floral Print": the word before a look word names the look, not goods.
      const look = TRAILING_LOOK.has(phraseWords.pop()!.toLowerCase());
      if (look && phraseWords.length > 2) phraseWords.pop();
    }
    const prefixTokens = readTokens(phraseWords.join(" "));
    const lastPrefixToken = prefixTokens[prefixTokens.length - 1];
    const lastWord = phraseWords[phraseWords.length - 1]?.toLowerCase().replace(/[^a-z-]/g, "");
    // Also when no product term comes before the qualifier at all ("a fuel regulator for gaseous-fueled
    // engines"): the goods are the regulator, not the engines named after "for".
    const qualified = qAt >= 0 && !headInPrefix;
    // "Caulking Gun … 10oz Cartridge", "Laptop … 16GB Memory": a noun right after a capacity names what the capacity is
    // of (a specification of the goods named before it), as specAfterGoods reads known terms.
    const afterCapacity = !!headInPrefix && phraseWords.length >= 2 && CAPACITY.test(phraseWords[phraseWords.length - 2]!.toLowerCase());
    // "Paracetamol 500 mg Tablets", "Vitamin D3 Softgels": a dosage form after the goods is the form they are put up in.
    const dosageForm = !!headInPrefix && DOSAGE_FORM_WORD.test(lastWord ?? "");
    if (lastPrefixToken && lastWord && !afterCapacity && !dosageForm && (qualified || (headInPrefix && headInPrefix.segment === 0 && !headInPrefix.key.split(" ").includes(lastPrefixToken)))) {
      // only when the trailing word is itself a product noun (WordNet leads it to a known concept)
      // A trailing word that is itself a product term of the lexicon ("… Swim Trunks Quick Dry Beach Shorts") is weighed
      // as such below, with the head found in the first words; no hypernym is guessed for it.
      const concept = this.lexicon.hasWritten(lastWord) ? undefined : this.conceptOf(lastWord);
      // "… spinner assembly", "… lock accessories": a parts word after the goods names no goods of its own and
      // no hypernym is guessed for it, but the term before it is not the goods either (a part of it, or a fit).
      if (concept || PARTS_HEADS.has(lastWord)) {
        return {
          weighted: matches.map((m) => ({ match: m, weight: m.fieldWeight * (1 + 0.25 * (m.length - 1)) * (m.field === "name" ? 0.6 : 1) })),
          ...(concept ? { unknownHead: { noun: lastWord, concept } } : {}),
        };
      }
    }
    if (!head) {
      const firstSegment = Math.min(...nameMatches.map((m) => m.segment));
      head = nameMatches.filter((m) => m.segment === firstSegment).sort((a, b) => b.end - a.end)[0];
    }
    // GRI 5(b): packing presented with the goods it holds goes with them. A gift box, tin or basket named after food,
    // drink or toiletries holds them: "Chocolate Truffles Gift Box" is chocolates, "Green Tea Gift Tin 100g" tea.
    let packing: LexiconMatch | undefined;
    if (head && GIFT_PACKING.test(head.term)) {
      const h = head;
      const held = nameMatches
        .filter((m) => m.segment === h.segment && m.end <= h.start && m.entries.some((e) => CONSUMABLE_HEADING.test(e.heading)))
        .sort((a, b) => b.end - a.end)[0];
      if (held) [packing, head] = [h, held];
    }
    // "turbine nozzle castings", "crankshaft forgings": a word for the state of manufacture after a product term
    // names no goods of its own; the rough article having the essential character of the finished one is that
    // article (GRI 2(a)), so the product term before it is the head.
    if (head && UNFINISHED_FORM.test(head.term)) head = termJustBefore(nameMatches, head) ?? head;
    // "Nebulizer Machine", "Foot Massager Machine": a class word ("machine", "device") right after the name of a machine
    // or apparatus names no other goods; the apparatus named before it is the head.
    if (head && GENERIC_CLASS_HEAD.test(head.term)) {
      const before = termJustBefore(nameMatches, head);
      if (before && before.entries.some((e) => /^(?:84|85|90)/.test(e.heading))) head = before;
    }
    // With the head found before the qualifier, terms after it ("… for use while gaming") describe a use or
    // a fit, not the goods: no phrase-final bonus for them. So do the parts, materials and features named after
    // "with", "made of", "powered by" ("a tent made of polyester woven fabric" is a tent, "a speaker with a
    // lithium battery" a speaker); the material still counts through the attributes. What a set or a kit is said
    // to contain ("containing", "consisting of", "including") keeps its weight (GRI 3(b)).
    const purposeAt = qAt >= 0 ? name.slice(lead + qAt).search(DESCRIBED_AFTER) : -1;
    const beforePurpose = purposeAt >= 0 ? this.lexicon.matchText(name.slice(0, lead + qAt + purposeAt), "name") : [];
    const afterQualifier = (m: LexiconMatch) => !!headInPrefix && purposeAt >= 0 && m.field === "name" && !beforePurpose.some((p) => p.key === m.key && p.segment === m.segment && p.start === m.start);
    for (const m of matches) {
      let w = m.fieldWeight * (1 + 0.25 * (m.length - 1));
      if (m === head) w *= 1.6;
      else if (m === packing || (m.field === "name" && isColour(m))) w *= COLOUR_WEIGHT;
      else if (afterQualifier(m)) w *= 0.7;
      else if (m.field === "name" && m.atSegmentEnd) w *= 1.2;
      else if (m.field === "name") w *= 0.7;
      out.push({ match: m, weight: w });
    }
    return { weighted: out, head };
  }

  /**
   * A marketplace title runs its phrases together without punctuation: "Gel Pens 12 Pack Black Ink", "Dry Dog Food
   * Adult Chicken and Rice Recipe", "Laptop Stand Adjustable Aluminum Ergonomic Riser". An English noun phrase ends
   * with its head noun, so a pack count or size, a word for who the goods are for, or a feature adjective coming
   * right after a product noun of two or more words opens the next phrase: the goods are named by the phrase before
   * it (the ink, the rice and the riser only describe them). The title is cut there; a single word before the break
   * ("Car Wireless Charger", "Bluetooth 5.3 Earbuds") is a modifier of what follows and is left alone.
   */
  private titlePhrase(prefix: string, lead: number): string {
    const body = prefix.slice(lead);
    const re = /\S+/g;
    let words = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      // Only within the first phrase as punctuated: commas, brackets, slashes, " - " already split phrases.
      if (/[,;:|()[\]{}\/\\!?]/.test(m[0]) || (m[0] === "-" || m[0] === "–")) return prefix;
      if (words >= 2 && (titleBreak(m[0]) || this.colourBreak(m[0], body.slice(re.lastIndex))) && !(materialWord(m[0]) && this.opensGoodsTerm(body.slice(m.index)))) {
        const before = prefix.slice(0, lead + m.index);
        const ms = this.lexicon.matchText(before, "name");
        // The words before the break name goods of their own (a product term, not a material: "Stainless Steel 2 Pack"),
        // possibly followed by a word for their presentation ("Acrylic Paint Set 24 Colors", "Silicone Spatula Set 5 Pcs").
        if (ms.some((x) => x.segment === 0 && !isMaterialTerm(x) && (x.atSegmentEnd || PRESENTATION.test(before.slice(-12))))) return before;
        return prefix;
      }
      words++;
    }
    return prefix;
  }

  /**
   * "Kitchen Sink Sponge Holder": a material word that opens a product term of two or more words
   * names goods of that term (a sponge holder is no sponge), not the material of the goods before it; the compound
   * goes on and its last term is its head.
   */
  private opensGoodsTerm(rest: string): boolean {
    const first = this.lexicon.matchText(rest, "name").find((x) => x.segment === 0 && x.start === 0);
    return !!first && first.length >= 2 && !isMaterialTerm(first) && lookupMaterial(first.term.toLowerCase()) === undefined;
  }

  /**
   * A colour after a product noun opens the next phrase ("Ballpoint Pens Blue Ink 12 Pack": the pens are blue-inked, not
   * ink), unless the colour and the word after it are a product term of their own ("… Green Tea", "… Black Pepper").
   */
  private colourBreak(word: string, rest: string): boolean {
    const w = word.toLowerCase().replace(/[^a-z]/g, "");
    if (!BASIC_COLOURS.has(w)) return false;
    const next = /^\s*([a-z-]+)/i.exec(rest)?.[1]?.toLowerCase();
    return !(next && this.lexicon.hasWritten(`${w} ${next}`));
  }

  /**
   * "For Samsung Galaxy Watch 6 Band", "Compatible with AirPods 3 Case": a model number written between the device and
   * the goods' own word splits a compound the trade writes whole ("watch band", "airpods case"). When the word before
   * the number and the word after it make a lexicon term, the number is moved after them so the goods are read as
   * such; the number stays in the name (its sizes and models are read as before).
   */
  private modelNumberCompounds(name: string): string {
    return name.replace(/\b([a-z][a-z-]+) ((?:[a-z]*\d+[a-z\d]*)(?: (?:pro|max|plus|mini|ultra|se|lite))?) ([a-z][a-z-]+)\b/gi, (all, a: string, num: string, b: string) =>
      this.lexicon.hasWritten(`${a} ${b}`.toLowerCase()) && !this.lexicon.hasWritten(a.toLowerCase() + " " + num.toLowerCase()) ? `${a} ${b} ${num}` : all,
    );
  }

  /**
   * Coordinated modifiers share the noun after them: "pruning and lopping shears" are pruning shears and lopping
   * shears. Written out when the first modifier with the shared noun is a product term, so the goods named first
   * are found as such.
   */
  private sharedHeads(name: string): string {
    return name.replace(/\b([a-z][a-z-]+) (?:and|or|&) ([a-z][a-z-]+) ([a-z][a-z-]+)\b/gi, (all, a: string, b: string, noun: string) =>
      this.lexicon.hasWritten(`${a} ${noun}`) && !this.lexicon.hasWritten(a) ? `${a} ${noun} and ${b} ${noun}` : all,
    );
  }

  /**
   * "a bag for a laptop computer", "a holder for toothbrushes": goods named with "for" and what they serve are the compound
   * the trade writes the other way round ("laptop bag", "toothbrush holder"). When the noun is no product term on its own
   * but that compound is, it is
   * written out before the "for" phrase ("a laptop bag for a laptop computer"), so the goods are found as such and
   * what they serve stays a qualifier.
   */
  private invertedCompounds(name: string): string {
    return name.replace(/(?:\b([a-z][a-z-]*) )?(?:\b([a-z][a-z-]*) )?\b([a-z][a-z-]+) for (?:(?:an?|the|your|one|two|use with|use in) )?([a-z][a-z-]+)(?: ([a-z][a-z-]+))?/gi, (all: string, p2: string | undefined, p1: string | undefined, noun: string, w1: string, w2: string | undefined, offset: number) => {
      // Only for a noun that is no product term on its own ("bag", "holder"): a known noun is the goods already.
      if (FOR_NOT_GOODS.test(noun) || GENERIC_GOODS_WORDS.test(noun) || this.lexicon.hasWritten(noun.toLowerCase())) return all;
      // Nor when the words before it already make it a compound ("steering wheel for a car", "seat belt assembly for …").
      const lower = (w: string | undefined) => (w ?? "").toLowerCase();
      if (p1 && (this.lexicon.hasWritten(`${lower(p1)} ${lower(noun)}`) || (p2 && this.lexicon.hasWritten(`${lower(p2)} ${lower(p1)} ${lower(noun)}`)))) return all;
      if (p1 && this.lexicon.hasWritten(lower(p1)) && lookupMaterial(lower(p1)) === undefined) return all;
      // "eyeglasses" → "eyeglass", "boxes" → "box", "cameras" → "camera"
      const sing = (w: string) => (/(?:ss|x|ch|sh)es$/i.test(w) ? w.slice(0, -2) : w.replace(/(?<![su])s$/i, ""));
      // Nor when a longer product term of the title ends with it ("Roof Rack Cross Bars for Cars"): the goods are named.
      const upToNoun = name.slice(0, offset + all.lastIndexOf(`${noun} for `) + noun.length);
      const named = this.lexicon.matchText(upToNoun, "name");
      const lastSegment = Math.max(...named.map((m) => m.segment));
      if (named.some((m) => m.atSegmentEnd && m.segment === lastSegment && m.length >= 2 && m.key.split(" ").pop() === readTokens(noun).at(-1))) return all;
      const options = [
        ...(w2 ? [`${w1} ${w2} ${noun}`, `${sing(w1)} ${sing(w2)} ${noun}`] : []),
        `${w1} ${noun}`, `${sing(w1)} ${noun}`,
        ...(w2 ? [`${w2} ${noun}`, `${sing(w2)} ${noun}`] : []),
      ];
      const hit = options.find((o) => this.lexicon.hasWritten(o.toLowerCase()));
      if (!hit) return all;
      const at = all.lastIndexOf(`${noun} for `);
      return `${all.slice(0, at)}${hit} for ${all.slice(at + noun.length + 5)}`;
    });
  }

  /** A subheading inside a heading from the attributes (GRI 6 by material), else the best retrieval match. */
  private pickSubheading(heading: string, attrs: ExtractedAttributes, input: ProductInput): string | undefined {
    const subs = this.knowledge.headings.get(heading)?.subheadings ?? [];
    if (subs.length === 0) return undefined;
    if (subs.length === 1) return subs[0];
    const byMaterial = subheadingForMaterial(heading, attrs);
    if (byMaterial && subs.includes(byMaterial) && !this.quantityMisfit(byMaterial, attrs)) return byMaterial;
    // The product's own words (not the attributes being tried by a question): one search per classify.
    const query = subheadingQuery(attrs, input);
    // classify() is synchronous, so a per-call memo of this search is safe (asked for each option).
    let hits = this.subheadingSearch.get(query);
    if (!hits) {
      hits = this.knowledge.retrieve(query, SUBHEADING_SEARCH_LIMIT);
      this.subheadingSearch.set(query, hits);
    }
    // GRI 6: a subheading whose terms state the opposite of what the goods are said to be ("in shell" for shelled
    // almonds, "raw" for refined sugar) does not describe them, however many words it shares with the name.
    // Nor does one whose measures the goods' stated measure falls outside ("having a base of a width of 40 cm or more"
    // for a bag 32 cm wide).
    const fits = (hs6: string) => !this.stateMisfit(hs6, attrs) && !this.quantityMisfit(hs6, attrs);
    const insideAll = hits.filter((h) => h.hs6.startsWith(heading));
    let inside = insideAll.find((h) => fits(h.hs6)) ?? insideAll[0];
    // Of subheadings the words match about as well, one whose measure terms the goods' stated measure meets ("cylinder
    // capacity over 1,500 but not over 3,000 cc" for a 1,598 cc car) describes them more closely than one that sets none.
    if (inside && !this.quantityMeets(inside.hs6, attrs)) {
      const best = inside.score;
      const met = insideAll.find((h) => h.score >= best * MEASURE_MATCH_SHARE && fits(h.hs6) && this.quantityMeets(h.hs6, attrs));
      if (met) inside = met;
    }
    if (inside) return inside.hs6;
    // Residual: the "Other" subheading (last in numerical order, GRI 3(c) spirit) when nothing matches.
    const other = subs.filter((s) => /^other\b|; other\b/i.test(this.knowledge.hs6.get(s)?.description ?? ""));
    return other.filter(fits).pop() ?? other[other.length - 1] ?? subs[subs.length - 1];
  }

  /**
   * GRI 6: a leading subheading whose terms state the opposite of what the goods are said to be ("not dental" for a
   * dental X-ray unit, "enamelled" for cast iron said not to be, "exceeding 60 V" for a relay said not to exceed it)
   * does not describe them: its evidence goes to the subheading of the same heading that does (by the goods' words).
   */
  private stateRedirects(candidates: Candidate[], attrs: ExtractedAttributes, input: ProductInput, rulesApplied: AppliedRule[]): Candidate[] {
    const goods = productStatesOfText(attrs.text);
    if (goods.size === 0) return candidates;
    let changed = false;
    for (const c of candidates.slice(0, 5)) {
      const denied = contradiction(goods, this.tariffStatesOf(c.hs6));
      if (!denied) continue;
      const key = denied.replace(/^not /, "");
      const said = denied.replace("~", "");
      const heading = c.hs6.slice(0, 4);
      const subs = this.knowledge.headings.get(heading)?.subheadings ?? [];
      // The subheadings of the heading whose terms say what the goods are said to be on that point ("for dental uses",
      // "not exceeding 60 V") and contradict nothing else they are said to be.
      const agreeing = subs.filter((s) => s !== c.hs6 && this.tariffStatesOf(s).get(key) === goods.get(key) && !contradiction(goods, this.tariffStatesOf(s)));
      if (agreeing.length > 0) {
        const picked = this.pickSubheading(heading, attrs, input);
        const ranked = this.subheadingSearch.get(subheadingQuery(attrs, input)) ?? [];
        const to = picked && agreeing.includes(picked) ? picked : (ranked.find((h) => agreeing.includes(h.hs6))?.hs6 ?? agreeing[0]!);
        rulesApplied.push({ id: "GRI6-STATE", reason: `subheading ${c.hs6} is for goods ${said}, which the goods are said not to be → ${to} (GRI 6)` });
        c.hs6 = to;
        changed = true;
        continue;
      }
      // No subheading of the heading says otherwise: its terms, or those of the subheading, are for other goods.
      // Only for the named states (gri/states.ts): a word read off a heading's list ("not reinforced, laminated,
      // supported or similarly combined with other materials") is too loose to weigh a heading down.
      if (/^(?:~|over )/.test(key)) continue;
      const all = subs.length > 0 && subs.every((s) => contradiction(goods, this.tariffStatesOf(s)) !== undefined);
      rulesApplied.push({
        id: all ? "GRI1-STATE" : "GRI6-STATE",
        reason: all
          ? `every subheading of heading ${heading} is for goods ${said}, which the goods are said not to be: weighed down (GRI 1)`
          : `subheading ${c.hs6} is for goods ${said}, which the goods are said not to be, and no subheading of ${heading} is for goods that are not: weighed down (GRI 6)`,
      });
      c.score *= all ? 0.3 : 0.5;
      changed = true;
    }
    return changed ? mergeDuplicates(candidates) : candidates;
  }

  /**
   * True when an HS subheading's text sets a measure (width, capacity, power, weight, Brix value …) and the goods
   * state a measure of that quantity outside it (GRI 6: the subheading's terms do not describe them).
   */
  private quantityMisfit(hs6: string, attrs: ExtractedAttributes): boolean {
    const conditions = this.tariffQuantitiesOf(hs6);
    if (conditions.length === 0) return false;
    return conditions.some((q) => {
      // A stated voltage is as often a supply or coil voltage ("5V relay module") as the rated one the text means.
      if (q.quantity === "voltage") return false;
      const v = goodsMeasure(q.quantity, attrs);
      return v !== undefined && !within(q.threshold, v);
    });
  }

  /**
   * GRI 6: the goods' stated measure is outside the subheading named for them ("L sections … of a height of less than
   * 80 mm" for a 100 x 100 angle): the sibling whose terms are the same but for a measure the goods meet ("L or T
   * sections … of a height of 80 mm or more") describes them: the one holding most of the named text's words (one holding
   * fewer than half of them is no twin).
   */
  private measureTwin(hs6: string, attrs: ExtractedAttributes): string | undefined {
    if (!this.quantityMisfit(hs6, attrs)) return undefined;
    // Words and word pairs of a text ("not of man-made filaments" is not "of man-made filaments").
    const termsOf = (code: string) => {
      const w = (this.knowledge.hs6.get(code)?.description ?? "").toLowerCase().match(/[a-z]+/g) ?? [];
      return new Set([...w, ...w.slice(1).map((x, i) => `${w[i]} ${x}`)]);
    };
    const own = termsOf(hs6);
    const twinIn = (subs: readonly string[], least: number) => {
      let best: string | undefined;
      let bestShare = least;
      for (const s of subs) {
        if (s === hs6 || !this.quantityMeets(s, attrs) || this.stateMisfit(s, attrs)) continue;
        const shared = [...termsOf(s)].filter((x) => own.has(x)).length;
        const share = shared / Math.max(own.size, 1);
        if (share > bestShare) {
          best = s;
          bestShare = share;
        }
      }
      return best;
    };
    const heading = hs6.slice(0, 4);
    const inHeading = twinIn(this.knowledge.headings.get(heading)?.subheadings ?? [], 0.5);
    if (inHeading) return inHeading;
    // Headings of a chapter split on the same measure (woven cotton fabrics: 5208 not more than 200 g/m², 5209 more):
    // a twin in a neighbouring heading, only when it holds nearly all of the named text.
    const neighbours = [-1, 1].map((d) => String(Number(heading) + d).padStart(4, "0")).filter((h) => h.slice(0, 2) === heading.slice(0, 2));
    return twinIn(neighbours.flatMap((h) => this.knowledge.headings.get(h)?.subheadings ?? []), 0.8);
  }

  /** True when an HS subheading's text states the opposite of what the goods are said to be (see gri/states.ts). */
  private stateMisfit(hs6: string, attrs: ExtractedAttributes): boolean {
    const goods = productStatesOfText(attrs.text);
    return goods.size > 0 && !!contradiction(goods, this.tariffStatesOf(hs6));
  }

  /** True when an HS subheading's text sets a measure the goods state, and the goods' measure is within it. */
  private quantityMeets(hs6: string, attrs: ExtractedAttributes): boolean {
    let met = false;
    for (const q of this.tariffQuantitiesOf(hs6)) {
      if (q.quantity === "voltage") continue;
      const v = goodsMeasure(q.quantity, attrs);
      if (v === undefined) continue;
      if (!within(q.threshold, v)) return false;
      met = true;
    }
    return met;
  }

  /** The quantity conditions of an HS subheading's text, per code (the texts are fixed per engine). */
  private readonly tariffQuantitiesOf = memoByKey((hs6: string) => quantityConditions(this.knowledge.hs6.get(hs6)?.description ?? ""), 20_000);

  /** The states an HS subheading's text requires (see gri/states.ts). */
  private tariffStatesOf(hs6: string): StateValues {
    return tariffStatesOfText(this.knowledge.hs6.get(hs6)?.description ?? "");
  }

  private national(schedule: "US" | "EU", hs6: string, attrs: ExtractedAttributes, remembered?: Remembered, walks?: Parameters<typeof chooseNationalLine>[3]) {
    const lines = this.knowledge.nationalLines(schedule, hs6);
    if (lines.length === 0) return undefined;
    if (remembered && remembered.code.length > 6 && remembered.code.startsWith(hs6)) {
      const line = lines.find((l) => l.code === remembered.code);
      if (line) return { code: line.code, path: [{ code: line.code, description: line.description }], reasons: [`national line ${line.code} confirmed by feedback`], confidence: 1, residual: false, decisive: [] as string[] };
    }
    // The walks for the goods' attributes are kept for the follow-up questions, which try answers on copies of them.
    return chooseNationalLine(hs6, lines, attrs, walks ?? attrs);
  }

  /**
   * Questions for missing decisive attributes — asked only when the candidate answers differ: each
   * option is tried as an answer and the question is kept if the resulting code changes.
   */
  private questions(
    input: ProductInput,
    attrs: ExtractedAttributes,
    hs6: string,
    nationalCode: string,
    decisive: string[],
    entries: Array<{ entry: LexiconEntry; term: string }>,
    schedule: "US" | "EU" | undefined,
    answerCodes: string[] = [],
  ): FollowUpQuestion[] {
    const out: FollowUpQuestion[] = [];
    const known = (a: string) =>
      (a === "material" && attrs.materials.length > 0) ||
      (a === "construction" && !!attrs.construction) ||
      (a === "gender" && !!attrs.gender) ||
      (a === "use" && attrs.uses.length > 0) ||
      (a === "power" && !!attrs.powerSource) ||
      (a === "processing" && attrs.processing.length > 0) ||
      input.context?.[a] !== undefined;
    const current = nationalCode || hs6;
    // Every answer tried is the goods' attributes with the one asked about changed: a national walk that read no line
    // looking at what an answer changes ends as a walk already taken for them (see chooseNationalLine).
    const walks = attrs;
    for (const a of decisive) {
      const q = QUESTIONS[a];
      if (!q || known(a)) continue;
      // First at HS 6 digits (cheap); only if every answer keeps the subheading, at the national line.
      const hs6Of = (alt: ExtractedAttributes) => {
        for (const { entry: e, term } of entries) {
          const res = resolveSplit(e, alt, term);
          const sub = res.subheading ?? this.pickSubheading(res.heading, alt, input);
          if (sub) return sub;
        }
        return hs6;
      };
      const answers = q.options.map((option) => ({ option, alt: withAnswer(attrs, a, OPTION_CONTEXT[a]?.[option] ?? option) }));
      let outcomes = groupBy(answers, (x) => hs6Of(x.alt));
      const bySubheading = outcomes.size > 1;
      if (outcomes.size === 1 && schedule) {
        outcomes = groupBy(answers, (x) => this.national(schedule, [...outcomes.keys()][0]!, x.alt, undefined, walks)?.code ?? hs6);
      }
      // Keep only the options that lead somewhere different from each other.
      if (outcomes.size > 1 || (outcomes.size === 1 && !outcomes.has(current))) {
        // One option per distinct outcome (the first of its group), so every option offered matters.
        const options = [...outcomes.values()].map((opts) => opts[0]!.option);
        out.push({ attribute: a, question: q.question, options: options.includes("other") ? options : [...options, "other"] });
        if (bySubheading) for (const code of outcomes.keys()) if (code !== hs6 && !answerCodes.includes(code)) answerCodes.push(code);
      }
    }
    return out;
  }
}

/** Materials, marketplace attribute keys and categories the warm-up's sample inputs are written with. */
const WARM_UP = {
  materials: ["100% cotton", "95% polyester 5% spandex", "stainless steel", "ABS plastic", "genuine leather", "solid wood", "silicone", "aluminium alloy", "tempered glass", "ceramic"],
  categories: ["Home & Garden > Kitchen", "Women's Clothing > Tops", "Consumer Electronics > Accessories", "Tools > Hand Tools", "Jewelry & Accessories > Bracelets", "Automobiles & Motorcycles > Parts"],
  /** Marketplace attribute keys with a value each: a pattern is compiled once it has read several different keys. */
  attributes: [
    ["Brand Name", "Generic"], ["Material", ""], ["Item Type", ""], ["Color", "Black"], ["Size", "M"], ["Gender", "Women"],
    ["Feature", "Eco-Friendly"], ["Use", "Home"], ["Type", ""], ["Package size - width (cm)", "25"], ["Package weight", "1.2"],
    ["Model Number", "X-200"], ["Origin", "Mainland China"], ["Style", "Casual"], ["Fabric Type", "Knitted"], ["Power Source", "Battery"],
    ["Voltage", "220V"], ["Certification", "CE"], ["Applicable Scene", "Outdoor"], ["is_customized", "Yes"], ["Product Type", ""],
    ["Age Range", "Adult"], ["Department Name", "Women"], ["Closure Type", "Zipper"], ["Sleeve Length(cm)", "Full"], ["Capacity", "500 ml"],
    ["Weight", "300 g"], ["Length", "25 cm"], ["Metals Type", "Zinc Alloy"], ["Application", "Kitchen"], ["Pattern Type", "Solid"],
    ["Wattage", "500 W"], ["Quantity", "10 pcs"], ["Shape", "Round"], ["Thickness", "2 mm"], ["Diameter", "30 cm"],
  ] as const,
};

/**
 * The `k`-th warm-up sample input, written from the lexicon's terms and the tariff's texts (no customer data), in four
 * shapes in turn: a term alone; a long marketplace listing naming several goods, with a category, attributes, price and
 * origin; a ruling-style description with a material, composition, process and specification; a tariff text. Every
 * input field is read, so that the code and patterns of every field's reading are compiled before the first request.
 */
export function warmUpInput(terms: readonly string[], texts: readonly string[], k: number): ProductInput {
  // The shape is k % 4; the variants within a shape go by j, so that each shape meets both destinations, processes ….
  const j = Math.floor(k / 4);
  const destinationCountry = j % 2 ? "DE" : "US";
  const pick = (list: readonly string[], salt: number) => list[(k * 7919 + salt * 104729) % list.length]!;
  const term = pick(terms, 0);
  const other = pick(terms, 1);
  const material = WARM_UP.materials[k % WARM_UP.materials.length]!;
  switch (k % 4) {
    case 0:
      return { productName: term, destinationCountry };
    case 1:
      return {
        productName: `2024 New ${term} ${material} ${other} for Women Men Gift, 25 x 30 cm 2Pcs ${pick(terms, 2)} Accessories`,
        category: `${WARM_UP.categories[k % WARM_UP.categories.length]} > ${other}`,
        attributes: Object.fromEntries(
          Array.from({ length: 8 }, (_, i) => WARM_UP.attributes[(k * 8 + i) % WARM_UP.attributes.length]!).map(([key, value]) => [key, value || (key === "Material" ? material : term)]),
        ),
        price: 2.5 + (j % 50),
        currency: j % 3 ? "USD" : "EUR",
        originCountry: j % 3 ? "CN" : "VN",
        destinationCountry,
      };
    case 2:
      return {
        productName: `${j % 3 ? "a" : "the"} ${term} made of ${material}, ${j % 2 ? "knitted" : "moulded"}, used for ${other}`,
        description: `${term} of ${material}, used for household purposes, weighing 1.2 kg, measuring 30 cm, packed for retail sale`,
        material,
        processing: j % 2 ? "knitted" : "moulded",
        composition: j % 3 ? "60% cotton 40% polyester" : "80% nylon 20% elastane",
        weightSpec: j % 2 ? "180 g/m2" : "500 W, 1.2 kg",
        destinationCountry,
      };
    default:
      return { productName: pick(texts, 3), destinationCountry };
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



/** The last two levels of a marketplace category path ("A > B > Bracelets" → "B Bracelets"). */
function categoryLeaf(category: string | undefined): string {
  if (!category) return "";
  const parts = category.split(/\s*[>/|]\s*/).filter(Boolean);
  return parts.slice(-2).join(" ; ");
}

/** Attribute values that describe what the product is (item type, product type, category-like keys). */
function attributeText(attributes: Record<string, string> | undefined): string {
  if (!attributes) return "";
  const out: string[] = [];
  for (const [k, v] of Object.entries(attributes)) {
    if (/item type|product type|type$|category|style|use|application|function|material|fabric|feature/i.test(k) && !/brand|model|size|package|color|colour/i.test(k)) out.push(v);
  }
  return out.join(" ; ");
}

function headNoun(name: string): string | undefined {
  const firstPhrase = name.split(/[,;:|()[\]]/)[0] ?? name;
  const words = firstPhrase.toLowerCase().match(/[a-z]{3,}/g) ?? [];
  for (let i = words.length - 1; i >= 0; i--) if (readTokens(words[i]!).length > 0) return words[i];
  return undefined;
}

/** Words for the forms a metal or plastic is traded in. */
const MATERIAL_FORMS = /^(?:sheets?|coils?|plates?|strips?|bars?|rods?|foils?|profiles?|sections?|billets?|ingots?|slabs?|blooms?|granules?|pellets?|flakes?|powders?)$/i;

/** Below this probability an alternate is a weak match of the text rather than a reading of the goods. */
const WEAK_ALTERNATE = 0.02;

/**
 * The alternates, with the subheadings that another answer to a follow-up question leads to ("if the material is
 * cotton: 6110.20"). Those are readings of the same goods, likelier than a weak text match, so each one that is not
 * already an alternate goes before the weak ones (probability below WEAK_ALTERNATE), taking the probability of the
 * likeliest of them (none when there is no weak one to take it from): the list stays ordered and within five, and the
 * answer's and the alternates' probabilities still sum to at most 1.
 */
export function withAnswerAlternates(ranked: Alternate[], answerCodes: readonly string[], confidence: number, description: (hs6: string) => string): Alternate[] {
  const add = answerCodes.filter((code) => !ranked.some((a) => a.hs6 === code));
  if (add.length === 0) return ranked;
  const strong = ranked.filter((a) => a.probability >= WEAK_ALTERNATE);
  const weak = ranked.filter((a) => a.probability < WEAK_ALTERNATE);
  const out = [...strong];
  let mass = confidence + strong.reduce((s, a) => s + a.probability, 0);
  for (const code of add) {
    if (out.length >= 5) break;
    const probability = weak[0]?.probability ?? 0;
    if (probability <= 0 || mass + probability > 1) break;
    out.push({ hs6: code, nationalCode: "", probability, description: description(code) });
    mass += probability;
  }
  for (const a of weak) {
    if (out.length >= 5 || mass + a.probability > 1) break;
    out.push(a);
    mass += a.probability;
  }
  return out;
}

function groupBy<T>(items: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

/** The attributes as if the user had answered `attribute` with `value` (no re-extraction). */
function withAnswer(attrs: ExtractedAttributes, attribute: string, value: string): ExtractedAttributes {
  switch (attribute) {
    case "material": {
      const m = lookupMaterial(value, true) ?? lookupMaterial(value);
      return m ? { ...attrs, materials: [{ material: m, percent: 100, term: value, source: "context" }] } : attrs;
    }
    case "construction":
      return { ...attrs, construction: parseConstruction(value) };
    case "gender":
      return { ...attrs, gender: parseGender(value) };
    case "power":
      return { ...attrs, powerSource: parsePowerSource(value) };
    case "use":
      return { ...attrs, uses: [value] };
    case "processing":
      return { ...attrs, processing: [value] };
    default:
      return attrs;
  }
}

function dedupeRules(rules: AppliedRule[]): AppliedRule[] {
  const seen = new Set<string>();
  return rules.filter((r) => {
    const k = `${r.id}|${r.reason}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Words for a part, a set or a unit of something, which take their goods from the words before them ("seat belt assembly"). */
const GENERIC_GOODS_WORDS = /^(?:assembly|assemblies|assy|parts?|components?|kits?|sets?|units?|systems?|devices?|accessor(?:y|ies)|pieces?|items?|products?|articles?|goods|equipment|apparatus|machines?|tools?|supplies|materials?|replacements?|spares?)$/i;

/** Words before "for" that name no goods ("used for", "designed for", "suitable for"). */
const FOR_NOT_GOODS = /^(?:used|designed|suitable|intended|compatible|made|sold|imported|marketed|specially|specifically|solely|principally|mainly|only|also|ideal|perfect|great|good|use|and|or|as|is|are)$/i;

/**
 * "of" after the goods naming what they are made of ("a men's suit of wool woven fabric", "trousers of 65% polyester"),
 * not after a container or a quantity, whose "of" names the goods themselves ("a box of chocolates", "a set of wrenches").
 */
const MATERIAL_OF = /(?<!\b(?:box|boxes|bag|bags|bottle|bottles|jar|jars|can|cans|tin|tins|pack|packs|packet|packets|case|cases|carton|cartons|tube|tubes|sachet|sachets|set|sets|kit|kits|assortment|pair|pairs|roll|rolls|sheet|sheets|piece|pieces|bundle|bundles|variety|selection|collection|parts?|components?|accessories|consisting|composed|made|comprised|capable|use|one|each|any|all|both|most|some|type|kind|kinds|types|form|shape|number)\s)\bof\b/;

/** "in" before the medium goods are packed or preserved in ("in olive oil", "in tomato sauce"). */
const IN_MEDIUM = String.raw`in(?= (?:[a-z]+ ){0,2}(?:sauces?|syrup|oil|brine|juice|vinegar|gravy|jelly|broth|aspic|water)\b)`;

/**
 * Qualifiers that say what the goods are for, fit or are used with (not what they are made of), or the medium they
 * are packed or preserved in ("sardines in olive oil", "beans in tomato sauce": the oil and the sauce are not the goods).
 */
const PURPOSE = new RegExp(String.raw`\b(?:for|used|fits?|suitable|designed|intended|compatible|${IN_MEDIUM})\b`, "i");

/** Qualifiers after which the words describe the goods named before them: a use or fit, or a material, part or feature. */
const DESCRIBED_AFTER = new RegExp(`${PURPOSE.source}|\\b(?:with|made|composed|having|featuring|(?:powered|operated|driven) by|based on|(?:put up|packed|packaged|presented|supplied) (?:in|as|on))\\b|${MATERIAL_OF.source}`, "i");

/** Trailing words that make the goods a part or an accessory of what the words before them name. */
const PARTS_HEADS: ReadonlySet<string> = new Set(["assembly", "assemblies", "accessory", "accessories", "parts"]);

/** Packing for gifts, which holds the goods named before it (GRI 5(b)). */
const GIFT_PACKING = /^gift (?:box|boxes|tin|tins|basket|baskets|hamper|hampers|bag|bags|pack|packs|set|sets)$/i;

/** Headings of consumable goods sold in gift packing: foodstuffs, drinks and tobacco (ch. 1–24), toiletries (ch. 33–34). */
const CONSUMABLE_HEADING = /^(?:[01]\d|2[0-4]|3[34])/;

/** The states a tariff text requires, read once per text (subheading texts are a fixed vocabulary). */
const tariffStatesOfText = memoByKey(tariffStates, 20_000);
const productStatesOfText = memoByText(productStates);

/** The longest name term that ends right where `head` starts, in its phrase ("turbine nozzle | castings"). */
function termJustBefore(nameMatches: readonly LexiconMatch[], head: LexiconMatch): LexiconMatch | undefined {
  return nameMatches.filter((m) => m.segment === head.segment && m.end === head.start).sort((a, b) => b.length - a.length)[0];
}

/** Class words a title may put after the name of a machine or apparatus ("… Massager Machine", "… Monitor Device"). */
const GENERIC_CLASS_HEAD = /^(?:machines?|devices?|apparatus|appliances?|units?|equipment)$/i;

/** Lexicon terms for a state of manufacture (rough castings, forgings, stampings, blanks), not for goods. */
const UNFINISHED_FORM = /^(?:(?:rough|die|investment|sand|metal|steel|iron)\s+)?(?:castings?|forgings?|stampings?|blanks?)$/i;

/** Hits read when picking a subheading of a heading by the product's own words. */
const SUBHEADING_SEARCH_LIMIT = 80;

/** The product's own words a subheading is picked by: the name and the material field. */
function subheadingQuery(attrs: ExtractedAttributes, input: ProductInput): string {
  return `${attrs.cleanName || input.productName} ${input.material ?? ""}`;
}

/** Weight of each further name term pointing to a heading already evidenced by the name. */
const REPEAT_DECAY = 0.5;

/** A phrase opening with one indefinite article (one article of goods). */
const ONE_ARTICLE = /^\s*(?:a|an)\s/i;

/** A size, rating, quantity or model code as written in a title: has a digit ("55W", "D2S", "2pcs", "XT30") or is a single letter. */
const SPEC_CODE = /^(?:\S*\d\S*|[a-z]\W*)$/i;

/**
 * Features named after the goods ("Headlamp Rechargeable LED", "Desk Lamp USB", "Bike Light Waterproof"): technologies
 * and marketplace adjectives that WordNet also knows as nouns (a "waterproof" is a fabric, a "wireless" a radio, a
 * "mini" a car); not a head noun.
 */
const TRAILING_FEATURE: ReadonlySet<string> = new Set([
  "led", "leds", "lcd", "oled", "usb", "rgb", "wifi", "wi-fi", "bluetooth", "hd", "uhd", "cob", "smd", "ir", "nfc",
  "waterproof", "portable", "wireless", "rechargeable", "cordless", "adjustable", "foldable", "dimmable", "automatic",
  "universal", "multifunction", "multifunctional", "professional", "mini", "smart", "digital", "electric",
  // where and how the goods are used or hung ("Bird Feeder Hanging", "Solar Lantern Outdoor"): no goods of their own
  "hanging", "outdoor", "outdoors", "indoor", "decorative", "handmade",
  // grip claims ("Door Mat Rubber Non Slip"): "slip" is no potter's clay
  "non-slip", "anti-slip", "nonslip", "antislip", "non-skid", "anti-skid",
]);

/** "Non Slip", "Anti Skid" written as two words: one grip claim. */
const NON_SLIP = /\b(non|anti)\s+(slip|skid)\b/gi;

/** Units written out as words after a number ("1 Meter", "25 Feet", "5 Gallon"): a measure, no head noun. */
const UNIT_WORD = /^(?:meters?|metres?|feet|foot|inch(?:es)?|yards?|centimet(?:er|re)s?|millimet(?:er|re)s?|kilograms?|grams?|pounds?|ounces?|gallons?|lit(?:er|re)s?|tons?|tonnes?|pieces?|pcs|count|pack|packs|pairs?|rolls?|sheets?|sets?)$/i;

/** Words for the look of the goods at the end of a title ("Silk Tie Paisley Pattern", "T-Shirt Graphic Print"): no head noun. */
const TRAILING_LOOK: ReadonlySet<string> = new Set(["pattern", "patterns", "print", "prints", "design", "designs", "style", "styles", "look", "effect", "shape"]);

/** Abbreviations of a dimension or thread standard after a size ("… Tube 1/2 inch OD", "… Valve 3/4 NPT", "… 2mm Thk"), and a count ("… Crutches Pair"). */
const TRAILING_SPEC: ReadonlySet<string> = new Set(["od", "id", "dia", "thk", "npt", "nptf", "bsp", "bspp", "bspt", "sch", "awg", "gauge", "ga", "pair", "pairs", "pcs"]);

/** A word after the goods that is no head noun: a code or rating, a feature, or a material ("… Stand Aluminum"). */
function trailingNonNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (SPEC_CODE.test(word) || TRAILING_FEATURE.has(w) || TRAILING_LOOK.has(w) || TRAILING_SPEC.has(w)) return true;
  const material = lookupMaterial(word);
  return material !== undefined && material !== "textile";
}

/**
 * Foods and plants whose names are also colour names in product titles ("orange", "peach", "olive", "salmon pink",
 * "chocolate brown"): after a product term of another kind they give its colour.
 */
const COLOUR_FOODS: ReadonlySet<string> = new Set([
  "orange", "peach", "lime", "olive", "cherry", "plum", "lemon", "chocolate", "coffee", "caramel", "cream", "salmon",
  "mint", "honey", "wine", "mustard", "lavender", "apricot", "raspberry", "strawberry", "banana", "avocado", "pistachio",
  "almond", "walnut", "chestnut", "hazelnut", "mango", "melon", "watermelon", "tangerine", "grape", "berry", "aubergine",
  "eggplant", "pumpkin", "carrot", "tomato", "cinnamon", "ginger", "saffron", "sage", "rose", "wheat", "oatmeal", "mocha",
]);

/** Colour names that are nothing else in a product title. */
const BASIC_COLOURS: ReadonlySet<string> = new Set(
  "black white red blue green yellow pink purple brown grey gray beige khaki navy ivory turquoise violet magenta cyan maroon burgundy teal multicolor multicolour".split(" "),
);

/** Weight of a colour word taken for goods after the goods it colours. */
const COLOUR_WEIGHT = 0.25;

/** A colour-named food after a product term outside the food chapters, in the same phrase (see COLOUR_FOODS). */
function colourAfterGoods(m: LexiconMatch, all: readonly LexiconMatch[]): boolean {
  const t = m.term.toLowerCase();
  if (![t, t.replace(/s$/, ""), t.replace(/es$/, ""), t.replace(/ies$/, "y")].some((w) => COLOUR_FOODS.has(w))) return false;
  if (!m.entries.every((e) => Number(e.heading.slice(0, 2)) <= 24)) return false;
  return all.some((o) => o !== m && o.segment === m.segment && o.end <= m.start && !isMaterialTerm(o) && o.entries.every((e) => Number(e.heading.slice(0, 2)) > 24));
}

/**
 * Participles of a process that a noun before them qualifies ("vacuum fried", "powder coated", "laser engraved"), and of
 * what works the goods ("coin operated", "battery powered", "belt driven").
 */
const PROCESS_PARTICIPLE = /^(?:fried|dried|insulated|operated|powered|driven|coated|plated|painted|printed|engraved|welded|treated|washed|polished|forged|moulded|molded|glazed|sealed|smoked|roasted|baked|cooked|frozen|blasted|galvani[sz]ed|dipped|rolled|pressed|stamped|sprayed|finished|packed|cured|sterili[sz]ed)$/;

/** Nouns after which the word before them names a kind or look of the goods before ("Shotgun Pump Action", "Tiles Wood Effect"; a
 * fastener's head form: "Tek Screws Hex Washer Head" are screws with a washer-faced head, not washers; "pH Meter Pen Type" is a
 * meter shaped like a pen). */
const FEATURE_NOUN = /^(?:action|effect|look|pattern|shape|style|head|type)$/;

/** A one-word term before a process participle or a feature noun, after other goods in its phrase (see PROCESS_PARTICIPLE, FEATURE_NOUN). */
function processModifierAfterGoods(m: LexiconMatch, all: readonly LexiconMatch[]): boolean {
  return m.length === 1 && !!m.next && (PROCESS_PARTICIPLE.test(m.next) || FEATURE_NOUN.test(m.next)) && afterOtherGoods(m, all);
}

/** Words for the kind of a screw thread ("Drywall Screws Coarse Thread", "Bolts M8 Fine Thread", "Threaded Rod Full Thread"). */
const THREAD_KIND = /^(?:coarse|fine|full|partial|half|metric|unc|unf|npt|bsp|double|single|left|right|self)$/;

/** "thread" after other goods, right after a word for the thread's kind, describes the goods' screw thread: no sewing thread. */
function threadFormAfterGoods(m: LexiconMatch, all: readonly LexiconMatch[]): boolean {
  return m.length === 1 && /^threads?$/.test(m.term) && !!m.prev && THREAD_KIND.test(m.prev.toLowerCase()) && afterOtherGoods(m, all);
}

/** Another product term (not a material; of the kind `kind` accepts, when given) comes before the match in its phrase. */
function afterOtherGoods(m: LexiconMatch, all: readonly LexiconMatch[], kind?: (o: LexiconMatch) => boolean): boolean {
  return all.some((o) => o !== m && o.segment === m.segment && o.end <= m.start && !isMaterialTerm(o) && (!kind || kind(o)));
}

/** Chapters of raw materials a preparation lists as ingredients: plants, gums, fats and waxes (and the waxes of 3404), minerals, chemicals. */
const INGREDIENT_CHAPTER = /^(?:12|13|15|25|28|29|3404)/;
/** Chapters of preparations named with their ingredients: pharmaceuticals, cosmetics and toiletries, soaps. */
const PREPARATION_CHAPTER = /^(?:30|33|34)/;

/**
 * "Lip Balm Beeswax", "Hand Cream Shea Butter", "Toothpaste Whitening Fluoride": a raw material named after a
 * cosmetic, toilet or pharmaceutical preparation in its phrase is an ingredient of it, not goods of its own.
 */
function ingredientAfterPreparation(m: LexiconMatch, all: readonly LexiconMatch[]): boolean {
  if (!m.entries.every((e) => INGREDIENT_CHAPTER.test(e.heading))) return false;
  return all.some((o) => o !== m && o.segment === m.segment && o.end <= m.start && o.entries.length > 0 && o.entries.every((e) => PREPARATION_CHAPTER.test(e.heading)));
}

/** "Suspenders … Clip On", "Earrings Clip On": a one-word term before "on", after other goods, says how they fasten. */
function fasteningAfterGoods(m: LexiconMatch, all: readonly LexiconMatch[], text: string): boolean {
  if (m.length !== 1 || !afterOtherGoods(m, all)) return false;
  const t = text.toLowerCase();
  const at = t.indexOf(`${m.term.toLowerCase()} on`);
  return at >= 0 && !/[a-z]/.test(t[at + m.term.length + 3] ?? "");
}

/** A capacity or rating as written in a title ("16gb", "512gb", "2tb", "5000mah", "12v", "1200w"). */
const CAPACITY = /^\d+(?:\.\d+)?(?:gb|tb|mb|mah|ah|wh|v|w|kw|hp|cc|l|ml|oz|lb|lbs|kg|g|mm|cm|m|in|inch|ft)$/;

/**
 * "Laptop 15.6 Inch … 16GB RAM", "Phone 256GB Storage": a one-word term right after a capacity, after other goods in its
 * phrase, names a component the capacity is of (a specification of the goods), not goods of its own.
 */
function specAfterGoods(m: LexiconMatch, all: readonly LexiconMatch[]): boolean {
  return m.length === 1 && !!m.prev && CAPACITY.test(m.prev) && afterOtherGoods(m, all);
}

/**
 * "Infrared Thermometer Gun", "Temperature Gun": a bare "gun" right after goods names their pistol-grip form; the goods
 * are the instrument (guns that are goods of their own — glue, heat, nail, spray, water, airsoft guns — are terms).
 */
function formAfterGoods(m: LexiconMatch, all: readonly LexiconMatch[]): boolean {
  return (m.key === "gun" || m.key === "guns") && all.some((o) => o !== m && o.segment === m.segment && o.end === m.start && !isMaterialTerm(o));
}

/** Forms medicaments and supplements are put up in (WordNet reads a "tablet" as a cake or a slab). */
const DOSAGE_FORM_WORD = /^(?:tablets?|capsules?|caplets?|softgels?|pills?|lozenges?|gummies|pastilles?)$/;

/** The parts of a vehicle accessories are mounted on ("… Phone Mount Dashboard Windshield …", "… Holder Air Vent"). */
const MOUNTING_PLACE = /^(?:windshields?|windscreens?|dashboards?|dash|air vents?|vents?)$/;
/** A vehicle named alone ("Car Windshield …"): the windshield after it is the vehicle's, the goods. */
const VEHICLE_WORD = /^(?:cars?|auto|autos|automotive|trucks?|vehicles?|suvs?|vans?|motorcycles?|motorbikes?|front|rear)$/;

/**
 * "Car Phone Mount Dashboard Windshield Suction Cup Holder": a vehicle part named after goods of another kind in its
 * phrase says where they are mounted; it is no goods of its own (a windshield of 8708.22 or 7007 is named before
 * or without other goods: "Car Windshield Glass").
 */
function mountingPlaceAfterGoods(m: LexiconMatch, all: readonly LexiconMatch[]): boolean {
  return MOUNTING_PLACE.test(m.term.toLowerCase()) && afterOtherGoods(m, all, (o) => !VEHICLE_WORD.test(o.term.toLowerCase()) && o.entries.every((e) => !/^(?:8703|8704|8711|7007)/.test(e.heading)));
}

/** "Hammock … Nylon Parachute …": parachute nylon after textile goods (chs. 60–63, bags, bedding, sports goods) is their fabric. */
function fabricNameAfterGoods(m: LexiconMatch, all: readonly LexiconMatch[]): boolean {
  return /^parachutes?$/.test(m.term.toLowerCase()) && afterOtherGoods(m, all, (o) => o.entries.some((e) => /^(?:6[0-3]|4202|9404|9506)/.test(e.heading)));
}

/** Heights of legwear and footwear ("knee high", "thigh highs", "over the knee"). */
const LEG_HEIGHT = /^(?:knee|thigh|calf|ankle)[ -]?highs?$|^over[ -]the[ -]knee$/;

/** "Rain Boots Knee High …": a height after footwear named before it says how high the footwear is; it names no hosiery. */
function heightAfterFootwear(m: LexiconMatch, all: readonly LexiconMatch[]): boolean {
  return LEG_HEIGHT.test(m.term.toLowerCase()) && all.some((o) => o !== m && o.segment === m.segment && o.end <= m.start && o.entries.some((e) => /^640[1-5]/.test(e.heading)));
}

/** Raw materials as lexicon terms: materials of the vocabulary, chemical elements (2804/2805), precious metals (7106–7112). */
function isMaterialTerm(m: LexiconMatch): boolean {
  // A material phrase ends in a material word ("stainless steel", "zinc alloy"; not "chain link"); a fabric is goods.
  const material = lookupMaterial(m.term);
  if (material !== undefined && material !== "textile" && lookupMaterial(m.term.split(/\s+/).pop()!) !== undefined) return true;
  return m.entries.every((e) => /^(?:280[45]|710[6-9]|711[0-2])$/.test(e.heading));
}

/**
 * Words that open a new phrase of a marketplace title when they follow a product noun: who the goods are for,
 * and adjectives of features and quality (an adjective stands before its noun, never after it, in English).
 * Technology words ("LED", "USB", "Wireless", "Smart") are left out: they modify a following noun as often
 * ("Cabinet LED Light", "Car Wireless Charger"); so are adjectives that change what the next noun is ("Wedding
 * Decoration Artificial Flowers", "Fake Plants" are no plants) or that a marketplace writes before a kind of goods
 * ("Waterproof" jackets, cases, covers).
 */
const AUDIENCE_OR_FEATURE: ReadonlySet<string> = new Set([
  "men", "mens", "men's", "women", "womens", "women's", "kids", "kid's", "boys", "girls", "adult", "adults", "unisex",
  "toddler", "toddlers", "adjustable", "portable", "water-resistant", "foldable", "rechargeable",
  "cordless", "dimmable", "non-slip", "anti-slip", "lightweight", "universal", "professional", "upgraded", "premium",
  "durable", "reusable", "washable", "breathable", "reflective", "ergonomic", "heavy-duty", "non", "anti", "no",
  // "Kitchen Sink Single Bowl", "Bed Frame Double": a count of a feature after the goods.
  "single", "double", "triple", "dual", "twin",
  // "Alarm Clock LED Display", "Speaker Bluetooth 5.0": a technology named after the goods is a feature of theirs.
  "led", "lcd", "usb", "bluetooth", "wireless", "wifi", "wi-fi",
]);

/** Words for how the goods named before them are put up ("… Set", "… Kit", "… Pack"): they name no other goods. */
const PRESENTATION = /\b(?:set|sets|kit|kits|pack|packs|bundle|combo|collection|assortment)\s*$/i;

/** A word of a title that opens a new phrase after a product noun: a size, count or rating ("12", "2L", "500ml", "8oz"), a material, or see above. */
function titleBreak(word: string): boolean {
  const w = word.toLowerCase().replace(/[^a-z0-9'.-]/g, "");
  if (/\d/.test(w) || AUDIENCE_OR_FEATURE.has(w)) return true;
  // A material named after the goods ("Garlic Press Stainless Steel Mincer", "Dish Rack Bamboo Drainer") says what
  // they are made of and opens the next phrase; a fabric word ("Canvas", "Mesh") may name goods and does not.
  return materialWord(w);
}

/** A material word (not a fabric word, which may name goods): "Stainless", "Bamboo", "Sponge". */
function materialWord(word: string): boolean {
  const w = word.toLowerCase().replace(/[^a-z0-9'.-]/g, "");
  if (/\d/.test(w) || AUDIENCE_OR_FEATURE.has(w)) return false;
  const material = /^[a-z]{3,}$/.test(w) ? lookupMaterial(w) : undefined;
  return material !== undefined && material !== "textile";
}

/** A subheading whose measure the goods meet is preferred among retrieval matches within this share of the best. */
const MEASURE_MATCH_SHARE = 0.9;

/** Score factor for a candidate subheading whose measure the goods' stated measure is outside (GRI 6). */
const QUANTITY_MISFIT_FACTOR = 0.5;

/** Words from the start of a title within which its goods are named. */
const HEAD_WINDOW = 6;

/** A ruling's subject clause before the goods: "The article is", "The submitted sample is", "The merchandise consists of". */
const LEADING_SUBJECT = /^\s*(?:the|this|these)\s+(?:submitted\s+|imported\s+|subject\s+)?(?:samples?|articles?|items?|products?|merchandise|goods|garments?|devices?|units?)\s+(?:is|are|consists?\s+of|comprises?|under consideration is)\s+(?=(?:an?|one|two|three|four|five|six|\d+)\s|(?!(?:an?|the|made|used|designed|composed|constructed|intended|described|imported|sold|not|being|also|classified|said|shown|presented|packed|put)\b)[a-z])/i;

/** A title opening with what the goods fit. */
const LEADING_FIT = /^\s*(?:(?:new|original|genuine|replacement|oem)\s+)*(?:for|fits?|fit for|compatible with|suitable for)\s+/i;

/** A count of containers before "of" ("12 tubes of", "six bottles of"): what they hold are the goods (a count is needed: "tubes of steel" are tubes). */
const COUNTED_CONTAINERS = /^\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|several)\s+(?:tubes?|bottles?|jars?|cans?|tins?|sachets?|packets?|tubs?|vials?|pots?|ampoules?|cartridges?|pouches)\s+of\s+/i;
/** A quantity before the goods: "a pair of", "a set of", "two boxes of", "a variety of". */
const LEADING_QUANTITY = /^\s*(?:(?:a|an|one|two|three|four|five|six|several|\d+)\s+)?(?:pairs?|sets?|kits?|packs?|boxe?s?|bags?|strings?|variety|varieties|assortments?|range|series|collections?|couple|rolls?|sheets?|pieces?|pcs|units?|cartons?|bundles?|lots?|types?|kinds?)\s+of\s+/i;

/** Words that start a qualifier after the head noun of a product phrase. */
const QUALIFIER = new RegExp(String.raw`\b(?:of|for|from|used|made|with|without|${IN_MEDIUM}|composed|consisting|featuring|designed|intended|containing|having|which|that|in the form of|suitable|including|includes|comprising|installed (?:in|on)|mounted (?:in|on)|fitted (?:in|on|to)|fuell?ed by|(?:powered|operated|driven) by|based on|(?:put up|packed|packaged|presented|supplied) (?:in|as|for|on)|imported|(?:sold )?by the (?:yard|yards|metre|meter|metres|meters|roll|foot|feet|piece|bolt|pound))\b`, "i");

/** Most retrieval evidence one candidate can carry (one strong name match plus category and description). */
const RETRIEVAL_CAP = 1.5;
