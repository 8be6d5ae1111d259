/**
 * The goods as the national line choice reads them: their words weighted by where they stand (the name's own words
 * count most; words of a "for …" / "used in …" clause name a use, not the goods; words after "not" / "without" are
 * negated), plus measures the national lines need that the extractors do not give. Built once per attributes
 * object. Pure.
 */
import { RecentMap, readTokens, RequestMap, tokenize } from "@openhs/shared";
import type { ExtractedAttributes } from "../types.js";

/** Word stems that mean the same in line texts and product texts. */
const CANONICAL: Record<string, string> = {
  electron: "electr",
  jewelleri: "jewelri",
  machineri: "machin",
  tee: "tshirt",
  colour: "color",
  aluminium: "aluminum",
  fibr: "fiber",
  centr: "center",
  mould: "mold",
  grey: "gray",
  tyre: "tire",
  copier: "copi",
  photocopi: "copi",
  // "hex head", "hex nut": the trade's short form of the schedules' "hexagonal".
  hex: "hexagon",
};

export function canon(token: string): string {
  return CANONICAL[token] ?? token;
}

/** Trade names → the words the schedules use ("jeans" are denim trousers, "hoodie" a sweatshirt). */
const SYNONYMS: Array<[string, string]> = [
  // Not "pullover"/"cardigan" → sweater nor "tank top" → singlet: the US statistical notes define those narrowly.
  ["pants", "trousers"], ["jeans", "trousers denim"], ["slacks", "trousers"], ["chinos", "trousers"], ["leggings", "trousers"],
  ["sneakers", "shoes"], ["trainers", "shoes training"], ["loafers", "shoes"], ["purse", "handbag"],
  ["hoodie", "sweatshirt"], ["hoodies", "sweatshirt"], ["earrings", "jewelry"], ["necklace", "jewelry"],
  ["bracelet", "jewelry"], ["cellphone", "telephone"], ["smartphone", "telephone"],
  ["raincoat", "coat"], ["raincoats", "coat"], ["rainwear", "coat"], ["overcoat", "coat"], ["topcoat", "coat"],
  // Overalls, dungarees and shortalls are trousers or shorts with a bib and shoulder straps (braces).
  ["overalls", "bib brace"], ["dungarees", "bib brace overalls"], ["shortalls", "bib brace overalls"],
  ["romper", "playsuit"], ["onesie", "playsuit"], ["bodysuit", "playsuit"],
  ["patch", "badge motif"], ["patches", "badge motif"], ["applique", "motif"],
  ["backpack", "bag"], ["tote", "bag"], ["pouch", "bag"],
  ["tshirt", "upper body garment"], ["blouse", "upper body garment"], ["camisole", "upper body garment"], ["tunic", "upper body garment"],
  // A dust collector is the schedules' "dust collection" equipment (8421.39).
  ["collector", "collection"], ["collectors", "collection"],
  // Gasoline (petrol) engines are the schedules' spark-ignition engines, diesel engines compression-ignition ones
  // (8407 / 8408; 8409.91 / .99, 8483.10.10).
  ["gasoline", "spark ignition internal combustion piston"], ["petrol", "spark ignition internal combustion piston"],
  ["diesel", "compression ignition"],
  // A router is the schedules' "routing apparatus" (8517.62).
  ["router", "routing apparatus"], ["routers", "routing apparatus"],
  // Isopropyl alcohol (isopropanol) is propan-2-ol (2905.12).
  ["isopropyl", "propan2ol"], ["isopropanol", "propan2ol"],
  ["pcb", "printed circuit"], ["pcba", "printed circuit assembly"],
  ["cnc", "numerically controlled"],
  // Espresso and coffee machines are coffee makers.
  ["espresso", "coffee maker"], ["coffeemaker", "coffee maker"],
  ["antitheft", "burglar"], ["theft", "burglar"],
  // Tableware and kitchenware as the schedules group them.
  ["plate", "tableware"], ["plates", "tableware"], ["cup", "tableware"], ["cups", "tableware"], ["mug", "tableware"],
  ["mugs", "tableware"], ["bowl", "tableware"], ["bowls", "tableware"], ["saucer", "tableware"], ["saucers", "tableware"],
  ["dish", "tableware"], ["dishes", "tableware"], ["teapot", "tableware"], ["jug", "tableware"], ["platter", "tableware"],
  ["tumbler", "tableware"], ["dinnerware", "tableware"], ["cutlery", "tableware"],
  // Pots and pans are cookware, which is kitchenware.
  ["saucepan", "kitchenware cookware"], ["pan", "kitchenware cookware"], ["pans", "kitchenware cookware"], ["pot", "kitchenware cookware"],
  ["pots", "kitchenware cookware"], ["skillet", "kitchenware cookware"], ["wok", "kitchenware cookware"], ["stockpot", "kitchenware cookware"],
  ["cookware", "kitchenware"], ["bakeware", "kitchenware"], ["casserole", "kitchenware"], ["colander", "kitchenware"],
  // A chef's knife is a kitchen knife (8211.92 "Kitchen and butcher knives"); ring-spun yarn is the lines' "Ring spun".
  ["chef", "kitchen"], ["chefs", "kitchen"], ["ringspun", "ring spun"],
  // Trisodium citrate, disodium phosphate: sodium salts as the lines name them ("Sodium citrate", 2918.15.10).
  ["trisodium", "sodium"], ["disodium", "sodium"], ["tetrasodium", "sodium"], ["tripotassium", "potassium"],
];
const SYNONYM_MAP = new Map<string, string[]>(SYNONYMS.map(([a, b]) => [tokenize(a)[0]!, tokenize(b).map(canon)]));

/** Words that start a clause naming a use ("for kids' parties", "used in vehicles", "compatible with …"). */
const USE_START = new Set(["for", "used", "compatible", "fits", "fit", "suitable", "designed", "intended", "applicable"]);
/** Words after "for" that only say who the goods are for (not a use clause). */
const WHO = new Set([
  "men", "mens", "man", "women", "womens", "woman", "ladies", "lady", "boy", "boys", "girl", "girls", "kid", "kids", "children", "childrens",
  "child", "baby", "babies", "infant", "infants", "toddler", "toddlers", "adult", "adults", "unisex", "teen", "teens", "him", "her", "male",
  "female", "youth", "junior", "juniors", "couple", "couples", "and", "&", "or",
]);
const WITH_START = new Set([
  "with", "w", "featuring", "including", "includes", "incl", "having", "has", "plus", "containing", "contains", "comprising", "comprises",
  "consisting", "consists", "incorporating", "incorporates",
]);
const NOT_PARTICIPLE = new Set(["speed", "tweed", "breed", "steed", "bleed", "creed", "weed", "embed", "bobsled"]);
const NEG_START = new Set(["not", "non", "without", "no", "free"]);
const STOP_CLAUSE = new Set(["and", "or", "&"]);
/** Words after "used" that make it open a use clause ("used in vehicles"; not "used" goods). */
const USED_AS_USE = new Set(["in", "for", "as", "on", "with", "by", "to", "at"]);
/** Words after "can" that make it a verb ("which can be operated"), not a can. */
const CAN_VERB = new Set(["be", "also", "only", "not", "easily", "hold", "fit", "accommodate", "store", "withstand", "reach", "support"]);

export interface ProductProfile {
  /** Canonical stem → weight (1 the name's own words; 0.6 other fields or "with" clauses; 0.35 use clauses). */
  tokens: Map<string, number>;
  /** Stems said not to apply ("not digital or electronic", "non-slip", "without pockets"). */
  negated: Set<string>;
  /** Lower-case text of every field, for pattern look-ups. */
  text: string;
  /** Lower-case name. */
  name: string;
}

/**
 * Garment words that are not the article ("short sleeve" is not "shorts"). Each rewrite runs only when the text has
 * a word it needs (a substring test is far cheaper than a regex scan of a long description).
 */
/**
 * Chemical names with locants as one word, as the schedules distinguish them ("Propan-1-ol" / "Propan-2-ol",
 * "Buta-1,3-diene"): the digits would otherwise be dropped and both lines read alike.
 */
export function joinLocants(text: string): string {
  return /[a-z]-\d/i.test(text) ? text.replace(/\b([a-z]+)-(\d+(?:,\d+)*)-([a-z]+)\b/gi, (_m, a: string, d: string, b: string) => `${a}${d.replace(/,/g, "")}${b}`) : text;
}

function preclean(text: string): string {
  let s = joinLocants(text.toLowerCase());
  if (s.includes("sleeve")) s = s.replace(/\b(?:short|long|half|3\/4|cap|elbow)[\s-]*sleeve[sd]?\b/g, " sleeve ");
  if (s.includes("short") || s.includes("long")) s = s.replace(/\b(?:short|long)[\s-]+(?=(?:hair|skirt|dress|coat|jacket)\b)/g, " ");
  if (s.includes("shirt")) s = s.replace(/\bt[\s-]?shirts?\b/g, " tshirt ");
  if (s.includes("tee")) s = s.replace(/\btees?\b/g, " tshirt ");
  // Pans, trays and tins for the oven are bakeware (cookware not for the stove top).
  if (/pan|tray|tin|dish|sheet|mo(?:u)?ld/.test(s)) {
    s = s.replace(/\b(?:baking|bake|cake|muffin|cupcake|loaf|pie|tart|roasting|cookie) (?:pans?|trays?|tins?|dish(?:es)?|sheets?|molds?|moulds?)\b/g, (m) => `${m} bakeware`);
  }
  // A flower or plant pot is a planter, no cooking pot (kitchenware).
  if (s.includes("pot")) s = s.replace(/\b(?:flower|plant|plants|succulent|garden|nursery|herb|bonsai|orchid|cactus|seedling)\s+pots?\b/g, " planter ");
  // A blood pressure monitor (meter, cuff, gauge) is a sphygmomanometer.
  if (s.includes("blood pressure ")) s = s.replace(/\bblood pressure (?:monitors?|meters?|cuffs?|gauges?)\b/g, (m) => `${m} sphygmomanometer`);
  // Carriage (coach) bolts have a domed, round head over a square neck.
  if (s.includes(" bolt")) s = s.replace(/\b(?:carriage|coach|dome[- ]head) bolts?\b/g, (m) => `${m} round head`);
  // "overall length" is a measure; "a knit overall" the garment.
  if (s.includes("overall")) s = s.replace(/\boveralls?\b(?!\s+(?:length|width|height|size|dimensions?|diameter|weight|thickness|depth))/g, " overalls ");
  // "Non-slip", "anti-slip", "anti-skid": a grip of the sole or surface, not a negated "slip" ("slip-on").
  if (s.includes("slip") || s.includes("skid")) s = s.replace(/\b(?:non|anti)[\s-]?(?:slip|skid)\b/g, " antislip ");
  // Door hardware as the schedules name it: a "door stop(per)" is a doorstop, a "door chain" a chain door fastener.
  if (s.includes("door")) s = s.replace(/\bdoor[\s-]?stop(?:per)?s?\b/g, " doorstop ").replace(/\bdoor chains?\b/g, " door chain fastener ");
  // A split (spring) lock washer is the schedules' helical spring lock washer.
  if (s.includes("washer")) s = s.replace(/\b(?:split|spring)(?: lock)? washers?\b/g, (m) => `${m} helical spring lock washer`);
  // A toilet fill (float) valve is a ballcock mechanism.
  if (s.includes("valve")) s = s.replace(/\b(?:fill|float) valves?\b/g, (m) => `${m} ballcock mechanism`);
  // An insect-killer "lamp" lures insects to a grid: no lamp.
  if (s.includes("lamp") || s.includes("light")) s = s.replace(/\b(zapper|killer|killing) (?:lamps?|lights?)\b/g, "$1 insect");
  // A kitchen faucet (tap, mixer) is a sink faucet.
  if (s.includes("kitchen")) s = s.replace(/\bkitchen (?:sink )?(?:faucets?|taps?|mixers?)\b/g, (m) => `${m} sink faucet`);
  if (s.includes("non")) s = s.replace(/\bnon[\s-]+(?=[a-z])/g, "non ");
  return s;
}

/** A word → its canonical stems (see {@link canon}); memoized, the vocabulary of product texts is bounded. */
const WORD_TOKENS = new Map<string, readonly string[]>();
function wordTokens(w: string): readonly string[] {
  let toks = WORD_TOKENS.get(w);
  if (toks === undefined) {
    toks = readTokens(w).map(canon);
    if (WORD_TOKENS.size > 50_000) WORD_TOKENS.clear();
    WORD_TOKENS.set(w, toks);
  }
  return toks;
}
const NO_SYNONYMS: readonly string[] = [];

function addWeighted(s: string, base: number, into: Map<string, number>, negated: Set<string>): void {
  const segments = preclean(s).split(/[,;|()[\]{}<>:!?]|\s-\s|\.\s|\s\/\s/);
  for (const seg of segments) {
    const words = seg.split(/\s+/).filter(Boolean);
    let factor = 1;
    let negLeft = 0;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!.replace(/[^a-z0-9'&%-]/g, "");
      if (!w) continue;
      if (NEG_START.has(w)) {
        // "non-woven", "non-toxic": the prefix negates its own word only.
        negLeft = w === "no" || w === "free" || w === "non" ? 1 : 3;
        continue;
      }
      if (w === "for" && i + 1 < words.length && WHO.has(words[i + 1]!.replace(/[^a-z']/g, "").replace(/'s?$/, ""))) {
        // "for women": who, not a use; the words after it are the goods' again.
        continue;
      }
      if (USE_START.has(w) && (w !== "used" || USED_AS_USE.has(words[i + 1] ?? ""))) {
        factor = 0.35;
        negLeft = 0;
        continue;
      }
      // "not containing alcohol", "without having": what follows is what the goods do not contain or have.
      if (WITH_START.has(w) && negLeft > 0) continue;
      if (WITH_START.has(w)) {
        factor = Math.min(factor, 0.6);
        negLeft = 0;
        continue;
      }
      // "which can be operated": a verb, not a can.
      if (w === "can" && CAN_VERB.has(words[i + 1] ?? "")) continue;
      const toks = wordTokens(w);
      if (negLeft > 0) {
        if (!STOP_CLAUSE.has(w)) {
          for (const t of toks) negated.add(t);
          negLeft--;
        }
        continue;
      }
      // "coated", "lined", "padded": participles, not the nouns they stem to ("coat", "line", "pad").
      const participle = w.length > 4 && w.endsWith("ed") && !NOT_PARTICIPLE.has(w);
      for (const t of toks) {
        const v = base * factor * (participle ? 0.5 : 1);
        if ((into.get(t) ?? 0) < v) into.set(t, v);
        for (const syn of SYNONYM_MAP.get(t) ?? NO_SYNONYMS) if ((into.get(syn) ?? 0) < v * 0.9) into.set(syn, v * 0.9);
      }
    }
  }
}

const profiles = new RecentMap<ExtractedAttributes, ProductProfile>(32);
/**
 * By text and name too: follow-up questions try answers on copies of the same goods' attributes (keyed by the strings
 * themselves, which the copies share, rather than a key joined anew for each copy).
 */
const byText = new RequestMap<string, Map<string, ProductProfile>>();

export function productProfile(attrs: ExtractedAttributes): ProductProfile {
  let p = profiles.get(attrs);
  if (p) return p;
  let byName = byText.get(attrs.text);
  p = byName?.get(attrs.cleanName);
  if (p) {
    profiles.set(attrs, p);
    return p;
  }
  const tokens = new Map<string, number>();
  const negated = new Set<string>();
  const name = (attrs.cleanName || "").toLowerCase();
  addWeighted(name, 1, tokens, negated);
  addWeighted(attrs.text, 0.6, tokens, negated);
  // "parts" is a stop word of the search tokenizer; here it says what the goods are.
  if (/\bparts?\b/.test(attrs.text) && !tokens.has("part")) tokens.set("part", 0.6);
  // A word both stated and negated elsewhere ("non-slip sole" and "slip-on") stays stated.
  for (const t of negated) if ((tokens.get(t) ?? 0) > 0) negated.delete(t);
  p = { tokens, negated, text: `${name} ; ${attrs.text.toLowerCase()}`, name };
  profiles.set(attrs, p);
  if (!byName) {
    byText.set(attrs.text, (byName = new Map()));
  }
  byName.set(attrs.cleanName, p);
  return p;
}
