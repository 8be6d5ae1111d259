/**
 * States of goods that the subheadings of chapters 2–24 (and a few others) split on: "in shell" / "shelled",
 * "crude" / "refined", "fresh or chilled" / "frozen", "not cut in pieces" / "cuts", "filled" / "not filled",
 * "roasted" / "not roasted", "decaffeinated" / "not decaffeinated", "containing added sugar" / not.
 *
 * GRI 6: a subheading is chosen by its terms; one whose terms state the opposite of what the goods are said to
 * be (shelled almonds, "in shell"; refined sugar, "raw") does not describe them, however many words it shares.
 */

import { readTokens } from "@openhs/shared";

/** A state: the words that say it holds (`yes`) and those that say it does not (`no`). */
interface State {
  name: string;
  /** Said to hold. */
  yes: RegExp;
  /** Said not to hold (tested first; its words are taken out before `yes` is tested). */
  no: RegExp;
  /** Tariff-side only: words that say it does not hold in a tariff text ("raw" sugar is not refined). */
  noTariff?: RegExp;
  /** Goods-side only: words that say it does not hold of the goods (a plain "coil" or "sheet" has no relief pattern). */
  noGoods?: RegExp;
  /** Goods-side only: further words that say it holds of the goods (the trade's names for it: "chequer plate"). */
  yesGoods?: RegExp;
}

const STATES: readonly State[] = [
  {
    name: "in shell",
    no: /\b(?:shelled|hulled|kernels?|decorticated|without shells?|out of shell)\b/g,
    yes: /\b(?:in(?:[- ]the)?[- ](?:inner[- ])?shell|unshelled|in[- ]husk)\b/g,
  },
  {
    name: "refined",
    no: /\b(?:crude|unrefined|not refined|virgin)\b/g,
    yes: /\brefined\b/g,
    noTariff: /\braw\b/g,
  },
  {
    name: "frozen",
    no: /\b(?:not frozen|fresh|chilled|unfrozen)\b/g,
    yes: /\b(?:frozen|deep[- ]frozen|iqf)\b/g,
  },
  {
    name: "cut in pieces",
    no: /\b(?:not cut(?: in(?:to)? pieces)?|uncut|whole(?! milk| wheat| grain| bean| food| foods| sale)|in carcass)\b/g,
    yes: /\b(?:cuts|cut in(?:to)? pieces)\b/g,
  },
  {
    name: "filled",
    no: /\b(?:not filled|unfilled|non[- ]filled)\b/g,
    yes: /\bfilled\b/g,
  },
  {
    name: "roasted",
    no: /\b(?:not roasted|unroasted|green coffee|green beans?)\b/g,
    yes: /\b(?:roasted|roast)\b/g,
  },
  {
    name: "decaffeinated",
    no: /\b(?:not decaffeinated|caffeinated)\b/g,
    yes: /\b(?:decaffeinated|decaf)\b/g,
  },
  // Pleasure boats (8903.11 / 8903.12): "fitted or designed to be fitted with a motor" / "not designed to be used with a motor".
  {
    name: "motor",
    no: /\b(?:not designed (?:to be used with|for(?: use with)?) (?:an? )?motor|without (?:an? )?motor|(?:not|non)[- ]motori[sz]ed|unmotori[sz]ed|no motor)\b/g,
    yes: /\b(?:fitted or designed to be fitted with a motor|with (?:an? )?(?:outboard |inboard )?motor|motori[sz]ed)\b/g,
  },
  // Luminaires (9405.11 / .21 / .31 / .41 / .61 "designed for use solely with light-emitting diode (LED) light sources"):
  // a lamp sold without its bulb, or for incandescent or halogen lamps, is not.
  {
    name: "solely LED",
    no: /\b(?:bulbs? (?:is |are )?not included|without (?:a |the )?bulbs?|incandescent|halogen)\b/g,
    // HS 2022's own texts of the residual siblings (9405.19, .29, .39, .49, .69): "for other than use solely with LED".
    noTariff: /\bother than (?:for )?use solely with (?:light[- ]emitting diode|led)\b/g,
    yes: /\b(?:solely with (?:light[- ]emitting diode|led)|led light source permanently|integrated led|built[- ]in led)\b/g,
  },
  {
    name: "alloyed",
    // A stated purity of 99.x % is the metal not alloyed (ch. 76 subheading note 1(a): aluminium of 99 % or more).
    no: /\b(?:not alloyed|unalloyed|non[- ]?alloy(?:ed)?)\b|\b99\.\d+ ?%/g,
    yes: /\b(?:alloyed|alloys?)\b/g,
  },
  // The goods named as a coil ("CR coil 0.8mm", "HR coils 2.5mm x 1250mm", "aluminium coil") are in coils too; a coil
  // spring or coil nails are no flat-rolled or bar product, whose subheadings alone say "in coils".
  {
    name: "in coils",
    no: /\bnot in coils\b/g,
    yes: /\b(?:in coils|coiled|coils?)\b(?!\s+(?:springs?|nails?|binding|binder|cords?|hoses?|tubing|heaters?|cleaners?|winding|windings|guns?)\b)/g,
    // A plate or sheet (cut lengths) named without a coil is not in coils.
    noGoods: /^(?![\s\S]*\bcoil)[\s\S]*?\b(?:plates?|sheets?)\b/g,
  },
  // Flat-rolled steel (7208.10 / 7208.40 "with patterns in relief"): chequer (tread, diamond, tear-drop) plate is rolled
  // with a relief pattern; goods named a plain coil, sheet, plate or strip are not, and fall under "without patterns in relief".
  {
    name: "patterns in relief",
    no: /\bwithout patterns? in relief\b/g,
    yes: /\bpatterns? in relief\b/g,
    yesGoods: /\b(?:chequer(?:ed)?|checker(?:ed)?|diamond|tread|tear ?drop|embossed)\b/g,
    noGoods: /^(?![\s\S]*\b(?:chequer|checker|diamond|tread|tear ?drop|embossed|patterns? in relief))[\s\S]*?\b(?:plain|coils?|sheets?|plates?|strips?)\b/g,
  },
  // Hot-rolled flat products in coils (7208.25–.27 "pickled" / 7208.36–.39 not): hot-rolled goods not said to be pickled
  // (HRPO: hot-rolled, pickled and oiled) are black, as rolled.
  {
    name: "pickled",
    no: /\bnot pickled\b/g,
    yes: /\b(?:pickled|hrpo)\b/g,
    noGoods: /^(?![\s\S]*\b(?:pickled|hrpo)\b)[\s\S]*?\bhot[- ]rolled\b/g,
  },
  // Yarn (5205–5207, 5509–5511, 5402 …): single yarn against multiple (folded) or cabled yarn. "Per single yarn" is the
  // measure of a folded yarn's strands, not a single yarn.
  {
    name: "multiple or cabled yarn",
    no: /(?<!\bper )\bsingle(?:[- ]ply)?(?=,|\s+(?:[a-z-]+\s+){0,3}yarns?\b)/g,
    yes: /\b(?:multiple(?: \(folded\))? or cabled|folded or cabled|cabled)\b/g,
    // Of the goods, a ply count or "folded" said of a yarn ("2-ply cotton yarn", "yarn, 3-ply"): not "multiple colours".
    yesGoods: /\b(?:\d+[- ]ply|two[- ]ply|three[- ]ply|plied|folded|doubled)\b(?=[^;]*\byarns?\b)|\byarns?\b[^;]*\b(?:\d+[- ]ply|two[- ]ply|three[- ]ply|plied|folded|doubled)\b/g,
  },
  {
    name: "put up for retail sale",
    // ("sale" may have gone with the marketing noise of a title: "put up for retail")
    no: /\bnot (?:put up )?for retail(?: sale)?\b/g,
    yes: /\b(?:put up for retail(?: sale)?|for retail sale|retail packs?|retail packag(?:e|es|ing))\b/g,
  },
  {
    name: "added sugar",
    no: /\b(?:not containing added sugar(?: or other sweetening matter)?|without added sugar|no (?:added )?sugar(?: added)?|unsweetened|not sweetened|sugar[- ]free)\b/g,
    yes: /\b(?:containing added sugar|added sugar|sweetened)\b/g,
  },
];

export type StateValues = ReadonlyMap<string, boolean>;

/**
 * Words of a process or finish that a text can say the goods have or have not been through ("not enamelled",
 * "not knitted or crocheted", "not alloyed", "unbleached", "for dental uses" against "not dental"): past participles
 * and a few adjectives the subheadings split on. Words of quantity ("not exceeding", "not more than") are thresholds,
 * read elsewhere; "containing" is the added-sugar state, and the words of the named states above are theirs.
 */
const STATE_WORD = /^(?!(?:used|designed|intended|based|specified|included|mentioned|described|covered|required|needed|called|named|listed|related|classified|imported|exported|shipped|supplied|presented|labell?ed|indicated|featured|offered|sized|shaped|styled|colou?red|bottled|packed|packaged|boxed|bagged|chilled|frozen|roasted|refined|unrefined|filled|decaffeinated|shelled|unshelled|hulled|alloyed|unalloyed|added|sweetened)$)(?:[a-z]+(?:-[a-z]+)?ed|seamless|dental|self-adhesive|self-propelled|power-operated|optically|electrically|chemically)$/;
const STATE_ADJECTIVES: ReadonlySet<string> = new Set(["seamless", "dental", "self-adhesive", "self-propelled", "power-operated", "optically", "electrically", "chemically"]);
// A "not" denies every participle of the list it heads: "not reinforced, laminated, supported or similarly combined
// with other materials" (3920), "not reinforced or otherwise combined" (3917.32).
const NOT_WORDS = /\b(?:not|nor|neither) ([a-z]+(?:-[a-z]+)?)(?:(?:,| or| nor)(?: similarly| otherwise)? ([a-z]+(?:-[a-z]+)?))?((?:(?:,| or| nor)(?: similarly| otherwise)? [a-z]+(?:-[a-z]+)?ed\b)*)/g;
const UN_WORD = /\b(?:un|non-?)([a-z]+ed)\b/g;

/** "not exceeding 60 V", "exceeding 650 kVA", "more than 1,000 W": a stated bound on a quantity, per number and unit. */
const BOUND = /\b(not )?(?:exceeding|more than|over) (\d+(?:[.,]\d+)*) ?(kva|kv|kw|v|volts?|w|watts?|mm|cm|kg|g|l|litres?|liters?|cc|cm3)\b/g;
const UNIT: Record<string, string> = { volt: "v", volts: "v", watt: "w", watts: "w", litre: "l", litres: "l", liter: "l", liters: "l", cm3: "cc" };

/** "flavoured", "coloured" as "flavored", "colored": one state whichever spelling the text uses. */
function americanOur(w: string): string {
  return w.replace(/our(ed|ing)$/, "or$1");
}

/** The stems of the state words a text says of the goods (`true`) and says they are not (`false`); both said: left out. */
function stateWords(text: string): Map<string, boolean> {
  const out = new Map<string, boolean>();
  const negated = new Set<string>();
  NOT_WORDS.lastIndex = 0;
  let rest = text.replace(NOT_WORDS, (_all, a: string, b: string | undefined, more: string | undefined) => {
    const listed = (more ?? "").split(/,| or | nor /).map((w) => w.replace(/^\s*(?:(?:similarly|otherwise)\s+)?/, "").trim());
    for (const w of [a, b, ...listed]) if (w && STATE_WORD.test(w)) for (const t of readTokens(americanOur(w))) negated.add(t);
    return " ";
  });
  UN_WORD.lastIndex = 0;
  rest = rest.replace(UN_WORD, (_all, w: string) => {
    for (const t of readTokens(americanOur(w))) negated.add(t);
    return " ";
  });
  const stated = new Set<string>();
  for (const w of rest.match(/[a-z]+(?:-[a-z]+)?/g) ?? []) {
    if (!(w.endsWith("ed") || STATE_ADJECTIVES.has(w)) || !STATE_WORD.test(w)) continue;
    for (const t of readTokens(americanOur(w))) stated.add(t);
  }
  BOUND.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = BOUND.exec(text)); ) {
    const name = `over ${m[2]!.replace(/,/g, "")} ${UNIT[m[3]!] ?? m[3]}`;
    const v = !m[1];
    // Both bounds said ("exceeding 60 V but not exceeding 1,000 V" names two numbers, so two states): left out.
    if (out.has(name) && out.get(name) !== v) out.delete(name);
    else out.set(name, v);
  }
  for (const t of negated) if (!stated.has(t)) out.set(`~${t}`, false);
  for (const t of stated) if (!negated.has(t)) out.set(`~${t}`, true);
  return out;
}

/** A word of some named state may be in the text (a cheap test before the states' own patterns). */
// (Every word of a state's `yes` / `no` pattern needs one of these; the state tests below fail when one is missing.)
const STATE_HINT = /shel|husk|kernel|hull|decortic|refin|crude|virgin|raw|froz|fresh|chill|iqf|cut|whole|carcass|fill|roast|green|caffein|decaf|sugar|sweet|alloy|99\.|retail|coil|motor|bulb|halogen|incandescent|led\b|diode|relief|chequer|checker|diamond|tread|tear|emboss|plain|sheet|plate|strip|pickl|hrpo|hot[- ]rolled|single|multiple|cabled|folded|plied|doubled|ply/;

function read(text: string, side: "product" | "tariff"): Map<string, boolean> {
  const t = text.toLowerCase();
  const out = new Map<string, boolean>();
  if (STATE_HINT.test(t)) for (const s of STATES) {
    let rest = t;
    let no = false;
    const extra = side === "tariff" ? s.noTariff : s.noGoods;
    for (const re of extra ? [s.no, extra] : [s.no]) {
      re.lastIndex = 0;
      if (!re.test(rest)) continue;
      no = true;
      re.lastIndex = 0;
      rest = rest.replace(re, " ");
    }
    let yes = false;
    for (const re of side === "product" && s.yesGoods ? [s.yes, s.yesGoods] : [s.yes]) {
      re.lastIndex = 0;
      yes ||= re.test(rest);
      re.lastIndex = 0;
    }
    // Both said ("fresh, chilled or frozen", "whether or not containing added sugar"): the text does not decide.
    if (yes !== no) out.set(s.name, yes);
  }
  for (const [w, v] of stateWords(t)) out.set(w, v);
  return out;
}

/** The states a product text says the goods are or are not in. */
export function productStates(text: string): StateValues {
  return read(text, "product");
}

/** The states a tariff text (an HS subheading description) requires. */
export function tariffStates(text: string): StateValues {
  // "Other than crude" oils are the refined ones (HS 1507.90, 1512.19 …).
  return read(text.replace(/\bwhether or not [^,;:]*/g, " ").replace(/\bother than crude\b/g, "refined"), "tariff");
}

/** The first state the tariff text requires that the goods are said not to be in (or the reverse), if any. */
export function contradiction(goods: StateValues, tariff: StateValues): string | undefined {
  for (const [name, v] of tariff) {
    const g = goods.get(name);
    if (g !== undefined && g !== v) return `${v ? "" : "not "}${name}`;
  }
  return undefined;
}
