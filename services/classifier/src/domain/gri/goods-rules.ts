/**
 * Chapter rules for consumer goods: chapter 95 (toys, games, festive articles, sports requisites, and the goods
 * note 1 sends elsewhere), chapter 64 (footwear by upper and sole material), heading 4202 (containers by outer
 * surface), chapters 39 vs 40 (plastics vs rubber), chapter 94 (seats 9401 and furniture 9403 by material).
 */
import type { ExtractedAttributes, Material } from "../types.js";
import { BASE_METALS, PRECIOUS_METALS, TEXTILE_MATERIALS, imitationLeather, isTextile, materialSpecOf, productClasses, specFit } from "./materials.js";
import { EffectBuilder, chapterOf, headingOf, type GriRule } from "./rule.js";
import { builtInSubheadings, materialLevelOf, pickByMaterial } from "./subheading.js";

const firstMaterial = (attrs: ExtractedAttributes): Material | undefined => attrs.materials[0]?.material;
const isTextileGoods = (attrs: ExtractedAttributes): boolean => {
  const m = firstMaterial(attrs);
  return m !== undefined ? isTextile(m) : attrs.construction !== undefined;
};

// ---------------------------------------------------------------------------------------------------------------
// Chapter 95

const TOY_WORD = /\b(toys?|plaything)\b/;
const PET = /\b(?:for|to) (?:your |the )?(?:dogs?|cats?|pets?|puppy|puppies|kittens?|parrots?|birds?|hamsters?|rabbits?)\b|\b(?:dog|cat|pet|puppy|kitten|parrot|bird|hamster)s? (?:toys?|chews?|balls?|teasers?|squeak(?:y|er)s?|rope toys?)\b|\bchew toys?\b|\bsqueaky toys?\b/;
const FOR_CHILDREN = /\bfor (?:kids|children|toddlers|boys|girls|babies|baby)\b/;
const DOLL_ACCESSORY = /\b(dolls?'? (?:clothes|clothing|outfits?|dress(?:es)?)|for (?:dolls?|barbie))\b/;
const GARMENT = /\b(jerseys?|shirts?|t-?shirts?|tees|shorts|pants|trousers|leggings|jackets?|costumes?|dress(?:es)?(?! ?up)|uniforms?|swimsuits?|swimwear|bodysuits?|skirts?|hoodies?|sweatshirts?|track ?suits?|socks|bras|gowns?|robes?|outfits?|cosplay)\b/;
const FOOTWEAR = /\b(shoes?|sneakers?|boots?|cleats?|footwear|trainers|slippers?|sandals?)\b/;
const SKATES_ATTACHED = /\b(roller skates?|ice skates?|inline skates?|skates? attached|quad skates?)\b/;
const BAG = /\b(bags?|backpacks?|rucksacks?|holdalls?|duffel|duffle)\b/;
const NOT_CONTAINER_BAG = /\b(bean ?bags?|punching bags?|boxing bags?|sand ?bags?|sleeping bags?|heavy bags?|speed bags?|cornhole)\b/;
const GLOVES = /\b(gloves?|mittens?|mitts?)\b/;
const GOGGLES = /\b(goggles|sunglasses|spectacles)\b/;
const TENT = /\btents?\b/;
/** Tents for children's play (play tents, playhouses, teepees, ball-pit tents): toys of 9503, not camping goods. */
const PLAY_TENT = /\b(?:play ?tents?|kids'? tents?|children'?s tents?|toddler tents?|play ?house|playhouses|teepees?|tipis?|ball pit|castle tents?|princess tents?)\b/;
const CAMPING = /\b(?:camping|hiking|backpacking|trekking|outdoor survival)\b/;
const SLEEPING_BAG = /\bsleeping bags?\b/;
const LIGHT_STRING = /\b(string lights?|fairy lights?|led strings?|light strings?|lighting strings?|christmas lights?)\b/;
const CHILD_BICYCLE = /\b(bicycles?|bikes?)\b/;
const NOT_BICYCLE = /\b(balance bikes?|bike (?:lights?|bells?|locks?|pumps?|helmets?|gloves?|bags?)|exercise bikes?|stationary bikes?|toy bikes?)\b/;
const DRONE = /\b(drones?|quadcopters?|uavs?)\b/;
const TRIPOD = /\b(tripods?|monopods?|bipods?|selfie sticks?)\b/;

interface Ch95Exclusion {
  test: (attrs: ExtractedAttributes, text: string) => boolean;
  note: string;
  what: string;
  /** Target code when the constituent material decides it; otherwise excluded in favour of the listed chapters. */
  to?: (attrs: ExtractedAttributes) => string | undefined;
  chapters: string[];
}

function byMaterial(attrs: ExtractedAttributes, map: Partial<Record<"plastic" | "rubber" | "textile" | "wood" | "leather" | "metal", string>>): string | undefined {
  const m = firstMaterial(attrs);
  if (!m) return undefined;
  if (m === "plastic") return map.plastic;
  if (m === "rubber") return map.rubber;
  if (isTextile(m)) return map.textile;
  if (m === "wood" || m === "bamboo") return map.wood;
  if (m === "leather" || m === "composition_leather") return map.leather;
  if (BASE_METALS.has(m)) return map.metal;
  return undefined;
}

/**
 * The goods are a bag: a bag word in the name before an accompaniment clause, or anywhere in the text when the name
 * names none. "Badminton Rackets Set of 2 with Shuttlecocks and Carry Bag" are rackets put up with their bag (the bag
 * follows the rackets, GRI 3(b) and 5(a)), not a sports bag.
 */
function namesBag(a: ExtractedAttributes, text: string): boolean {
  const name = (a.cleanName ?? "").toLowerCase();
  if (!BAG.test(name)) return BAG.test(text);
  const goods = name.split(/\b(?:with|including|includes|incl|plus|comes with)\b|\+/)[0] ?? name;
  return BAG.test(goods);
}

const CH95_EXCLUSIONS: Ch95Exclusion[] = [
  {
    test: (_a, t) => PET.test(t) && !FOR_CHILDREN.test(t),
    note: "ch. 95 note 5",
    what: "articles identifiable as intended exclusively for animals (pet toys) are not toys of heading 9503; they go to their own heading by material",
    to: (a) => byMaterial(a, { plastic: "392690", rubber: "401699", textile: "630790", wood: "442199", metal: "732690" }),
    chapters: ["39", "40", "42", "44", "63", "73"],
  },
  {
    test: (a, t) => GARMENT.test(t) && !DOLL_ACCESSORY.test(t) && isTextileGoods(a),
    note: "ch. 95 note 1(e)",
    what: "fancy dress of textiles and sports clothing are excluded from chapter 95 → chapter 61 or 62",
    chapters: ["61", "62"],
  },
  {
    test: (_a, t) => FOOTWEAR.test(t) && !SKATES_ATTACHED.test(t) && !DOLL_ACCESSORY.test(t),
    note: "ch. 95 note 1(g)",
    what: "sports footwear (other than skating boots with skates attached) is excluded from chapter 95 → chapter 64",
    chapters: ["64"],
  },
  {
    test: (a, t) => namesBag(a, t) && !NOT_CONTAINER_BAG.test(t),
    note: "ch. 95 note 1(d)",
    what: "sports bags and other containers are excluded from chapter 95 → heading 4202",
    to: (a) => pickByMaterial("42029", a) ?? "420292",
    chapters: ["42"],
  },
  {
    test: (_a, t) => GLOVES.test(t),
    note: "ch. 95 note 1(w)",
    what: "gloves, mittens and mitts are excluded from chapter 95 and classified according to their constituent material",
    to: (a) => {
      const m = firstMaterial(a);
      if (m === "leather" || m === "composition_leather") return "420321";
      if (m === "plastic") return "392620";
      if (m === "rubber") return "401519";
      if (m && isTextile(m)) return a.construction === "knitted" ? pickByMaterial("61169", a) ?? "611699" : a.construction === "woven" ? "621600" : undefined;
      return undefined;
    },
    chapters: ["39", "40", "42", "61", "62"],
  },
  {
    test: (_a, t) => GOGGLES.test(t),
    note: "ch. 95 note 1(r)",
    what: "spectacles, goggles or the like, for sports or outdoor games, are excluded from chapter 95 → heading 9004",
    to: () => "900490",
    chapters: ["90"],
  },
  {
    test: (_a, t) => SLEEPING_BAG.test(t),
    note: "ch. 95 note 1(w)",
    what: "camping goods are classified according to their constituent material; sleeping bags → 9404.30",
    to: () => "940430",
    chapters: ["94"],
  },
  {
    test: (_a, t) => TENT.test(t) && !TOY_WORD.test(t) && !(PLAY_TENT.test(t) && !CAMPING.test(t)),
    note: "ch. 95 note 1(w)",
    what: "tents and other camping goods are excluded from chapter 95 and classified according to their constituent material",
    to: (a) => (a.materials.some((m) => m.material === "synthetic") ? "630622" : a.materials.length > 0 && isTextile(firstMaterial(a)!) ? "630629" : undefined),
    chapters: ["63"],
  },
  {
    test: (_a, t) => LIGHT_STRING.test(t),
    note: "ch. 95 note 1(u)",
    what: "lighting strings of all kinds are excluded from chapter 95 → heading 9405",
    to: (a) => (/\b(christmas|xmas)\b/.test(a.text) ? "940531" : "940542"),
    chapters: ["94"],
  },
  {
    test: (a, t) => CHILD_BICYCLE.test(t) && !NOT_BICYCLE.test(t) && (a.age === "child" || /\b(kids?|children'?s?|child)\b/.test(t)),
    note: "ch. 95 note 1(o)",
    what: "children's bicycles are excluded from chapter 95 → heading 8712",
    to: () => "871200",
    chapters: ["87"],
  },
  {
    test: (_a, t) => DRONE.test(t),
    note: "ch. 95 note 1(p)",
    what: "unmanned aircraft are excluded from chapter 95 → heading 8806",
    to: (a) => (a.weightKg !== undefined && a.weightKg > 0.25 ? "880622" : "880621"),
    chapters: ["88"],
  },
  {
    test: (_a, t) => TRIPOD.test(t),
    note: "ch. 95 note 1(v)",
    what: "monopods, bipods, tripods and similar articles are excluded from chapter 95 → heading 9620",
    to: () => "962000",
    chapters: ["96"],
  },
];

const TOY_PROOF = new Set(["ch. 95 note 5", "ch. 95 note 1(o)", "ch. 95 note 1(p)", "ch. 95 note 1(u)", "ch. 95 note 1(v)"]);

/** Chapter 95 note 1 (and note 5): goods chapter 95 does not cover, even when used in games or sports. */
export const ch95Exclusions: GriRule = {
  id: "95-note-1",
  title: "Chapter 95 exclusions",
  basis: "Chapter 95 notes 1 and 5",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const in95 = candidates.filter((c) => chapterOf(c.hs6) === "95");
    if (in95.length === 0) return b.build();
    const text = `${attrs.cleanName} ${attrs.text}`.toLowerCase();
    // Goods called toys stay toys for the clothing, footwear, bag, glove and camping exclusions (toy footwear and
    // dolls' clothes are chapter 95 goods: ch. 64 note 1(f)); pet toys, bicycles, drones, lights and tripods do not.
    const toy = TOY_WORD.test(text);
    const hit = CH95_EXCLUSIONS.find((x) => (!toy || TOY_PROOF.has(x.note)) && x.test(attrs, text));
    if (!hit) return b.build();
    // Pet toys only touch 9503; the other exclusions all of chapter 95.
    const affected = hit.note === "ch. 95 note 5" ? in95.filter((c) => headingOf(c.hs6) === "9503") : in95;
    if (affected.length === 0) return b.build();
    const to = hit.to?.(attrs);
    const alternatives = candidates.filter((c) => hit.chapters.includes(chapterOf(c.hs6)));
    for (const c of affected) {
      if (to) {
        const reason = `${hit.what} (${hit.note}): ${c.hs6} → ${to}`;
        b.redirect(c.hs6, to, reason).record("95-note-1", reason);
      } else if (alternatives.length > 0) {
        const reason = `${hit.what} (${hit.note}): ${c.hs6} excluded`;
        b.exclude(c.hs6, reason).record("95-note-1", reason);
      } else {
        const reason = `${hit.what} (${hit.note}): ${c.hs6} unlikely; the heading in chapter ${hit.chapters.join("/")} needs the garment or footwear type`;
        b.adjust(c.hs6, 0.3, reason).record("95-note-1", reason);
      }
    }
    return b.build();
  },
};

const FESTIVE = /\b(christmas|xmas|halloween|easter|carnival|festive|nativity|santa|advent|ornaments?|baubles?|tinsel|pinatas?|confetti|party (?:decorations?|supplies|favou?rs|poppers?|hats?)|noisemakers?|masquerade)\b/;
const FISHING = /\b(fishing|fish hooks?|lures?|baits?|angling|fishing reels?|fishing rods?)\b/;
const GAMES = /\b(playing cards|poker|board games?|chess|checkers|video games?|game consoles?|gaming consoles?|billiards?|pool cues?|darts?|mahjong|casino|arcade|card games?|dominoes)\b/;
const SPORTS = /\b(fitness|gym|exercise|workout|yoga|pilates|athletic|sports?|dumbbells?|kettlebells?|barbells?|resistance bands?|rackets?|racquets?|golf|tennis|badminton|skis|skiing|snowboards?|skateboards?|surfboards?|scuba|diving|swim fins|hockey|baseball|softball|cricket|volleyball|basketball|football|soccer|rugby|boxing|treadmills?|archery|table tennis|ping pong|climbing|jump ropes?|skipping ropes?|trampolines?)\b/;
const CHILD = /\b(kids?|children'?s?|child|toddlers?|babies|baby|boys?|girls?)\b/;
const TOYLIKE = /\b(dolls?|plush|stuffed|puzzles?|building blocks?|bricks|action figures?|figurines?|playsets?|play sets?|rc cars?|remote control cars?|model kits?|educational)\b/;

const CH95_HEADINGS: Record<string, string> = {
  "9503": "toys (heading 9503: tricycles, scooters, dolls, other toys, reduced-size models, puzzles)",
  "9504": "games (heading 9504: video game consoles, playing cards, table and parlour games)",
  "9505": "festive, carnival or other entertainment articles (heading 9505)",
  "9506": "articles and equipment for general physical exercise, gymnastics, athletics or other sports (heading 9506)",
  "9507": "fishing rods, hooks and other line-fishing tackle (heading 9507)",
};

/** Which chapter 95 heading the goods' terms point to, with the words that decided it. */
export function ch95Heading(attrs: ExtractedAttributes): { heading: string; why: string } | undefined {
  const t = `${attrs.cleanName} ${attrs.text}`.toLowerCase();
  const m = (re: RegExp) => t.match(re)?.[0];
  const toy = m(TOY_WORD);
  if (toy) return { heading: "9503", why: `"${toy}"` };
  const festive = m(FESTIVE);
  if (festive) return { heading: "9505", why: `"${festive}"` };
  const fishing = m(FISHING);
  if (fishing) return { heading: "9507", why: `"${fishing}"` };
  const games = m(GAMES);
  if (games) return { heading: "9504", why: `"${games}"` };
  const sports = m(SPORTS) ?? (attrs.uses.includes("sports") ? "use: sports" : undefined);
  if (sports) return { heading: "9506", why: `"${sports}"` };
  const toyish = m(TOYLIKE) ?? (attrs.uses.includes("toy") ? "use: toy" : undefined) ?? (attrs.age === "child" || attrs.age === "baby" ? "for children" : m(CHILD));
  if (toyish) return { heading: "9503", why: `"${toyish}"` };
  return undefined;
}

/** Chapter 95 headings by their terms: toys 9503 vs games 9504 vs festive articles 9505 vs sports 9506 vs fishing 9507. */
export const ch95Headings: GriRule = {
  id: "95-headings",
  title: "Toys vs games vs festive articles vs sports requisites",
  basis: "GRI 1: terms of headings 9503-9507; chapter 95 additional note 1 (Christmas articles)",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const in95 = candidates.filter((c) => ["9503", "9504", "9505", "9506", "9507"].includes(headingOf(c.hs6)));
    const headings = new Set(in95.map((c) => headingOf(c.hs6)));
    if (headings.size < 2) return b.build();
    const pick = ch95Heading(attrs);
    if (!pick || !headings.has(pick.heading)) return b.build();
    // The goods named as one chapter 95 article (the head term: "Christmas crackers … containing a paper hat and a small
    // toy") are that article; a word of another heading met in what they contain or come with does not decide.
    const named = new Set(in95.filter((c) => c.evidence.some((e) => e.source === "lexicon" && e.head)).map((c) => headingOf(c.hs6)));
    if (named.size === 1 && !named.has(pick.heading)) return b.build();
    const reason = `${CH95_HEADINGS[pick.heading]} — decided by ${pick.why} (GRI 1)`;
    for (const c of in95) b.adjust(c.hs6, headingOf(c.hs6) === pick.heading ? 1.5 : 0.6, reason);
    b.record("95-headings", reason);
    return b.build();
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Chapter 64

type FootMat = "rubber_plastics" | "leather" | "composition_leather" | "textile" | "other";

const FOOT_WORDS: Array<[RegExp, FootMat]> = [
  // Faux / micro suede is a napped textile (usually polyester microfibre), not leather.
  [/\b(faux suede|imitation suede|micro ?suede|suedette)\b/, "textile"],
  [/\b(pu leather|faux leather|synthetic leather|vegan leather|artificial leather|imitation leather|microfib(?:er|re) leather|pleather|leatherette|patent pu)\b/, "rubber_plastics"],
  [/\b(genuine leather|real leather|cow ?hide|cowhide|calf ?skin|sheepskin|suede|nubuck|full[- ]grain|split leather|leather)\b/, "leather"],
  [/\b(rubber|pvc|eva|tpr|tpu|plastics?|polyurethane|pu|silicone|foam|latex|phylon|md)\b/, "rubber_plastics"],
  [/\b(canvas|mesh|fabric|textile|knit(?:ted)?|fly ?knit|cotton|polyester|nylon|cloth|velvet|wool|felt|denim|satin|lycra|spandex|microfib(?:er|re)|flannel|plush|fleece)\b/, "textile"],
  [/\b(wood(?:en)?|cork|straw|rope|jute|paper|bamboo)\b/, "other"],
];

/** Textile words that only ever name an upper (a sole is never of mesh, canvas or knit). */
const UPPER_ONLY_TEXTILE = /\b(?:mesh|canvas|knit|knitted|fly ?knit)\b/;

/** A material phrase naming a part other than the upper ("non-slip rubber sole", "memory foam insole"). */
const FOOT_PART_PHRASE = /\b(?:[a-z-]+\s+){1,2}(?:out ?soles?|outer soles?|soles?|in ?soles?|mid ?soles?|footbeds?|linings?|lined|heels?)\b/g;

/** The material named first in a short phrase ("canvas, rubber sole" → textile). */
function footMat(phrase: string): FootMat | undefined {
  let best: { at: number; mat: FootMat } | undefined;
  for (const [re, mat] of FOOT_WORDS) {
    const m = re.exec(phrase);
    if (m && (!best || m.index < best.at)) best = { at: m.index, mat };
  }
  return best?.mat;
}

function footMatOfMaterial(m: Material | undefined, attrs: ExtractedAttributes): FootMat | undefined {
  if (!m) return undefined;
  if (imitationLeather(attrs) && (m === "leather" || m === "synthetic" || m === "plastic")) return "rubber_plastics";
  if (m === "leather") return "leather";
  if (m === "composition_leather") return "composition_leather";
  if (m === "plastic" || m === "rubber") return "rubber_plastics";
  if (TEXTILE_MATERIALS.has(m)) return "textile";
  return "other";
}

/** Reads "upper: canvas", "leather upper", "rubber sole", "outsole material: EVA" from the text. */
export function footwearMaterials(attrs: ExtractedAttributes): { upper?: FootMat; sole?: FootMat; upperFrom: "text" | "materials" | "none"; soleFrom: "text" | "assumed" } {
  const t = attrs.text;
  const grab = (part: string): FootMat | undefined => {
    // "upper material: canvas", "upper = pu leather" / "canvas upper", "genuine leather uppers".
    const after = t.match(new RegExp(`\\b${part}s?(?:\\s*material)?\\s*[:=]\\s*([a-z][a-z -]{1,30})|\\b${part}s? material\\s+([a-z][a-z -]{1,30})`));
    const before = t.match(new RegExp(`\\b([a-z]+(?: [a-z]+)?)\\s+${part}s?\\b`));
    // Rulings write the part first: "an upper of leather", "uppers made of textile materials", "outer soles of rubber".
    const of = t.match(new RegExp(`\\b${part}s?\\s+(?:(?:is|are|made|composed|constructed|consisting)\\s+)*(?:of|from)\\s+([a-z][a-z -]{1,40})`));
    const cut = (x: string) => x.split(/\b(?:upper|sole|outsole|lining|insole|and an?|with|covering|that|which)\b/)[0]!;
    const afterText = after ? cut(after[1] ?? after[2] ?? "") : "";
    const ofText = of ? cut(of[1]!) : "";
    return (afterText && footMat(afterText)) || (ofText && footMat(ofText)) || (before && footMat(before[1]!)) || undefined;
  };
  const upperText = grab("upper");
  const soleText = grab("(?:out ?sole|outer sole|sole)");
  // A material read only from the free text ("leather" in a title) is too weak to move footwear between headings.
  const first = attrs.materials[0];
  let upper = upperText ?? (first && first.source !== "text" ? footMatOfMaterial(first.material, attrs) : undefined);
  let upperFrom: "text" | "materials" | "none" = upperText ? "text" : upper ? "materials" : "none";
  // A name that states the sole's material ("Mesh Sneakers Rubber Sole", "Leather Boots Rubber Outsole") sets the
  // parts apart: the material it names besides the sole, lining or insole is the upper's.
  if (!upper && soleText) {
    upper = footMat(t.replace(FOOT_PART_PHRASE, " "));
    if (upper) upperFrom = "text";
  }
  // Mesh, canvas and knit make uppers, never outer soles: named with no other material, they are the upper's.
  if (!upper) {
    const rest = t.replace(FOOT_PART_PHRASE, " ");
    if (UPPER_ONLY_TEXTILE.test(rest) && !FOOT_WORDS.some(([re, mat]) => mat !== "textile" && re.test(rest))) {
      upper = "textile";
      upperFrom = "text";
    }
  }
  return {
    upper,
    sole: soleText ?? "rubber_plastics",
    upperFrom,
    soleFrom: soleText ? "text" : "assumed",
  };
}

/** Footwear that covers the ankle by its kind: boots and booties of any height, high-tops. */
const COVERS_ANKLE = /\b(boots?|booties|bootie|bootees?|high[- ]tops?|over[- ]the[- ]knee|thigh[- ]high|knee[- ]high|mid[- ]calf|chelsea)\b/i;
/** A description that says the footwear covers the ankle ("the upper covers the ankle"); "does not cover the ankle" does not. */
const STATES_ANKLE = /(?<!\bnot\s)(?<!\bn't\s)\bcover(?:s|ing)?\s+the\s+(?:wearer'?s\s+)?ankles?\b/i;
/** "Boot" words that name no boot: boot cuffs, boot socks, boot shapers, car boot. */
const NOT_BOOTS = /\bboot\s+(?:cuffs?|socks?|toppers?|shapers?|trees?|covers?|liners?|laces?|trays?|racks?|dryers?|jacks?|scrapers?|sale)\b|\b(?:car|trunk)\s+boot\b/i;

/** A protective metal toe-cap ("steel toe cap", "steel safety toe", "metal toe-caps"); a composite toe is none. */
const METAL_TOE_CAP = /\b(?:steel|metal|alumin(?:i?um)|alloy)[- ](?:(?:safety|protective|reinforced)[- ])?toe(?:[- ]?(?:caps?|protection|guard))?\b/i;

/** The "covering the ankle" subheading beside each plain one. */
const ANKLE_OF: Record<string, string> = { "640299": "640291", "640359": "640351", "640399": "640391" };

type FootKind = "ski" | "sports" | "thong" | "straps" | "toecap" | "ankle" | "other";

function footKind(hs6: string): FootKind {
  if (["640212", "640312"].includes(hs6)) return "ski";
  if (["640219", "640319", "640411"].includes(hs6)) return "sports";
  if (hs6 === "640220") return "thong";
  if (hs6 === "640320") return "straps";
  if (["640340", "640110"].includes(hs6)) return "toecap";
  if (["640291", "640351", "640391", "640192"].includes(hs6)) return "ankle";
  return "other";
}

/**
 * Subheading note 1 to ch. 64: footwear designed for a sporting activity with spikes, sprigs, stops, clips, bars or the
 * like, and skating, ski, snowboard, wrestling, boxing and cycling footwear. Other sneakers are "sports footwear" only in
 * 6404.11, whose own text names tennis, basketball, gym and training shoes.
 */
const NOTE_1_SPORTS = /\b(?:spikes?|spiked|cleats?|cleated|studs?|studded|sprigs?|ski|skiing|snowboard(?:ing)?|skat(?:e|es|ing)|wrestling|boxing|cycling|golf|football boots?|rugby)\b/;

/** The shoes subheading 6404.11 names ("tennis shoes, basketball shoes, gym shoes, training shoes and the like"). */
const NAMED_6404_11 = /\b(?:sports? shoes?|athletic shoes?|training shoes?|trainers|running shoes?|jogging shoes?|tennis shoes?|basketball shoes?|gym shoes?)\b/;

function footTarget(upper: FootMat, sole: FootMat, kind: FootKind): string {
  const leatherSole = sole === "leather" || sole === "composition_leather";
  const okSole = sole === "rubber_plastics" || leatherSole;
  if (upper === "rubber_plastics" && sole === "rubber_plastics") {
    return { ski: "640212", sports: "640219", thong: "640220", straps: "640299", toecap: "640299", ankle: "640291", other: "640299" }[kind];
  }
  if (upper === "leather" && okSole) {
    if (kind === "ski") return "640312";
    if (kind === "sports") return "640319";
    if (kind === "toecap") return "640340";
    if (kind === "straps" && sole === "leather") return "640320";
    if (kind === "ankle") return sole === "leather" ? "640351" : "640391";
    return sole === "leather" ? "640359" : "640399";
  }
  if (upper === "textile" && okSole) {
    if (leatherSole) return "640420";
    return kind === "ski" || kind === "sports" ? "640411" : "640419";
  }
  if (upper === "leather" || upper === "composition_leather") return "640510";
  if (upper === "textile") return "640520";
  return "640590";
}

const FOOT_NAMES: Record<string, string> = {
  "6402": "outer soles and uppers of rubber or plastics → 6402",
  "6403": "uppers of leather (outer soles of rubber, plastics, leather or composition leather) → 6403",
  "6404": "uppers of textile materials (outer soles of rubber, plastics, leather or composition leather) → 6404",
  "6405": "other footwear → 6405",
};

/**
 * Chapter 64 notes 3 and 4: footwear is classified by the material of the upper (the constituent material with the
 * greatest external surface area) and of the outer sole (the material with the greatest surface area in contact
 * with the ground); "rubber" and "plastics" include textiles with a visible external layer of rubber or plastics;
 * "leather" means the goods of 4107 and 4112-4114 (composition leather uppers fall in 6405.10).
 */
export const ch64Footwear: GriRule = {
  id: "64-note-3-4",
  title: "Footwear by material of upper and outer sole",
  basis: "Chapter 64 notes 3 and 4; headings 6402-6405",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const shoes = candidates.filter((c) => ["6402", "6403", "6404", "6405"].includes(headingOf(c.hs6)));
    if (shoes.length === 0) return b.build();
    // Goods the text names as no footwear (words of a title shared with footwear lines: "women … leather") are not
    // sorted by upper and sole: the notes are for footwear, and merging such retrieval hits would make one of them weigh.
    if (!shoes.some((c) => c.evidence.some((e) => e.source !== "retrieval"))) return b.build();
    const fm = footwearMaterials(attrs);
    // Boots cover the ankle by what they are (subheadings 6402.91, 6403.51, 6403.91 "covering the ankle").
    const named = attrs.cleanName || attrs.text;
    const ankle = (COVERS_ANKLE.test(named) && !NOT_BOOTS.test(named)) || STATES_ANKLE.test(attrs.text);
    if (!fm.upper) {
      // The upper unknown, the heading stays; a boot still covers the ankle within it.
      if (!ankle) return b.build();
      for (const c of shoes) {
        const to = ANKLE_OF[c.hs6];
        if (!to) continue;
        const reason = `boots cover the ankle (subheadings 6402.91, 6403.51, 6403.91): ${c.hs6} → ${to}`;
        b.redirect(c.hs6, to, reason).record("64-note-3-4", reason);
      }
      return b.build();
    }
    // Subheading 6403.40: leather-upper footwear "incorporating a protective metal toe-cap", whatever its height or
    // use, named wherever the description states it.
    const toeCap = fm.upper === "leather" && (METAL_TOE_CAP.test(named) || METAL_TOE_CAP.test(attrs.text));
    for (const c of shoes) {
      let k = footKind(c.hs6);
      // Out of 6404.11 ("training shoes and the like"), sneakers are sports footwear only under subheading note 1.
      if (k === "sports" && fm.upper !== "textile" && !NOTE_1_SPORTS.test(attrs.text.toLowerCase())) k = "other";
      // With a textile upper, goods named as the training, running, tennis, basketball or gym shoes 6404.11 names are its
      // own kind whichever heading the candidate came from ("sports shoes … outer soles of rubber and uppers of textile").
      if (k === "other" && fm.upper === "textile" && c.evidence.some((e) => e.source === "lexicon" && e.head && e.term !== undefined && NAMED_6404_11.test(e.term))) k = "sports";
      const kind = toeCap && k !== "ski" ? "toecap" : k === "other" && ankle ? "ankle" : k;
      const to = footTarget(fm.upper, fm.sole ?? "rubber_plastics", kind);
      if (to === c.hs6) continue;
      const reason = `upper of ${fm.upper.replace("_", " or ")} (${fm.upperFrom === "text" ? "stated" : "main material"}, ch. 64 note 4(a)), outer sole of ${(fm.sole ?? "rubber_plastics").replace("_", " or ")} (${fm.soleFrom === "text" ? "stated" : "assumed; not stated"}, note 4(b)): ${FOOT_NAMES[headingOf(to)]} (ch. 64 notes 3-4): ${c.hs6} → ${to}`;
      b.redirect(c.hs6, to, reason).record("64-note-3-4", reason);
    }
    return b.build();
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Heading 4202

const DISPOSABLE_BAG = /\b(shopping bags?|carrier bags?|t-?shirt bags?|disposable bags?|garbage bags?|trash bags?|bin bags?|poly ?bags?|zip ?lock bags?|ziplock bags?|packaging bags?)\b/;

/** Plastics that cases are moulded of, not made up of sheeting (a faux leather of PU or PVC is sheeting). */
const MOULDED_PLASTIC = /^(?!.*\bleather\b).*\b(?:silicone|liquid silicone|tpu|tpe|thermoplastic|polycarbonate|pc|abs|hard plastic|acrylic)\b/i;

function fit4202(hs6: string, attrs: ExtractedAttributes): number {
  const e = builtInSubheadings("4202")?.find((x) => x.code === hs6);
  const spec = e ? materialSpecOf(e.description.slice(e.description.lastIndexOf(":") + 1)) : undefined;
  return spec ? specFit(spec, productClasses(attrs), attrs) : 0;
}

/**
 * Heading 4202 subheadings by the material of the outer surface (ch. 42 additional note 1: the material visible to
 * the naked eye): .x1 leather or composition leather, .x2 plastics (sheeting) or textile materials, .x9 other.
 * Ch. 42 note 3(A)(a): bags of plastic sheeting with handles not designed for prolonged use → 3923.
 */
export const ch42Containers: GriRule = {
  id: "42-4202",
  title: "Trunks, handbags and similar containers by outer surface",
  basis: "Chapter 42 note 3(A)(a); chapter 42 additional note 1; subheadings of 4202",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const bags = candidates.filter((c) => headingOf(c.hs6) === "4202");
    if (bags.length === 0) return b.build();
    if (firstMaterial(attrs) === "plastic" && DISPOSABLE_BAG.test(attrs.text)) {
      const to = /\b(polyethylene|pe|hdpe|ldpe)\b/.test(attrs.text) ? "392321" : "392329";
      for (const c of bags) {
        const reason = `bags made of sheeting of plastics with handles, not designed for prolonged use, are excluded from 4202 → 3923 (ch. 42 note 3(A)(a)): ${c.hs6} → ${to}`;
        b.redirect(c.hs6, to, reason).record("42-4202", reason);
      }
      return b.build();
    }
    for (const c of bags) {
      const to = pickByMaterial(materialLevelOf(c.hs6), attrs);
      if (!to || to === c.hs6 || fit4202(to, attrs) <= fit4202(c.hs6, attrs)) continue;
      // A case the head noun's entry already sorted by its outer surface keeps that subheading: a fitted phone case
      // moulded of silicone or TPU has an outer surface of moulded plastics, not of plastic sheeting (.x9, not .x2).
      // (PU or PVC "leather" is plastic sheeting: the rule reads it as such.)
      if (MOULDED_PLASTIC.test(attrs.materials[0]?.term ?? "") && c.evidence.some((e) => e.source === "lexicon" && e.head && e.detail.endsWith(`→ ${c.hs6} (by attributes)`))) continue;
      const m = attrs.materials[0]!;
      const reason = `outer surface of ${m.term} → ${to} (4202 subheadings by the material of the outer surface, ch. 42 additional note 1): ${c.hs6} → ${to}`;
      b.redirect(c.hs6, to, reason).record("42-4202", reason);
    }
    return b.build();
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Chapters 39 / 40

const RUBBER_FOR_PLASTIC: Array<[prefix: string, to: (t: string) => string]> = [
  ["3917", (t) => rubberTube(t)],
  ["3918", () => "401691"],
  ["3919", (t) => (/\b(foam|sponge|cellular)\b/.test(t) ? "400811" : "400821")],
  ["3920", () => "400821"],
  ["3921", (t) => (/\b(foam|sponge|cellular)\b/.test(t) ? "400811" : "400821")],
  ["392620", (t) => (/\bgloves?\b/.test(t) ? (/\b(surgical|medical|examination)\b/.test(t) ? "401512" : "401519") : "401590")],
  ["3922", () => "401699"],
  ["3923", () => "401699"],
  ["3924", () => "401699"],
  ["3926", (t) => rubberArticle(t)],
];

const REINFORCED = /\breinforced\b|\bbraided\b|\bbraid\b|\bwith (?:a )?(?:textile|fabric|steel|wire|metal) (?:ply|plies|layers?|cords?)\b/;
const METAL_REINFORCED = /\b(?:steel|wire|metal)[- ](?:reinforced|braided|braid|spiral)\b|\breinforced with (?:steel|metal|wire)|\bwire[- ]braid/;
const TEXTILE_REINFORCED = /\b(?:textile|fabric|polyester|nylon|yarn|cord|rayon)[- ](?:reinforced|braided|braid)\b|\breinforced with (?:textile|fabric|polyester|nylon|yarn|rayon)|\b(?:textile|fabric|polyester|nylon|yarn) (?:ply|plies|layers?|cords?)\b/;
const FITTINGS = /\b(?:with|including|incl|and) (?:\w+ )?(?:fittings?|couplings?|couplers?|connectors?|nozzles?|end fittings?)\b|\bfitted with\b|\bfittings? (?:attached|included)\b/;

/**
 * Heading 4009 subheadings: tubes, pipes and hoses of vulcanized rubber, not reinforced (4009.1x), reinforced with
 * metal (.2x), with textile materials (.3x) or with other materials (.4x); each without (…1) or with (…2) fittings.
 */
function rubberTube(t: string): string {
  const fit = FITTINGS.test(t) ? "2" : "1";
  if (METAL_REINFORCED.test(t)) return `40092${fit}`;
  if (TEXTILE_REINFORCED.test(t)) return `40093${fit}`;
  if (REINFORCED.test(t)) return `40094${fit}`;
  return `40091${fit}`;
}

function rubberArticle(t: string): string {
  if (/\b(mats?|matting|floor coverings?)\b/.test(t)) return "401691";
  if (/\b(erasers?)\b/.test(t)) return "401692";
  if (/\b(gaskets?|washers?|seals?|o-?rings?)\b/.test(t)) return "401693";
  if (/\b(fenders?|dock fenders?)\b/.test(t)) return "401694";
  if (/\b(inflatable|air mattress|balloons?)\b/.test(t)) return "401695";
  return "401699";
}

const PLASTIC_FOR_RUBBER: Array<[prefix: string, to: (t: string) => string]> = [
  ["4008", () => "392190"],
  ["4009", (t) => (REINFORCED.test(t) ? "391739" : FITTINGS.test(t) ? "391733" : "391732")],
  ["4014", () => "392690"],
  ["4015", () => "392620"],
  ["401691", () => "391810"],
  ["4016", () => "392690"],
];

/**
 * Chapter 39 note 2(l) (synthetic rubber as defined for chapter 40, and articles thereof, are excluded from
 * chapter 39) and chapter 40 notes 1 and 4: articles of rubber go to the parallel chapter-40 heading, articles of
 * plastics to the chapter-39 heading.
 */
export const ch39vs40: GriRule = {
  id: "39-40",
  title: "Plastics (ch. 39) vs rubber (ch. 40)",
  basis: "Chapter 39 notes 1 and 2(l); chapter 40 notes 1 and 4",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const m = firstMaterial(attrs);
    if (m !== "rubber" && m !== "plastic") return b.build();
    const t = `${attrs.cleanName} ${attrs.text}`.toLowerCase();
    for (const c of candidates) {
      const table = m === "rubber" && chapterOf(c.hs6) === "39" ? RUBBER_FOR_PLASTIC : m === "plastic" && chapterOf(c.hs6) === "40" ? PLASTIC_FOR_RUBBER : undefined;
      const row = table?.find(([p]) => c.hs6.startsWith(p));
      if (!row) continue;
      const to = row[1](t);
      const reason = m === "rubber"
        ? `articles of rubber are not plastics: chapter 39 excludes synthetic rubber and articles thereof (ch. 39 note 2(l); ch. 40 note 1): ${c.hs6} → ${to}`
        : `articles of plastics (ch. 39 note 1) are not of rubber as defined in ch. 40 note 1: ${c.hs6} → ${to}`;
      b.redirect(c.hs6, to, reason).record("39-40", reason);
    }
    return b.build();
  },
};

/**
 * Chapter 39 note 6: headings 3901–3914 take plastics only in primary forms (liquids and pastes, blocks, lumps,
 * powders, granules, flakes and similar bulk forms). A polymer named with a shaped form — film, sheet, plate, strip,
 * tube, profile, bag, or any article — is not in a primary form: plates, sheets and film go to 3920 (non-cellular,
 * not reinforced) or 3921 (cellular, laminated, reinforced), tubes to 3917, monofilament and profiles to 3916, other
 * shaped goods to their article headings. Film of one plastic coated or laminated with another plastic is still
 * 3920; 3921 takes it reinforced, laminated, supported or combined with other materials.
 */
const PRIMARY_FORM = /\b(primary forms?|resins?|pellets?|granules?|granulates?|powders?|flakes?|chips?|beads? of resin|dispersions?|emulsions?|solutions?|pastes?|liquid|masterbatch|compounds?|in bulk)\b/;
const SHAPED_FORM = /\b(films?|sheets?|sheeting|plates?|strips?|foils?|tapes?|laminates?|membranes?|tubes?|tubing|pipes?|hoses?|profiles?|rods?|monofilaments?|bags?|sacks?|containers?|bottles?|boxes|covers?|cases?|protectors?|tablecloths?|curtains?|mats?|panels?|boards?)\b/;

/** The 3920 subheading (plates, sheets, film, non-cellular, not reinforced) for the polymer of a primary-form code. */
function sheetOf(primary: string): string {
  const map: Array<[string, string]> = [
    ["3901", "392010"], ["3902", "392020"], ["3903", "392030"], ["3904", "392049"], ["3905", "392091"], ["3906", "392059"],
    ["390740", "392061"], ["39076", "392062"], ["390791", "392063"], ["3907", "392069"], ["3908", "392092"],
    ["390931", "392094"], ["3909", "392093"], ["3912", "392079"], ["3913", "392099"], ["3914", "392099"],
  ];
  return map.find(([p]) => primary.startsWith(p))?.[1] ?? "392099";
}

/** The 3916 subheading (monofilament > 1 mm, rods, sticks, profile shapes) for the polymer of a primary-form code. */
function profileOf(primary: string): string {
  return primary.startsWith("3901") ? "391610" : primary.startsWith("3904") ? "391620" : "391690";
}

export const ch39PrimaryForms: GriRule = {
  id: "39-note-6",
  title: "Plastics in primary forms (3901–3914) vs shaped goods",
  basis: "Chapter 39 note 6",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const t = `${attrs.cleanName} ${attrs.text}`.toLowerCase();
    if (PRIMARY_FORM.test(t)) return b.build();
    const shape = SHAPED_FORM.exec(t)?.[1];
    if (!shape) return b.build();
    for (const c of candidates) {
      const h = Number(headingOf(c.hs6));
      if (chapterOf(c.hs6) !== "39" || h < 3901 || h > 3914) continue;
      const flat = /^(?:films?|sheets?|sheeting|plates?|strips?|foils?|tapes?|laminates?|membranes?)$/.test(shape);
      const bar = /^(?:rods?|profiles?|monofilaments?)$/.test(shape);
      const to = bar ? profileOf(c.hs6) : flat ? (/\b(reinforced|supported|(?:laminated|combined) with (?:textile|paper|metal|aluminium|glass|fabric))/.test(t) ? "392190" : /\b(cellular|foam|foamed)\b/.test(t) ? "392119" : sheetOf(c.hs6)) : undefined;
      const reason = `headings 3901 to 3914 cover plastics in primary forms only (liquids, pastes, powders, granules, flakes, blocks — ch. 39 note 6); "${shape}" is a shaped form${to ? `: ${c.hs6} → ${to}` : `, not ${c.hs6}`}`;
      if (to) b.redirect(c.hs6, to, reason).record("39-note-6", reason);
      else b.adjust(c.hs6, 0.3, reason).record("39-note-6", reason);
    }
    return b.build();
  },
};

/** Goods named as an adhesive or glue (not an adhesive tape, film, label or dressing: those are shaped goods). */
const ADHESIVE_GOODS = /\b(?:adhesives?|glues?|hot[- ]?melts?)\b/;
const ADHESIVE_ARTICLE = /\b(?:adhesive|glue)\s+(?:tapes?|films?|sheets?|labels?|stickers?|bandages?|dressings?|plasters?|patch(?:es)?|hooks?|strips?|papers?|vinyl|dots?|guns?|sticks?|removers?|applicators?|spreaders?)\b|\bself[- ]adhesive\b/;

/** The goods are named as a glue or adhesive itself, not as an article that carries or applies one. */
function namedAsAdhesive(attrs: ExtractedAttributes): boolean {
  const name = attrs.cleanName.toLowerCase();
  return ADHESIVE_GOODS.test(name) && !ADHESIVE_ARTICLE.test(name);
}

export const ch35Adhesives: GriRule = {
  id: "35-3506",
  title: "Adhesives based on polymers or rubber (3506.91), not the polymer in primary form",
  basis: "HS 3506.91; Chapter 39 note 2 and Chapter 40 note 2: prepared glues and adhesives of heading 3506 are excluded",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    if (!namedAsAdhesive(attrs)) return b.build();
    for (const c of candidates) {
      const h = Number(headingOf(c.hs6));
      if (!((h >= 3901 && h <= 3913) || h === 4001 || h === 4002 || h === 4005)) continue;
      const reason = `an adhesive based on a polymer of headings 3901–3913 or on rubber is a prepared adhesive of 3506.91, not the polymer itself (chs. 39 and 40 exclude the goods of heading 3506): ${c.hs6} → 350691`;
      b.redirect(c.hs6, "350691", reason).record("35-3506", reason);
    }
    return b.build();
  },
};

/** Words of a retail put-up: the small containers glues are sold in to consumers. */
const RETAIL_PUT_UP = /\b(?:tubes?|bottles?|blister(?: card| pack)?s?|retail|squeeze|syringes?|pens?|(?:\d+\s*)?(?:pcs|pack|packs|count|ct))\b/;
const BULK_PUT_UP = /\b(?:bulk|drums?|pails?|ibc|totes?|barrels?|industrial)\b/;

/**
 * Subheading 3506.10 comes first: any product suitable for use as a glue or adhesive put up for retail sale as such,
 * of a net weight not exceeding 1 kg, whatever it is based on. A stated weight or volume up to 1 kg (1 l) or a
 * retail container (tube, bottle, blister) shows the put-up; bulk containers or more than 1 kg do not.
 */
export const ch35RetailAdhesives: GriRule = {
  id: "35-3506.10",
  title: "Glues and adhesives put up for retail sale, not over 1 kg (3506.10)",
  basis: "HS subheading 3506.10; GRI 6",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    if (!namedAsAdhesive(attrs)) return b.build();
    const kg = attrs.weightKg ?? attrs.dimensions?.volumeL;
    const retail = kg !== undefined ? kg <= 1 : RETAIL_PUT_UP.test(attrs.text) && !BULK_PUT_UP.test(attrs.text);
    if (!retail) return b.build();
    for (const c of candidates) {
      if (c.hs6 !== "350691" && c.hs6 !== "350699") continue;
      const reason = `a glue put up for retail sale as a glue, not over 1 kg net, is 3506.10 whatever it is based on (the first subheading of 3506): ${c.hs6} → 350610`;
      b.redirect(c.hs6, "350610", reason).record("35-3506.10", reason);
    }
    return b.build();
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Chapter 94

type FurnMat = "metal" | "wood" | "plastics" | "bamboo" | "rattan" | "cane" | "other";

function furnitureMaterial(attrs: ExtractedAttributes): FurnMat | undefined {
  const t = attrs.text;
  if (/\brattan\b/.test(t)) return "rattan";
  if (/\b(wicker|osier|willow|cane|seagrass|water hyacinth)\b/.test(t)) return "cane";
  const m = firstMaterial(attrs);
  if (!m) return undefined;
  if (BASE_METALS.has(m) || PRECIOUS_METALS.has(m)) return "metal";
  if (m === "wood") return "wood";
  if (m === "bamboo") return "bamboo";
  if (m === "plastic") return "plastics";
  return "other";
}

const OFFICE = /\b(office|desks?|filing|file cabinets?|workstations?)\b/;
const KITCHEN = /\b(kitchen)\b/;
const BEDROOM = /\b(bedroom|beds?|bed ?frames?|wardrobes?|nightstands?|bedside|dressers?|headboards?|cribs?|cots?|bassinets?)\b/;

function furnitureTarget(attrs: ExtractedAttributes, mat: FurnMat, parts: boolean): string {
  if (parts) return mat === "wood" ? "940391" : "940399";
  const t = `${attrs.cleanName} ${attrs.text}`.toLowerCase();
  const office = attrs.uses.includes("office") || OFFICE.test(t);
  const kitchen = attrs.uses.includes("kitchen") || KITCHEN.test(t);
  switch (mat) {
    case "metal": return office ? "940310" : "940320";
    case "wood": return office ? "940330" : kitchen ? "940340" : BEDROOM.test(t) ? "940350" : "940360";
    case "plastics": return "940370";
    case "bamboo": return "940382";
    case "rattan": return "940383";
    default: return "940389";
  }
}

/** Heading 9403 subheadings by material and use (metal: office / other; wood: office / kitchen / bedroom / other; plastics; bamboo; rattan; other). */
export const ch94Furniture: GriRule = {
  id: "94-9403",
  title: "Other furniture (9403) by material and use",
  basis: "Heading 9403 subheadings; chapter 94 note 2",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const mat = furnitureMaterial(attrs);
    if (!mat) return b.build();
    for (const c of candidates.filter((x) => headingOf(x.hs6) === "9403")) {
      const parts = c.hs6.startsWith("94039");
      const to = furnitureTarget(attrs, mat, parts);
      if (to === c.hs6) continue;
      const reason = `furniture ${parts ? "parts " : ""}of ${mat === "cane" ? "cane, osier or similar materials" : mat} → ${to} (heading 9403 subheadings by constituent material and use): ${c.hs6} → ${to}`;
      b.redirect(c.hs6, to, reason).record("94-9403", reason);
    }
    return b.build();
  },
};

/** Gloves coated or dipped in rubber or plastics ("nitrile coated", "pu palm coated", "latex dipped"). */
const COATED_GLOVES = /\b(?:nitrile|latex|rubber|pu|polyurethane|pvc|foam|sandy|micro ?foam|crinkle)[- ](?:coated|coating|dipped|palm)\b|\b(?:palm|fingertip|finger)[- ](?:coated|dipped)\b|\bcoated (?:palms?|work gloves|gardening gloves|garden gloves)\b/;
/** The textile the coating is on: a knitted shell or liner. */
const GLOVE_SHELL = /\b(?:knit|knitted|seamless|gauge|liners?|shells?|nylon|polyester|cotton|bamboo|spandex|hppe|fabric)\b/;

/**
 * Knitted gloves coated on the palm with rubber or plastics are textile gloves "impregnated, coated, covered or
 * laminated with plastics or rubber" (6116.10); goods of Section XI are excluded from chapter 40 (note 2(a)) and
 * chapter 39 (note 2(p)), so such gloves are not rubber or plastic gloves of 4015 / 3926.
 */
export const ch61CoatedGloves: GriRule = {
  id: "61-6116",
  title: "Coated knitted gloves are textile gloves (6116.10)",
  basis: "Subheading 6116.10; chapter 40 note 2(a); chapter 39 note 2(p)",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const gloves = candidates.filter((c) => c.hs6.startsWith("4015") || c.hs6 === "392620");
    if (gloves.length === 0) return b.build();
    const t = `${attrs.cleanName} ${attrs.text}`.toLowerCase();
    if (!/\bgloves?\b/.test(t) || !COATED_GLOVES.test(t) || !GLOVE_SHELL.test(t)) return b.build();
    for (const c of gloves) {
      const reason = `knitted gloves coated with rubber or plastics are textile gloves (subheading 6116.10; ch. 40 note 2(a), ch. 39 note 2(p)): ${c.hs6} → 611610`;
      b.redirect(c.hs6, "611610", reason).record("61-6116", reason);
    }
    return b.build();
  },
};

/** Dog or cat food named as such ("Cat Food Pate Salmon", "Dog Treats Chicken Jerky"). */
const PET_FOOD = /\b(?:dogs?|cats?|puppy|puppies|kittens?|pets?|canine|feline)\s+(?:food|foods|treats?|kibble|biscuits?|snacks?|jerky|dental chews?|chews?|meals?|dinners?|pate|wet food|dry food)\b/;
/** Food chapters whose headings name the ingredient a pet-food recipe is made of (meat, fish, cereals, preparations). */
const FOOD_CHAPTERS = new Set(["02", "03", "04", "07", "08", "10", "11", "16", "19", "20", "21"]);

/**
 * Heading 2309: preparations of a kind used in animal feeding. Dog or cat food named with its recipe ("Cat Food Pate
 * Salmon") is animal feed put up for retail sale (2309.10), not prepared fish or meat for people (ch. 16) — the
 * ingredient names the recipe, not the goods.
 */
export const ch23PetFood: GriRule = {
  id: "23-2309",
  title: "Dog or cat food is animal feed (2309), not the food its recipe names",
  basis: "Heading 2309; subheading 2309.10 (dog or cat food, put up for retail sale)",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const food = candidates.filter((c) => FOOD_CHAPTERS.has(chapterOf(c.hs6)));
    if (food.length === 0) return b.build();
    const t = `${attrs.cleanName} ${attrs.text}`.toLowerCase();
    if (!PET_FOOD.test(t)) return b.build();
    for (const c of food) {
      const reason = `dog or cat food named with its recipe is a preparation of a kind used in animal feeding, put up for retail sale (heading 2309, 2309.10): ${c.hs6} → 230910`;
      b.redirect(c.hs6, "230910", reason).record("23-2309", reason);
    }
    return b.build();
  },
};

/** The stone named, for the subheadings of 6802 (marble, travertine, alabaster / granite / other calcareous stone). */
const STONE_KIND: Array<[RegExp, { cut: string; other: string }]> = [
  [/\b(?:marble|travertine|alabaster)\b/, { cut: "680221", other: "680291" }],
  [/\bgranite\b/, { cut: "680223", other: "680293" }],
  [/\b(?:limestone|calcareous)\b/, { cut: "680229", other: "680292" }],
];
const NOT_STONE_KIND = /\b(?:faux|imitation|cultured|engineered|artificial|look|effect|pattern|print|printed)\b/;

/**
 * Heading 6802 subheadings by the stone: "simply cut or sawn" 6802.21 / .23 / .29 and "other" 6802.91 marble,
 * travertine and alabaster / .92 other calcareous stone / .93 granite / .99 other stone.
 */
export const ch68WorkedStone: GriRule = {
  id: "68-6802",
  title: "Worked stone (6802) by kind of stone",
  basis: "Heading 6802 subheadings",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const stone = candidates.filter((c) => /^6802[29]/.test(c.hs6));
    if (stone.length === 0) return b.build();
    const t = `${attrs.cleanName} ${attrs.text}`.toLowerCase();
    if (NOT_STONE_KIND.test(t)) return b.build();
    const kind = STONE_KIND.find(([re]) => re.test(t))?.[1];
    if (!kind) return b.build();
    for (const c of stone) {
      const to = c.hs6.startsWith("68022") ? kind.cut : kind.other;
      if (to === c.hs6) continue;
      const reason = `worked stone by the kind of stone named (heading 6802 subheadings): ${c.hs6} → ${to}`;
      b.redirect(c.hs6, to, reason).record("68-6802", reason);
    }
    return b.build();
  },
};

/** Low-expansion glass named by its kind ("borosilicate", "high borosilicate", "3.3 borosilicate"). */
const BOROSILICATE = /\bborosilicate\b|\blow[- ]expansion glass\b/;
/** Lead crystal (subheadings 7013.22, .33, .41; chapter 70 subheading note 1: at least 24 % lead monoxide). */
const LEAD_CRYSTAL = /\blead(?:ed)? crystal\b|\b24\s*% (?:pbo|lead)\b/;
const GLASS_TO: Record<string, { boro?: string; lead: string }> = {
  "701349": { boro: "701342", lead: "701341" },
  "701337": { lead: "701333" },
  "701328": { lead: "701322" },
};

/**
 * Heading 7013 subheadings by the kind of glass: table or kitchen glassware of glass with a linear coefficient of
 * expansion not exceeding 5 × 10⁻⁶ per Kelvin (borosilicate) 7013.42; of lead crystal 7013.22 / .33 / .41.
 */
export const ch70Glassware: GriRule = {
  id: "70-7013",
  title: "Glassware (7013) by kind of glass",
  basis: "Heading 7013 subheadings; chapter 70 subheading note 1 (lead crystal)",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const glass = candidates.filter((c) => GLASS_TO[c.hs6]);
    if (glass.length === 0) return b.build();
    const t = `${attrs.cleanName} ${attrs.text}`.toLowerCase();
    const lead = LEAD_CRYSTAL.test(t);
    const boro = !lead && BOROSILICATE.test(t);
    if (!lead && !boro) return b.build();
    for (const c of glass) {
      const to = lead ? GLASS_TO[c.hs6]!.lead : GLASS_TO[c.hs6]!.boro;
      if (!to) continue;
      const reason = `${lead ? "of lead crystal (ch. 70 subheading note 1)" : "of borosilicate glass, linear coefficient of expansion not over 5 × 10⁻⁶ per Kelvin"} (heading 7013 subheadings): ${c.hs6} → ${to}`;
      b.redirect(c.hs6, to, reason).record("70-7013", reason);
    }
    return b.build();
  },
};

/** "wooden legs", "metal frame", "steel base": the material of a seat's frame, named by its frame words. */
const FRAME_MATERIAL = /\b(solid wood|wood(?:en)?|oak|pine|beech|walnut|teak|acacia|birch|rubberwood|bamboo|rattan|metal|steel|iron|alumini?um|chrome|plastics?)\s+(?:frames?|legs?|base|structure)\b/;

/**
 * The frame material of a seat: the one its frame words name ("with wooden legs", "metal frame"), else the goods' material.
 * An upholstered seat's first material is often its cover ("fabric seat", "velvet"), which says nothing of the frame
 * the 9401 subheadings are split by.
 */
function seatFrameMaterial(attrs: ExtractedAttributes): FurnMat | undefined {
  const named = FRAME_MATERIAL.exec(`${attrs.cleanName} ${attrs.text}`.toLowerCase())?.[1];
  if (named) {
    if (named === "bamboo") return "bamboo";
    if (named === "rattan") return "rattan";
    if (/^(?:metal|steel|iron|alumini?um|chrome)$/.test(named)) return "metal";
    if (/^plastics?$/.test(named)) return "plastics";
    return "wood";
  }
  return furnitureMaterial(attrs);
}

const UPHOLSTERED_WORDS = /\b(upholster(?:ed|y)|cushion(?:ed)?|padded|sofas?|couch(?:es)?|armchairs?|foam seat|fabric seat|leather seat|recliners?)\b/;

/** "not upholstered", "non-upholstered", "unupholstered", "without cushion": a negated upholstery word says the seat is bare. */
const NOT_UPHOLSTERED = /\b(?:not\s+|non-?\s*|un-?|without\s+(?:an?\s+)?|no\s+)(?:upholster(?:ed|y)|cushion(?:ed|s)?|padded|padding)\b/g;

function isUpholstered(t: string): boolean {
  return UPHOLSTERED_WORDS.test(t.replace(NOT_UPHOLSTERED, " "));
}

/**
 * Swivel seats "with variable height adjustment" (9401.31/.39): "adjustable", a gas lift, or a height not named as a
 * fixed one ("counter height", "bar height" stools are of a fixed height).
 */
const HEIGHT_ADJUSTABLE = /\b(adjustable|gas lift|lift|(?<!(?:counter|bar|seat|standard|table|desk|chair|full|fixed) )height)\b/;

/**
 * Seats "convertible into beds" (9401.41/.49): sofa beds, futons, sleeper sofas, chair beds. A "convertible" high
 * chair or car seat converts into a booster or a toddler seat, not a bed.
 */
const CONVERTIBLE_TO_BED = /\b(?:sofa ?beds?|futons?|sleeper (?:sofas?|couch(?:es)?|chairs?)|chair ?beds?|couch ?beds?|convertible (?:in)?to (?:an? )?(?:single |double |twin |full |queen )?beds?|convertible (?:sofas?|couch(?:es)?|futons?|sleepers?|sectionals?|loveseats?)|(?:pull|fold)[- ]out (?:sofas?|couch(?:es)?|beds?|sleepers?))\b/;

function seatTarget(hs6: string, attrs: ExtractedAttributes, mat: FurnMat): string | undefined {
  const t = `${attrs.cleanName} ${attrs.text}`.toLowerCase();
  const wood = mat === "wood";
  if (hs6.startsWith("94019")) return wood ? "940191" : "940199";
  if (hs6 === "940110" || hs6 === "940120") return undefined;
  if (/\b(car seats?|child car seats?|booster seats?)\b/.test(t) || attrs.uses.includes("vehicle")) return "940120";
  if (/\bswivel\b/.test(t) && HEIGHT_ADJUSTABLE.test(t)) return wood ? "940131" : "940139";
  if (CONVERTIBLE_TO_BED.test(t)) return wood ? "940141" : "940149";
  if (mat === "bamboo") return "940152";
  if (mat === "rattan") return "940153";
  if (mat === "cane") return "940159";
  const upholstered = isUpholstered(t);
  if (wood) return upholstered ? "940161" : "940169";
  if (mat === "metal") return upholstered ? "940171" : "940179";
  return "940180";
}

/** Heading 9401 subheadings: seats by kind (vehicle, swivel, convertible), frame material and upholstery. */
export const ch94Seats: GriRule = {
  id: "94-9401",
  title: "Seats (9401) by frame material and upholstery",
  basis: "Heading 9401 subheadings",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const mat = seatFrameMaterial(attrs);
    if (!mat) return b.build();
    for (const c of candidates.filter((x) => headingOf(x.hs6) === "9401")) {
      const to = seatTarget(c.hs6, attrs, mat);
      if (!to || to === c.hs6) continue;
      const reason = `seat ${c.hs6.startsWith("94019") ? "parts " : ""}with ${mat} frame${isUpholstered(`${attrs.cleanName} ${attrs.text}`.toLowerCase()) ? ", upholstered" : ""} → ${to} (heading 9401 subheadings): ${c.hs6} → ${to}`;
      b.redirect(c.hs6, to, reason).record("94-9401", reason);
    }
    return b.build();
  },
};

/** Goods named as being for motorcycles or mopeds (heading 8711), and words for other vehicles. */
const MOTORCYCLE = /\b(motorcycles?|motorbikes?|dirt ?bikes?|mopeds?|motocross|pit ?bikes?)\b/;
const OTHER_VEHICLE = /\b(cars?|trucks?|lorr(?:y|ies)|suvs?|automobiles?|vans?|bicycles?|atvs?|utvs?|tractors?|e-?bikes?|scooters?)\b/;

/**
 * Parts and accessories of motorcycles are those of heading 8714 (8714.10): not the parts of the motor vehicles of
 * 8701–8705 (8708) nor of bicycles (8714.9x), whose terms the goods ("exhaust muffler", "handlebar grips") share.
 */
export const ch87MotorcycleParts: GriRule = {
  id: "87-8714",
  title: "Parts and accessories of motorcycles (8714.10)",
  basis: "Heading 8714; Section XVII note 3",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const t = `${attrs.cleanName} ${attrs.text}`.toLowerCase();
    if (!MOTORCYCLE.test(t) || OTHER_VEHICLE.test(t.replace(MOTORCYCLE, " "))) return b.build();
    for (const c of candidates) {
      if (!(headingOf(c.hs6) === "8708" || /^87149/.test(c.hs6))) continue;
      const reason = `parts and accessories of motorcycles → 871410 (heading 8714), not of the vehicles of ${headingOf(c.hs6) === "8708" ? "8701–8705 (8708)" : "bicycles (8714.9x)"}: ${c.hs6} → 871410`;
      b.redirect(c.hs6, "871410", reason).record("87-8714", reason);
    }
    return b.build();
  },
};

/** Words of a bulk put-up of a drug substance (not a medicament's dose or retail packing). */
const BULK_DRUG = /\b(?:powders?|bulk|api|active pharmaceutical ingredients?|raw materials?|(?:usp|bp|ep|jp|pharmaceutical|pharma|technical|feed|food) grade|usp|crystalline|crystals?|drums?|\d+\s?kg)\b/;
const DOSAGE_FORM = /\b(?:tablets?|caplets?|capsules?|softgels?|gummies|chewables?|syrups?|doses?|dosage|mg\b|sachets?|injections?|injectables?|ampoules?|vials?|creams?|ointments?|gels?|blisters?|retail|lozenges?|suspensions?|drops|sprays?|patch(?:es)?|suppositor(?:y|ies)|inhalers?)/;

/**
 * Headings 3003 and 3004 cover medicaments: mixtures of constituents (3003) or goods put up in measured doses or for
 * retail sale (3004). A drug substance named alone and put up in bulk ("paracetamol powder", "ibuprofen API in
 * drums") is a separate chemically defined compound of chapter 29 (ch. 29 note 1(a); ch. 30 note 1 and headings
 * 3003/3004): a chapter 29 candidate takes precedence.
 */
export const ch30BulkDrugs: GriRule = {
  id: "30-3004-bulk",
  title: "Drug substances in bulk are chapter 29 compounds, not medicaments of 3003/3004",
  basis: "Headings 3003 and 3004 (measured doses, retail sale, mixtures); Chapter 29 note 1(a)",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const t = `${attrs.cleanName} ${attrs.text}`.toLowerCase();
    if (!BULK_DRUG.test(t) || DOSAGE_FORM.test(t)) return b.build();
    if (!candidates.some((c) => chapterOf(c.hs6) === "29")) return b.build();
    for (const c of candidates) {
      const h = headingOf(c.hs6);
      if (h !== "3003" && h !== "3004") continue;
      const reason = `a drug substance in bulk, not put up in measured doses or for retail sale, is a chemically defined compound of chapter 29, not a medicament of ${h} (ch. 29 note 1(a)): ${c.hs6} weighed down`;
      b.adjust(c.hs6, 0.3, reason).record("30-3004-bulk", reason);
    }
    return b.build();
  },
};

export const GOODS_RULES: GriRule[] = [ch30BulkDrugs, ch95Exclusions, ch64Footwear, ch42Containers, ch39vs40, ch35Adhesives, ch35RetailAdhesives, ch39PrimaryForms, ch94Seats, ch94Furniture, ch70Glassware, ch68WorkedStone, ch23PetFood, ch61CoatedGloves, ch95Headings, ch87MotorcycleParts];
