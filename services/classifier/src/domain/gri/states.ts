/**
 * States of goods that the subheadings of chapters 2–24 (and a few others) split on: "in shell" / "shelled",
 * "crude" / "refined", "fresh or chilled" / "frozen", "not cut in pieces" / "cuts", "filled" / "not filled",
 * "roasted" / "not roasted", "decaffeinated" / "not decaffeinated", "containing added sugar" / not.
 *
 * GRI 6: a subheading is chosen by its terms; one whose terms state the opposite of what the goods are said to
 * be (shelled almonds, "in shell"; refined sugar, "raw") does not describe them, however many words it shares.
 */

/** A state: the words that say it holds (`yes`) and those that say it does not (`no`). */
interface State {
  name: string;
  /** Said to hold. */
  yes: RegExp;
  /** Said not to hold (tested first; its words are taken out before `yes` is tested). */
  no: RegExp;
  /** Tariff-side only: words that say it does not hold in a tariff text ("raw" sugar is not refined). */
  noTariff?: RegExp;
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
    yes: /\b(?:solely with (?:light[- ]emitting diode|led)|led light source permanently|integrated led|built[- ]in led)\b/g,
  },
  {
    name: "added sugar",
    no: /\b(?:not containing added sugar(?: or other sweetening matter)?|without added sugar|no (?:added )?sugar(?: added)?|not sweetened|unsweetened|sugar[- ]free)\b/g,
    yes: /\b(?:containing added sugar|added sugar|sweetened)\b/g,
  },
];

export type StateValues = ReadonlyMap<string, boolean>;

function read(text: string, side: "product" | "tariff"): Map<string, boolean> {
  const t = text.toLowerCase();
  const out = new Map<string, boolean>();
  for (const s of STATES) {
    let rest = t;
    let no = false;
    for (const re of side === "tariff" && s.noTariff ? [s.no, s.noTariff] : [s.no]) {
      re.lastIndex = 0;
      if (re.test(rest)) no = true;
      re.lastIndex = 0;
      rest = rest.replace(re, " ");
    }
    s.yes.lastIndex = 0;
    const yes = s.yes.test(rest);
    s.yes.lastIndex = 0;
    // Both said ("fresh, chilled or frozen", "whether or not containing added sugar"): the text does not decide.
    if (yes !== no) out.set(s.name, yes);
  }
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
