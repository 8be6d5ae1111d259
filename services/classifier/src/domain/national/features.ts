/**
 * What some recurring national line texts mean in the words sellers and rulings use: a line's phrase → the evidence
 * in the goods' text that satisfies it ("Printed circuit assemblies" ← "PCB", "control board", "module"; "Footwear
 * with open toes or open heels; … slip-on type" ← slippers, sandals, slides, mules; "Used or rebuilt" ← "used",
 * "refurbished" but not "used in …"). Each rule is general trade knowledge about the schedule's wording, not about
 * any one product. Also the use tags ("household", "vehicle", "medical", …) a line's use clause names. Pure.
 */
import { RequestMap } from "@openhs/shared";
import type { DecisiveAttribute } from "./types.js";

export interface ImpliedRule {
  name: string;
  /** Tested on the line's lower-case clean text. */
  line: RegExp;
  /** Tested on the goods' lower-case text (all fields); true when the goods have the feature. */
  goods: (text: string, attrs: { powerSource?: string; isSet: boolean; isPart: boolean; uses: string[]; processing: string[] }) => boolean;
  /** When the goods' text says nothing: the line does not apply ("no") or it is not known ("unknown"). */
  absent: "no" | "unknown";
  /** The attribute to ask about when unknown. */
  attribute?: DecisiveAttribute;
  /**
   * "names": the rule is what the line names ("Ink cartridges", "Rosaries and chaplets"); "feature": a condition on
   * the goods the line names ("… produced in continuous lengths", "Hand operated").
   */
  role: "names" | "feature";
}

const has = (re: RegExp) => (text: string) => re.test(text);
const USED_GOODS = /\b(?:used|rebuilt|refurbished|reconditioned|remanufactured|second[- ]hand|pre[- ]owned)\b(?!\s+(?:in|for|as|on|with|by|to|at|during|when|inside|mainly|mostly|widely|primarily|exclusively|only|together|between|under|within|throughout|worldwide|daily|indoors?|outdoors?))/;

export const IMPLIED: readonly ImpliedRule[] = [
  {
    name: "printed circuit assembly",
    line: /\bprinted circuit assembl(?:y|ies)\b/,
    goods: has(
      /\b(?:pcba?s?|printed circuit|circuit boards?|pc boards?|(?:control|driver|main|amplifier|amp|power|interface|logic|sensor|relay|display|mother|daughter|development|breakout|expansion|charging|charger|receiver|transmitter|decoder|controller|bluetooth|wifi|audio|adapter|converter|inverter|regulator|module|motor|led|lcd|usb|ttl|rs485|rs232|can bus|ethernet|rf|gps|gsm|camera|voltage|current|temperature|humidity|radar|ultrasonic|infrared|ir|dac|adc) (?:boards?|modules?))\b|\b(?:modules?|boards?)\b(?=[^;]*\b(?:i2c|spi|uart|arduino|esp\d+|stm32|raspberry|mcu|chip|ic|pins?)\b)/,
    ),
    role: "names", absent: "unknown",
  },
  {
    name: "hand operated",
    line: /^(?:of )?hand[- ]operated\b|^manually operated\b/,
    // Goods worked by a battery, a current or a solenoid are not hand operated, whatever tap they fit; nor are goods
    // also worked by air, by a cable or by an actuator ("operated manually, by air or by cable").
    goods: (t, a) =>
      (a.powerSource === "manual" ||
        /\b(?:manual(?:ly)?|hand[- ]?operated|hand pumps?|hand cranks?|pistol grip|trigger|lever[- ]operated|hand[- ]?wheel|shut[- ]?off valves?|ball valves?|faucets?|taps?|hose nozzles?|spray nozzles?)\b/.test(t)) &&
      !(a.powerSource === "electric" || a.powerSource === "battery") &&
      !/\b(?:battery[- ](?:operated|powered)|electrically operated|solenoids?|motori[sz]ed|by air|air[- ](?:operated|actuated)|pneumatic(?:ally)?|by cable|cable[- ]operated|remote(?:ly)?[- ]operated|actuators?)\b/.test(t),
    role: "feature", absent: "unknown",
    attribute: "power",
  },
  {
    name: "electrically operated",
    line: /^(?:electrical|electric|electrically operated|electronic|electrical or electronic)$/,
    // What only a current can do shows it too: heating, infrared, a motor, vibration, a pump's jets and bubbles.
    goods: (t, a) =>
      a.powerSource === "electric" || a.powerSource === "battery" ||
      /\belectr(?:ic|ical|onic|ically)\b|\bdigital\b|\bbattery\b|\busb\b|\brechargeable\b|\bplug[- ]in\b|\bmotori[sz]ed\b|\bmotor[- ]driven\b|\bvibrat(?:ing|ion|es)\b|\binfrared heat\w*|\bheat(?:ed|ing|er)\b|\bwater jets?\b|\bbubbles?\b/.test(t),
    role: "feature", absent: "unknown",
    attribute: "power",
  },
  {
    // Heading 8481: a "regulator" (pressure, fuel, gas, flow regulator) is a valve worked by the medium it controls.
    name: "self-operating regulator valves",
    line: /^regulator valves, self-operating\b/,
    goods: (t) => /\bregulat(?:or|ors|ing valves?)\b/.test(t) && !/\b(?:solenoid|electric(?:al(?:ly)?)?[- ]actuated|motori[sz]ed|servo)\b/.test(t),
    role: "names", absent: "no",
  },
  {
    // Irrigation and hose-end water timers open and close the water with a solenoid valve (latching or not).
    name: "solenoid valves",
    line: /^solenoid (?:valves|type)$/,
    goods: has(/\bsolenoids?\b|\b(?:irrigation|sprinkler|lawn) (?:valves?|timers?|controllers?)\b|\b(?:water|hose|garden|tap|faucet|watering) timers?\b/),
    role: "names", absent: "no",
  },
  { name: "used or rebuilt", line: /^used(?: or rebuilt)?$|^rebuilt$/, goods: has(USED_GOODS), role: "feature", absent: "no" },
  { name: "new", line: /^new$/, goods: (t) => !USED_GOODS.test(t), role: "feature", absent: "no" },
  { name: "certified organic", line: /\bcertified organic\b/, goods: has(/\borganic\b/), role: "feature", absent: "no" },
  {
    name: "produced in continuous lengths",
    line: /\b(?:produced )?in continuous lengths\b/,
    goods: has(/\b(?:bulk|by the (?:meter|metre|foot|feet|yard)|per (?:meter|metre|foot|feet|yard)|spools?|reels?|rolls?|continuous|\d+(?:\.\d+)? ?(?:m|meters?|metres?|feet|ft|yards?|yds?))\b/),
    role: "feature", absent: "unknown",
  },
  {
    name: "open toes or heels, slip-on",
    line: /\bopen toes or open heels\b|\bslip-on type\b/,
    goods: (t) => {
      const open = /\b(?:slippers?|sandals?|slides?|flip[- ]?flops?|thongs?|mules?|clogs?|open[- ]toed?|peep[- ]toed?|backless|sling[- ]?backs?|espadrilles?|crocs)\b/.test(t);
      // Laced shoes are not of the slip-on type, whatever a marketplace attribute says.
      return open || (/\bslip[- ]?ons?\b|\bloafers?\b/.test(t) && !/\blace[- ]?ups?\b|\blacing\b|\bshoe ?laces?\b/.test(t));
    },
    role: "feature", absent: "unknown",
  },
  {
    name: "house slippers",
    line: /^house slippers$/,
    goods: has(/\b(?:house|home|indoor|bedroom|hotel|fluffy|plush|furry|fuzzy) slippers?\b/),
    role: "names", absent: "unknown",
  },
  {
    name: "athletic footwear",
    line: /^(?:other )?tennis shoes, basketball shoes/,
    goods: has(/\b(?:sneakers?|trainers?|(?:running|athletic|sports?|tennis|basketball|gym|training|jogging|walking|skate|skateboard|volleyball|badminton|fitness|cross[- ]?training) shoes?)\b/),
    role: "names", absent: "no",
  },
  {
    name: "work footwear",
    line: /^work footwear$/,
    goods: has(/\b(?:work|safety|steel[- ]toe(?:d)?|composite[- ]toe|industrial) (?:boots?|shoes?|footwear)\b/),
    role: "names", absent: "no",
  },
  {
    // Seamless plastic gloves are dipped or molded in one piece; gloves with a fabric shell or sewn parts are not.
    name: "seamless gloves",
    line: /^seamless$/,
    goods: (t) =>
      /\bgloves?\b/.test(t) && /\b(?:nitrile|latex|vinyl|pvc|disposable|dipped|seamless|exam(?:ination)?)\b/.test(t) &&
      (/\bseamless\b/.test(t) || !/\b(?:fabric|sewn|stitched|stitching|seams?|(?:outer )?shell|woven|knit(?:ted)?|leather|lining)\b/.test(t)),
    role: "feature", absent: "unknown",
  },
  { name: "disposable", line: /^disposable$/, goods: has(/\b(?:disposable|single[- ]use|one[- ]time use)\b/), role: "feature", absent: "unknown" },
  {
    name: "rosaries",
    line: /\brosaries\b/,
    goods: has(/\b(?:rosar(?:y|ies)|chaplets?|prayer beads|malas?|japa|tasbih|misbaha|worry beads|subha)\b/),
    role: "names", absent: "no",
  },
  {
    name: "badges, emblems and motifs",
    line: /^badges, emblems and motifs$/,
    goods: has(/\b(?:patch(?:es)?|appliques?|emblems?|badges?|motifs?)\b/),
    role: "names", absent: "no",
  },
  { name: "ink cartridges", line: /^ink cartridges$/, goods: has(/\b(?:ink|toner)\b[^;]*\bcartridges?\b|\bcartridges?\b[^;]*\b(?:ink|toner)\b/), role: "names", absent: "no" },
  { name: "numerically controlled", line: /\bnumerically controlled\b/, goods: has(/\b(?:cnc|numerically controlled|computer numerical(?:ly)? control(?:led)?)\b/), role: "feature", absent: "unknown" },
  {
    name: "riding mowers",
    line: /\briding mowers\b/,
    goods: has(/\b(?:riding|ride[- ]on) (?:lawn )?mowers?\b|\b(?:lawn|garden) tractors?\b|\bzero[- ]turn\b/),
    role: "names", absent: "no",
  },
  {
    // Geophysics measures the earth: gravity, magnetism, resistivity, seismic waves, and the rock along a borehole.
    name: "geophysical instruments",
    line: /^geophysical instruments\b/,
    goods: has(/\bgeophysic\w*|\bboreholes?\b|\bdownhole\b|\bwell[- ]logging\b|\bmagnetometers?\b|\bgravimeters?\b|\bground[- ]penetrating radar\b|\bresistivity (?:meters?|imaging|survey\w*)\b|\bseismic\b/),
    role: "names", absent: "no",
  },
  { name: "infrared", line: /\binfrared\b/, goods: has(/\b(?:infrared|night vision|thermal imag\w*|thermal camera)\b/), role: "feature", absent: "unknown" },
  {
    name: "insulated for cold weather",
    line: /\binsulated,? for cold weather\b/,
    goods: has(/\b(?:insulated|padded|quilted|down[- ]filled|puffer|thermal lined|fleece lined|sherpa lined)\b/),
    role: "feature", absent: "no",
  },
  { name: "water resistant", line: /^water resistant$/, goods: has(/\bwater[- ]?(?:proof|resistant|repellent)\b/), role: "feature", absent: "unknown" },
  { name: "parts of playsuits", line: /\bimported as parts of play ?suits\b/, goods: has(/\bplay ?suits?\b/), role: "feature", absent: "no" },
  { name: "parts of sets", line: /\bimported as parts of sets\b/, goods: (t, a) => a.isSet || /\b(?:sets?|ensembles?|\d ?(?:pc|pcs|pieces?))\b/.test(t), role: "feature", absent: "no" },
  {
    name: "recreational performance outerwear",
    line: /^recreational performance outerwear$/,
    goods: has(/\b(?:ski|snowboard(?:ing)?|snow) (?:jackets?|pants|trousers|bibs?|suits?)\b|\b(?:hard|soft)[- ]?shell jackets?\b|\bseam[- ]sealed\b|\btaped seams\b/),
    role: "feature", absent: "no",
  },
  {
    name: "goods specified in a U.S. note",
    line: /\b(?:specified|described|provided for) in (?:additional u\.s\.|statistical) notes? \d/,
    goods: () => false,
    role: "feature", absent: "unknown",
  },
  {
    name: "for the industrial assembly (end use)",
    line: /\bfor the industrial assembly of\b/,
    goods: has(/\bindustrial assembly\b|\boem\b|\bassembly line\b|\boriginal equipment\b/),
    role: "feature", absent: "no",
  },
  {
    name: "quota or special entry",
    line: /\bdescribed in general note \d+\b|\bentered pursuant to its provisions\b|\bif entered during\b/,
    goods: () => false,
    role: "feature", absent: "no",
  },
  {
    name: "reptile leather",
    line: /\breptile leather\b|\breptile skins?\b/,
    goods: has(/\b(?:reptile|snake ?skin|snake|python|crocodile|croc|alligator|lizard|caiman|ostrich leg)\b/),
    role: "feature", absent: "no",
  },
  {
    name: "elastomeric",
    line: /^elastomeric$/,
    goods: has(/\belastomer\w*|\btpu\b|\bthermoplastic (?:polyurethane|rubber|elastomer)s?\b|\btpe\b|\bspandex\b|\belastane\b/),
    role: "feature", absent: "unknown",
  },
  {
    // Chapter 29 statistical splits: a benzenoid (or quinoid) ring shows in the chemical name.
    name: "aromatic",
    line: /^aromatic(?: or modified aromatic)?$/,
    goods: has(/benz|phen|naphth|toluen|toluid|xylen|xylid|anilin|anisol|cresol|catechol|resorcin|hydroquinon|styren|phthal|salicyl|cumen|anthra|pyren|\baryl|trityl|quinon|\baromatic\b/),
    role: "names", absent: "unknown",
  },
  {
    name: "down-filled",
    line: /\bpercent or more by weight of (?:feathers and\/or )?down\b/,
    goods: has(/\b(?:duck|goose|white) down\b|\bdown[- ](?:filled|jacket|coat|vest|parka|feathers?|insulated|proof)\b|\bdown and feathers?\b|\bfill power\b/),
    role: "feature", absent: "no",
  },
  {
    // Spandex (elastane, Lycra) is an elastomeric yarn; the share must be stated ("82% nylon 18% spandex").
    name: "5% or more elastomeric yarn",
    line: /\b5 percent or more (?:by weight )?(?:of )?elastomeric yarn or rubber thread\b/,
    goods: (t) => (elastomericShare(t) ?? 0) >= 5,
    role: "feature", absent: "unknown",
    attribute: "material",
  },
  {
    // Nonstick cookware is coated inside (PTFE, "ceramic" or "granite" sol-gel coatings); enamel and glaze are finishes too.
    name: "enameled, glazed or nonstick finish",
    line: /^enameled or glazed or containing nonstick interior finishes\b/,
    goods: has(/\bnon[- ]?stick\b|\benamel(?:l?ed)?\b|\bglazed\b|\bteflon\b|\bptfe\b|\b(?:ceramic|granite|marble|stone)[- ]coat(?:ed|ing)\b/),
    role: "feature", absent: "no",
  },
  { name: "knit to shape", line: /^knit to shape articles\b/, goods: has(/\bknit(?:ted)? to shape\b|\bfull[- ]?fashioned\b|\bfully fashioned\b/), role: "feature", absent: "no" },
  { name: "printed over 20 years", line: /\bprinted over 20 years\b/, goods: has(/\b(?:antique|vintage|19\d\d|18\d\d)\b/), role: "feature", absent: "no" },
];

const ELASTOMERIC = "spandex|elastane|elasthane|lycra|elastomeric(?: yarn| fibers?)?|rubber thread|latex thread";
/** "12% spandex" or "elastane: 5%". */
const ELASTOMERIC_SHARE = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*%\\s*(?:${ELASTOMERIC})\\b|\\b(?:${ELASTOMERIC})\\s*:?\\s*(\\d+(?:\\.\\d+)?)\\s*%`, "g");

/** The largest share (percent) of elastomeric yarn a composition in the text states ("88% nylon 12% spandex", "elastane 5%"). */
export function elastomericShare(text: string): number | undefined {
  let best: number | undefined;
  for (const m of text.matchAll(ELASTOMERIC_SHARE)) {
    const v = Number(m[1] ?? m[2]);
    if (v > 0 && v <= 100 && (best === undefined || v > best)) best = v;
  }
  return best;
}

/** Use tags (as the extractor reports them in `uses`) a line's words name. */
export const USE_TAGS: ReadonlyArray<[RegExp, string[]]> = [
  [/\bhousehold\b|\bdomestic\b|\bhome\b|\bdining room\b|\bliving room\b|\bbedroom\b/, ["household", "kitchen", "table"]],
  [/\bkitchen\b/, ["kitchen"]],
  [/\bmotor vehicles?\b|\bautomobiles?\b|\bautomotive\b|\bpassenger cars?\b|\bheading 870[1-5]\b/, ["vehicle"]],
  [/\bmotorcycles?\b|\bheading 8711\b/, ["motorcycle"]],
  [/\bbicycles?\b|\bheading 871[24]\b/, ["bicycle"]],
  [/\b(?:civil )?aircraft\b/, ["aircraft"]],
  [/\bboats?\b|\bvessels?\b|\byachts?\b|\bmarine\b/, ["marine"]],
  [/\bhospitals?\b|\bclinics?\b|\bmedical\b|\bsurgical\b|\bveterinary\b/, ["medical"]],
  [/\blaborator(?:y|ies)\b/, ["laboratory"]],
  [/\bagricultur\w*\b|\bhorticultur\w*\b|\bfarm\b/, ["agriculture", "garden"]],
  [/\bsports?\b|\bathletic\b|\bgymnastics?\b/, ["sports"]],
  [/\btoys?\b/, ["toy"]],
  [/\boffice\b/, ["office"]],
  [/\breligious\b|\bdevotional\b/, ["religious"]],
  [/\bmanufacture of jewelry\b|\bjewelry making\b/, ["jewelry_making"]],
  [/\bindustrial\b/, ["industrial"]],
  [/\bfishing\b/, ["fishing"]],
];

export function useTagsIn(text: string): string[] {
  const out: string[] = [];
  for (const [re, tags] of USE_TAGS) if (re.test(text)) for (const t of tags) if (!out.includes(t)) out.push(t);
  return out;
}

/** Words in the goods' text that show a use the extractor may not tag ("for midsized sedans" → vehicle). */
const GOODS_USES: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:sedans?|cars?|automobiles?|automotive|trucks?|suvs?|pickups?|minivans?|vans|buses|motor vehicles?|passenger vehicles?)\b/, "vehicle"],
  [/\b(?:motorcycles?|motorbikes?|scooters?|atvs?)\b/, "motorcycle"],
  [/\b(?:bicycles?|bikes?|e-?bikes?)\b/, "bicycle"],
  [/\b(?:aircraft|airplanes?|aeroplanes?|helicopters?|aviation)\b/, "aircraft"],
  [/\b(?:boats?|marine|yachts?|vessels?|ships?|outboard)\b/, "marine"],
  [/\b(?:hospitals?|surgical|medical|clinics?|patients?|dental|veterinary|exam(?:ination)? gloves?)\b/, "medical"],
  [/\b(?:household|home|domestic|kitchen|living room|dining room|bedroom)\b/, "household"],
  [/\b(?:tractors?|farm|agricultural|harvesters?|crops?)\b/, "agriculture"],
];

/** Per goods text, which of {@link GOODS_USES} match it (tested when first needed): the tags tried vary, the text not. */
const usesMatched = new RequestMap<string, Array<boolean | undefined>>();

/** The uses the goods' text shows, besides the extractor's tags. */
export function goodsUses(text: string, tagged: readonly string[]): string[] {
  let matched = usesMatched.get(text);
  if (!matched) {
    usesMatched.set(text, (matched = []));
  }
  const out = [...tagged];
  for (let i = 0; i < GOODS_USES.length; i++) {
    const [re, tag] = GOODS_USES[i]!;
    if (out.includes(tag)) continue;
    let hit = matched[i];
    if (hit === undefined) matched[i] = hit = re.test(text);
    if (hit) out.push(tag);
  }
  return out;
}
