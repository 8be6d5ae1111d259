/**
 * Reads a national line's text once into what it requires of the goods: the residual "Other", gender and age,
 * material ("Of cotton", "Containing 70 percent or more by weight of silk", "coated with plastics"), knit or not,
 * quantity thresholds, the article(s) it names ("Tank tops and other singlets": alternatives, each with its head
 * noun), its use clauses ("for use in hospitals", "of a kind used in motor vehicles"), feature clauses ("having",
 * "with", "T-shirts, all white, …"), negations ("not of pile", "without pockets", "except …") and the implied
 * features of {@link IMPLIED}. Parsed lines are memoized by text (the same texts recur across the schedule and every
 * classification walks several subtrees). Pure.
 */
import { tokenize } from "@openhs/shared";
import { materialSpecOf, type MaterialSpec } from "../gri/materials.js";
import { IMPLIED, type ImpliedRule, useTagsIn } from "./features.js";
import { canon, joinLocants } from "./product.js";
import { quantityConditions, type QuantityCondition } from "./thresholds.js";

export type Sex = "men" | "boys" | "women" | "girls" | "babies";

/** A word of a line with its weight: generic words ("apparatus", "articles", "machines") count less. */
export interface Word {
  t: string;
  g: number;
}

export interface Alternative {
  words: Word[];
  /** Last content word: the noun the alternative names. */
  head: string;
  /** Use clauses of its segment ("for use in hospitals"). */
  uses: Word[][];
  /** Feature clauses of its segment; the first is the one it turns on. */
  features: Word[][];
}

export interface ParsedLine {
  clean: string;
  lower: string;
  residual: boolean;
  /**
   * Residual in effect: "Of other materials", "Other parts", "Other apparatus" — taken, like "Other", when no
   * sibling matches.
   */
  residualLike: boolean;
  /** "article": the line names goods; "condition": it only states conditions ("Of cotton", "Valued over $3"). */
  kind: "article" | "condition";
  sexes?: Set<Sex>;
  age?: "baby" | "child";
  material?: MaterialSpec;
  /**
   * "goods": what the goods are of (predominant material); "contains": coated / combined / trimmed with it;
   * "textile": the fibre predominating in the goods' textile components.
   */
  materialMode: "goods" | "contains" | "textile";
  knit?: "knit" | "notknit";
  quantities: QuantityCondition[];
  articles: Alternative[];
  /** "(including gloves, mittens and mitts)": goods the line expressly covers besides its article. */
  included: Alternative[];
  /** Feature clauses; the first is the one the line turns on. */
  features: Word[][];
  /** Use clauses' words. */
  uses: Word[][];
  /** Use clauses split at "and" / "or" / "," ("the dining room and the living room"). */
  useParts: Word[][];
  useTags: string[];
  /** What the goods must not be or have: each entry a phrase ("sweater vests"), its first word the telling one. */
  negatives: Word[][];
  /** Content words of a condition line ("Handheld", "Hydraulic valves", "Subject to cotton restraints"). */
  conditionWords: Word[];
  /** The alternatives of a short condition line ("Of rye or barley": rye | barley). */
  conditionParts: Word[][];
  implied: ImpliedRule[];
  /** "Parts", "Parts of …", "Parts and accessories": the line is for parts. */
  parts: boolean;
  /** "Sets", "… sets": the line is for sets. */
  sets: boolean;
}

/** Description without textile category numbers ("Men's (338)") and the trailing colon. */
export function cleanDescription(description: string): string {
  return description
    .replace(/\|/g, " ")
    .replace(/\((?:\d{3}(?:\/\d{3})*)\)/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[:.]\s*$/, "")
    .trim();
}

/**
 * "Other", "Other:", "Others" — the residual line of a level; also "Other, including parts" / "Other (including
 * parts and accessories)", where the "including" clause only spells out what the residual covers, and "For other
 * persons".
 */
export function isResidualLine(description: string): boolean {
  const d = cleanDescription(description);
  return /^others?(?:\s*(?:,\s*|\(\s*)including\b[^()]*\)?)?$/i.test(d) || /^(?:for )?other persons$/i.test(d);
}

function gendersIn(d: string): Set<Sex> | undefined {
  const s = new Set<Sex>();
  if (/\bmen'?s\b|\bfor men\b|\bmen\b/.test(d)) s.add("men");
  if (/\bboys'?\b|\byouths'?\b/.test(d)) s.add("boys");
  if (/\bwomen'?s\b|\bfor women\b|\bwomen\b/.test(d)) s.add("women");
  if (/\bgirls'?\b/.test(d)) s.add("girls");
  if (/\binfants'?\b|\bbabies'?\b/.test(d) && s.size > 0) s.add("babies");
  return s.size > 0 ? s : undefined;
}

/** Lines for infants / babies or for children ("Chairs for children", "For infants"): an age condition. */
function ageIn(d: string): "baby" | "child" | undefined {
  // "Children's products as defined in 15 U.S.C. § 2052" is a legal class (a feature of the goods, see IMPLIED), not
  // an age stated of them: toys are children's products unless sold for grown-ups.
  if (/\binfants'?\b|\bbabies'?\b|\bbaby\b|\btoddlers?\b/.test(d)) return "baby";
  if (/\b(?:children'?s?|child|kids?)\b/.test(d)) return "child";
  return undefined;
}

/** Words that are dimensions of their own (gender, material, value, construction) or boilerplate. */
const NOT_CONTENT = new Set(
  tokenize(
    "men women boys girls infants babies baby children child youths toddlers kids persons person size sizes " +
      "cotton wool fine animal hair silk waste synthetic artificial man made manmade fibers fibres fiber textile textiles materials material " +
      "leather composition plastics plastic rubber metal base precious vegetable outer surface containing percent weight by more less " +
      "valued value cents cent dozen pieces piece pairs pair kg meter weighing over under exceeding exceed not " +
      "knitted crocheted woven crochet knit " +
      "similar articles article like kind kinds goods thereof including whether foregoing described statistical note notes chapter subheading subheadings heading headings reporting number numbers " +
      "suitable provided manufacture produced specific additional us u.s general schedule tariff entered pursuant provisions imported " +
      "other others type types principally solely mainly chiefly wholly partly otherwise elsewhere specified included excluded " +
      "steel iron stainless alloy alloys aluminum aluminium copper zinc brass bronze nickel gold silver platinum wood wooden glass paper paperboard " +
      "polyester nylon acrylic polyamide polyamides polyesters polyethylene polypropylene polyvinyl pvc",
  ),
);

/** Words the schedule uses for many kinds of goods: evidence, but weak. */
const GENERIC = new Set(
  tokenize(
    "apparatus appliance appliances instrument instruments machine machines machinery device devices equipment unit units " +
      "accessories accessory item items product products assembly assemblies component components tool tools " +
      "measuring checking testing use used using operated type style kind set sets " +
      "new hand garment garments apparel clothing",
  ).map(canon),
);

/** Generic nouns that, set before a specific noun, name a kind of it ("Machine screws", "Tool bags"). */
const KIND_NOUNS = new Set(tokenize("machine instrument apparatus appliance device equipment tool garment apparel clothing").map(canon));

/** Words that open a clause ("having", "designed", "incorporating"): not conditions themselves. */
const CLAUSE_WORDS = new Set(tokenize("having have designed design incorporating fitted equipped combined intended capable able whose presented put up").map(canon));

/** Words that name a use, not goods ("Other household", "Industrial"). */
const USE_ONLY_WORDS = new Set(tokenize("household domestic kitchen medical surgical industrial agricultural horticultural office commercial").map(canon));

/** Clause starts after the article ("X for …", "X with …", "X of a kind used …", "X, valued …"). */
const QUALIFIER =
  /\b(?:for|of a kind|designed|used|suitable|intended|with|having|containing|valued|weighing|measuring(?=\s+(?:\d|not|over|under|less|more|at))|produced|imported|entered|put up|presented|incorporating|fitted|equipped|combined|each|whose|which|that|where|when|if|other than|capable|able|presented|in (?:rolls|sheets|coils|containers|bulk|the form|strips|lengths|pieces|immediate|packages|airtight))\b/;
const USE_KW = /^(?:for|of a kind|designed|used|suitable|intended|capable|able)$/;
/** A line opening with one of these states conditions only. */
const CONDITION_START =
  /^(?:of|for|with|having|containing|valued|weighing|designed|incorporating|made|not|other than|in|suitable|used|subject to|to be (?:installed|used|fitted|mounted)|imported|entered|described|if|whether|except|excluding|without|put up|presented|wholly|mainly|solely|specially|especially|principally|chiefly|exclusively|primarily|composed|consisting|fitted|equipped|combined|mixed|certified|capable|operated|powered|electrically|under|over|exceeding|not exceeding|less|more|at least|each|the foregoing)\b/;
/**
 * A participle or adjective opening a line states a condition when a clause, a conjunction or a figure follows it
 * ("Modified for use as …", "Graded and temporarily strung …", "Measuring 3 cm or more", "Dried") and modifies
 * the article otherwise ("Printed circuit assemblies", "Measuring rods and tapes").
 */
const ADJECTIVE_START =
  /^(?:[a-z]{4,}ed|dyed|cut|rough|worked|unworked|uncut|sawn|split|fresh|frozen|raw|crude|refined|whole|broken|powdered|ground|liquid|solid|measuring)(?:$|[,;:]|\s+(?:by|for|with|in|on|at|to|but|and|or|not|of|from|over|under|less|more|exceeding|\d))/;
/** Negative clauses (not "not over $3": those are thresholds). */
const NEGATIVE =
  /\b(?:not(?!\s+(?:over|more|exceeding|less|under|elsewhere|exceed|below|above|including|otherwise))|without|other than|excluding|except)\b[^,;:()]*(?:,\s*[^,;:()]{1,20}\s(?:or|and)\s[^,;:()]*)?/g;

/** A figure with its unit of measure, its operator and the dimension it measures ("3.2 mm or more in diameter"). */
const QUANTITY_PHRASE = new RegExp(
  `(?:\\b(?:not over|not more than|not exceeding|not less than|not under|less than|more than|over|under|exceeding|at least|below|above|up to|greater than)\\s+)?` +
    `(?<![a-z0-9.,])\\d+(?:[.,]\\d+)*\\s?(?:g\\s?\\/\\s?m[2²]|kg\\s?\\/\\s?m[2²]|mm|cm3|cm|m|kg|g|kw|w|kv|v|cc|liters?|litres?|l|ml|microns?|decitex|dtex)(?![a-z0-9])` +
    `(?:\\s+(?:or more|and over|or over|or greater|and above|or less|and under|or under)\\b)?` +
    `(?:\\s+in\\s+(?:length|width|diameter|thickness|height)\\b)?`,
  "g",
);

function words(text: string): Word[] {
  const out: Word[] = [];
  // "parts" is a stop word of the search tokenizer but names goods here.
  if (/\bparts?\b/.test(text)) out.push({ t: "part", g: 0.3 });
  const toks = tokenize(text);
  for (let i = 0; i < toks.length; i++) {
    const raw = toks[i]!;
    // "shock-absorbers" gives "shockabsorb", "shock", "absorb": the parts are enough.
    if (i + 2 < toks.length && raw === toks[i + 1]! + toks[i + 2]!) continue;
    if (NOT_CONTENT.has(raw) || /^[0-9%]/.test(raw)) continue;
    const t = canon(raw);
    if (out.some((w) => w.t === t)) continue;
    out.push({ t, g: GENERIC.has(t) ? 0.3 : 1 });
  }
  return out;
}

function alternativesOf(text: string): Alternative[] {
  const out: Alternative[] = [];
  for (const part of text.split(/,|;|\band\b|\bor\b|\band\/or\b/)) {
    let w = words(part);
    // "Set screws", "Set squares": "set" modifying the noun after it names a kind, it is no generic word there.
    if (/\bset\s+(?!of\b|in\b|for\b|up\b|or\b|and\b)[a-z]/.test(part)) w = w.map((x) => (x.t === canon("set") && x !== w[w.length - 1] ? { t: x.t, g: 1 } : x));
    // "Machine screws", "Garment bags": a generic noun just before a specific head noun names a kind of it (a
    // machine screw is not any screw), so the goods must say it too.
    const [mod, last] = [w[w.length - 2], w[w.length - 1]];
    if (mod && last && mod.g < 1 && last.g === 1 && KIND_NOUNS.has(mod.t)) w = w.map((x) => (x === mod ? { t: x.t, g: 1 } : x));
    // "… and similar apparel", "… and like articles": goods like the ones listed, not a name of their own; but
    // "postage, revenue and similar stamps" names stamps.
    if (/^\s*(?:other )?(?:similar|like)\b/.test(part) && w.every((x) => x.g < 1)) continue;
    if (w.length === 0) continue;
    out.push({ words: w, head: w[w.length - 1]!.t, uses: [], features: [] });
  }
  return out;
}

/** A comma / "and" / "or" list of short names ("Plates, cups, saucers … and platters"), not "T-shirts, all white, …". */
function isNounList(parts: string[]): boolean {
  return parts.length > 1 && parts.every((p) => p.split(/\s+/).filter(Boolean).length <= 4 && !/\b(?:all|not|without|having|with|of a|valued|weighing|containing)\b/.test(p));
}

const cache = new Map<string, ParsedLine>();

export function parseLine(description: string): ParsedLine {
  const hit = cache.get(description);
  if (hit) return hit;
  const p = parse(description);
  if (cache.size > 60_000) cache.clear();
  cache.set(description, p);
  return p;
}

function parse(description: string): ParsedLine {
  const clean = cleanDescription(description);
  const lower = clean.toLowerCase();
  const p: ParsedLine = {
    clean, lower, residual: isResidualLine(clean), residualLike: false, kind: "condition", materialMode: "goods", quantities: [], articles: [], included: [],
    features: [], uses: [], useParts: [], useTags: [], negatives: [], conditionWords: [], conditionParts: [], implied: [], parts: false, sets: false,
  };
  if (p.residual) return p;
  p.sexes = gendersIn(lower);
  p.age = ageIn(lower);

  // Material: "such as …" lists are examples, not what the goods must be of; "coated / covered / laminated /
  // combined / trimmed / lined with X" and "containing X" (no share) say the goods contain X, not that they are of it.
  // "… except footwear having a foxing … of rubber or plastics": the material of a part the excluded goods have, not a
  // material the goods must not be of (the clause stays a negative, below).
  const forMaterial = lower
    .replace(/\bsuch as\b[^;:()]*/g, " ")
    // "Paper clips", "paper knives", "paper cutters": what they hold or cut, not what they are made of.
    .replace(/\bpaper (?=clips?\b|knives\b|cutters?\b)/g, " ")
    // "Containing 5 percent or more by weight of elastomeric yarn or rubber thread": a yarn in the fabric (an implied
    // feature), not rubber goods.
    .replace(/\b(?:containing )?(?:by weight )?\d+ percent or more (?:by weight )?(?:of )?elastomeric yarn or rubber thread\b/g, " ")
    .replace(/\b(?:except|excluding|other than)\s+(?:[a-z-]+\s+){0,3}?(?:having|with)\b[^;:()]*/g, " ");
  const spec = materialSpecOf(forMaterial);
  if (spec && (spec.includes.length > 0 || spec.excludes.length > 0 || spec.residual)) {
    p.material = spec;
    // "of stainless steel" names stainless steel only (the reader also finds "steel" in it).
    if (spec.includes.includes("stainless_steel")) spec.includes = spec.includes.filter((c) => c !== "iron_steel");
    if (/\btextile components? in which\b|\bin which [a-z -]+ predominates? by weight over any other (?:single )?textile\b/.test(forMaterial)) p.materialMode = "textile";
    else if (
      /\b(?:coated|covered|laminated|impregnated|combined|trimmed|lined|reinforced|mixed|faced|backed|embedded|incorporating)\b[^;:]*\b(?:with|of|by)\b/.test(forMaterial) ||
      (/\bcontaining\b/.test(forMaterial) && spec.minPercent === undefined && spec.maxPercent === undefined)
    ) {
      p.materialMode = "contains";
    }
  }
  const knit = /\bknit(?:ted)?\b|\bcrocheted\b/.test(lower) && !/\bnot knit|other than knit|\bknit to shape\b/.test(lower);
  const notKnit = /\bnot knit|other than knit|\bwoven\b/.test(lower);
  if (knit) p.knit = "knit";
  else if (notKnit) p.knit = "notknit";
  p.quantities = quantityConditions(clean);
  p.useTags = useTagsIn(lower);
  p.implied = IMPLIED.filter((r) => r.line.test(lower));
  p.parts = /^parts?\b|^(?:other )?parts and accessories\b/.test(lower) && !/\bparts? of (?:sets|play ?suits)\b/.test(lower.slice(0, 40));
  p.sets = /^sets\b|\bsets of\b|^(?:other )?sets$|\bput up in sets\b/.test(lower) && !/imported as parts of sets/.test(lower);

  // Boilerplate that states no condition on the goods.
  let text = joinLocants(lower)
    // "(not including cap screws)": what the line excludes, not goods it covers.
    .replace(/\bnot including\b/g, "excluding")
    .replace(/\bwhether or not [^,;:()]*/g, " ")
    .replace(/\b(?:all )?the foregoing\b[^,;:()]*/g, " ")
    .replace(/\bnot elsewhere specified or included\b|\bn\.e\.s\.?i?\b|\bn\.e\.c\.?\b/g, " ")
    .replace(/\bexcluded from heading \d{4}\b/g, " ")
    // "Bolts and bolts and their nuts or washers entered or exported in the same shipment": how accompanying goods
    // are entered, not a feature the goods must have (bolts alone are that line's too).
    .replace(/\b(?:entered|imported)(?: or exported)? in the same shipment\b/g, " ")
    // "for goods of subheading 8443.31": goods the words do not name; kept as a word no goods' text has.
    .replace(/\b(?:of|in) (?:sub)?headings? [\d., ]+(?:or [\d.]+)?/g, " xrefx ")
    // ("Extension cords as defined in statistical note 7 to this chapter": the note says what the goods are, the
    // words of the reference are none of theirs)
    .replace(/\b(?:as )?(?:defined|described|specified|provided for) in (?:additional u\.s\. |statistical )?notes? \d+[^,;:()]*/g, " ")
    .replace(/\bsuch as\b[^;:()]*/g, " ")
    // "Of sheeting of plastics": a material (read above), not "sheets" the goods would be.
    .replace(/\bsheeting\b/g, " ")
    // "Kitchen ware", "table ware": the words the goods' texts write as one ("kitchenware", "tableware").
    .replace(/\b(kitchen|table|cook(?:ing)?) ware\b/g, (_m, w: string) => `${w === "cooking" ? "cook" : w}ware`)
    // "Bib and brace overalls": one garment (overalls with a bib and braces), not bibs or braces.
    .replace(/\bbib and brace\b/g, "bib brace")
    // "Machine screws 9.5 mm or more in length and 3.2 mm or more in diameter": a figure and its unit are a
    // quantity condition (read into `quantities`), not words naming the goods ("mm", "length").
    .replace(QUANTITY_PHRASE, " ");
  // "(including …)": goods the line expressly covers; ", including sets" only extends the article named before it.
  text = text.replace(/(\S)\s*,?\s*\(?\bincluding\b([^;:)]*)\)?/g, (_m, before: string, inner: string) => {
    // "(including torque meter wrenches but excluding tap wrenches)": the exclusion stays a negative clause.
    const [covered, excluded] = inner.split(/\b(?:but )?excluding\b/, 2) as [string, string | undefined];
    const alts = alternativesOf(covered).filter((a) => !(a.words.length === 1 && (a.head === "set" || a.head === "part")));
    p.included.push(...alts);
    return excluded !== undefined ? `${before} excluding ${excluded} ` : `${before} `;
  });
  for (const m of text.matchAll(NEGATIVE)) {
    // "without pockets, trim or embroidery": any of them; "other than sweater vests": the phrase.
    const body = m[0].replace(/^\s*(?:not|without|other than|excluding|except)\b/, "");
    const parts = body.split(/,|\bor\b|\band\b/).map((x) => x.trim()).filter(Boolean);
    if (parts.every((x) => x.split(/\s+/).length <= 3)) {
      for (const part of parts) {
        const w = words(part).filter((x) => x.g === 1);
        if (w.length > 0) p.negatives.push(w);
      }
    } else {
      // "except footwear having a foxing or a foxing-like band applied or molded at the sole": one phrase.
      const w = words(body).filter((x) => x.g === 1);
      if (w.length > 0) p.negatives.push(w);
    }
  }
  text = text.replace(NEGATIVE, " ").replace(/\s+/g, " ").trim();

  // Each ";" segment names its own goods with its own clauses ("Power supplies for … ; power supplies for …").
  const starts = CONDITION_START.test(lower) || ADJECTIVE_START.test(lower);
  text.split(";").forEach((segment, si) => {
    const seg = segment.trim();
    if (!seg) return;
    const conditionOnly = si === 0 ? starts : CONDITION_START.test(seg) || ADJECTIVE_START.test(seg);
    // Article part: before the first qualifier; a segment opening with a qualifier only states conditions.
    const q = seg.search(QUALIFIER);
    const head = conditionOnly ? "" : q < 0 ? seg : seg.slice(0, q);
    const rest = conditionOnly ? seg : q < 0 ? "" : seg.slice(q);
    const uses: Word[][] = [];
    const features: Word[][] = [];
    const clauseRe = new RegExp(QUALIFIER.source, "g");
    const marks = [...rest.matchAll(clauseRe)].map((m) => ({ kw: m[0], at: m.index! }));
    marks.forEach((m, i) => {
      const body = rest.slice(m.at + m.kw.length, i + 1 < marks.length ? marks[i + 1]!.at : undefined);
      const w = words(body);
      if (w.length === 0) return;
      if (USE_KW.test(m.kw)) {
        uses.push(w);
        for (const part of body.split(/,|\band\b|\bor\b/)) if (words(part).length >= 2) p.useParts.push(words(part));
      }
      // "containing 70 percent … of silk" is a material (read above); "containing flame retardant" a feature.
      else if (
        !/^(?:valued|weighing|measuring|each|containing)$/.test(m.kw) ||
        (m.kw === "containing" && (p.materialMode === "contains" || (!/\bpercent\b/.test(body) && !materialSpecOf(body)?.includes.length)))
      ) {
        features.push(w);
      }
    });
    let alts: Alternative[] = [];
    // "Parts and accessories of printers", "Parts of gearing …": parts, for the goods named after "of".
    const partsOf = head.trim().match(/^(?:other )?(?:parts?|accessories|components?)(?: and accessories| or accessories| and components)?(?: thereof)?\s+(?:of|for)\s+(.+)$/);
    if (partsOf) {
      const of = words(partsOf[1]!).filter((w) => w.t !== "part");
      alts = [{ words: [{ t: "part", g: 0.3 }, ...of], head: "part", uses, features }];
    } else if (head.trim()) {
      const parts = head.split(",").map((x) => x.trim()).filter(Boolean);
      const subparts = head.split(/,|\band\b|\bor\b/).map((x) => x.trim()).filter(Boolean);
      if (isNounList(subparts) || parts.length <= 1) alts = alternativesOf(head);
      else {
        // "T-shirts, all white, short hemmed sleeves, …": the article, then the features it must have.
        alts = alternativesOf(parts[0]!);
        features.unshift(...parts.slice(1).map(words).filter((w) => w.length > 0));
      }
    }
    for (const a of alts) {
      a.uses = uses;
      a.features = features;
    }
    p.articles.push(...alts);
    p.uses.push(...uses);
    p.features.push(...features);
  });
  // "Products with textile components in which …", "Articles of a kind …": a generic word and conditions.
  const generic = p.articles.every((a) => a.words.every((w) => w.g < 1) && a.head !== "part");
  const conditioned = p.features.length > 0 || p.uses.length > 0 || !!p.material || p.quantities.length > 0 || p.implied.length > 0;
  // "Other household", "Industrial": the goods' use, not an article.
  const useOnly = p.articles.length > 0 && p.articles.every((a) => a.words.every((w) => USE_ONLY_WORDS.has(w.t)));
  // "Seamless", "Disposable", "Hand operated": a short line that is one of the implied features.
  const featureOnly = p.implied.length > 0 && clean.split(/\s+/).length <= 3;
  if (p.articles.length > 0 && !useOnly && !featureOnly && !(generic && conditioned && !/^others?\b/.test(lower))) p.kind = "article";
  else {
    p.articles = [];
    p.conditionWords = words(text).filter((w) => !CLAUSE_WORDS.has(w.t));
    // A short condition naming alternatives ("Of rye or barley", "For windows and French windows").
    if (p.conditionWords.length <= 4 && !/\d/.test(text)) {
      const parts = text.split(/,|\bor\b|\band\b/).map((part) => words(part).filter((x) => !CLAUSE_WORDS.has(x.t))).filter((w) => w.length > 0);
      // "Incorporating optical disc players or recorders": a bare noun after a qualified one shares its qualifier
      // (optical disc recorders), so any recorder is not enough.
      const first = parts[0];
      const shared = first && first.length >= 2 && first.length <= 3 && parts.length > 1 && parts.slice(1).every((w) => w.length === 1) ? first.slice(0, -1) : [];
      for (const [i, part] of parts.entries()) {
        const w = i > 0 && shared.length > 0 && !shared.some((x) => x.t === part[0]!.t) ? [...shared, ...part] : part;
        if (w.length < p.conditionWords.length) p.conditionParts.push(w);
      }
    }
  }
  if (/^others?\b/.test(lower) && p.articles.every((a) => a.words.every((w) => w.g < 1)) && p.conditionWords.every((w) => w.g < 1)) p.residualLike = true;
  // "Not napped", "Not in part of braid", "Not clad": only what the goods must not have — the complement of the
  // sibling that has it, so it holds, as "Other" does, when the goods are not said to have it.
  if (
    /^(?:not|without|other than)\b/.test(lower) && p.negatives.length > 0 && p.articles.length === 0 && p.conditionWords.length === 0 &&
    !p.material && !p.knit && p.quantities.length === 0 && !p.sexes && !p.age && p.implied.length === 0 && p.uses.length === 0
  ) {
    p.residualLike = true;
  }
  // "Of other materials", "Of other textile materials": the material residual.
  if (p.material?.residual && p.material.includes.every((c) => c === "textile" || c === "metal") && /^(?:other,? )?of other\b/.test(lower)) p.residualLike = true;
  return p;
}
