/**
 * What some recurring national line texts mean in the words sellers and rulings use: a line's phrase → the evidence
 * in the goods' text that satisfies it ("Printed circuit assemblies" ← "PCB", "control board", "module"; "Footwear
 * with open toes or open heels; … slip-on type" ← slippers, sandals, slides, mules; "Used or rebuilt" ← "used",
 * "refurbished" but not "used in …"). Each rule is general trade knowledge about the schedule's wording, not about
 * any one product. Also the use tags ("household", "vehicle", "medical", …) a line's use clause names. Pure.
 */
import { RequestMap } from "@openhs/shared";
import type { DecisiveAttribute } from "./types.js";

/** Goods said to be a set or one of a set ("2-piece set", "ensemble", "3 pcs"). */
const SET_WORDS = /\b(?:sets?|ensembles?|\d ?(?:pc|pcs|pieces?))\b|\b\d-(?:pc|piece)\b/;

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
  // 4202.11 / 4202.12 luggage "Structured, rigid on all sides": hard-shell, hard-sided cases.
  { name: "rigid on all sides", line: /^structured, rigid on all sides$/, goods: has(/\bhard[- ]?(?:shell|sided?|case)\b|\brigid\b/), role: "feature", absent: "no" },
  { name: "water resistant", line: /^water resistant$/, goods: has(/\bwater[- ]?(?:proof|resistant|repellent)\b/), role: "feature", absent: "unknown" },
  { name: "parts of playsuits", line: /\bimported as parts of play ?suits\b/, goods: has(/\bplay ?suits?\b/), role: "feature", absent: "no" },
  { name: "parts of sets", line: /(?<!\bexcept (?:those )?)\bimported as parts of sets\b/, goods: (t, a) => a.isSet || SET_WORDS.test(t), role: "feature", absent: "no" },
  // "Blouses and shirts, except those imported as parts of sets" (6111, 6209): garments entered on their own.
  { name: "not parts of sets", line: /\bexcept (?:those )?imported as parts of sets\b/, goods: (t, a) => !(a.isSet || SET_WORDS.test(t)), role: "feature", absent: "no" },
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
  {
    // Mains chargers and adapters turn alternating current into direct current: rectifying power supplies. A car
    // charger is fed from the vehicle's direct current (a DC-DC converter, "other" static converters).
    name: "rectifying power supplies",
    line: /^(?:rectifiers and rectifying apparatus|power supplies)$/,
    goods: (t) =>
      /\b(?:chargers?|wall adapters?|power adapters?|ac adapters?|ac\/dc|ac-dc|power supply|power supplies|psu|switching power|adapter plug)\b/.test(t) &&
      !/\b(?:car|vehicle|auto|truck|motorcycle) (?:chargers?|adapters?)\b|\bcigarette lighter\b|\bdc[- ]?(?:to[- ]?)?dc\b|\bsolar\b|\binverters?\b/.test(t),
    role: "names", absent: "no",
  },
  {
    // A clock or watch whose time is shown by digits only (LED, LCD) has an opto-electronic display only.
    name: "opto-electronic display only",
    line: /\bwith opto-electronic display only\b/,
    goods: (t) => /\b(?:digital|led display|lcd|led clock|led alarm clock|electronic display|digits?)\b/.test(t) && !/\b(?:analog|analogue|pointers?|hands|dial|quartz movement|hybrid)\b/.test(t),
    role: "feature", absent: "no",
  },
  {
    // High-speed steel (M2, M35, M42, cobalt HSS) and carbide cutting parts contain over 0.2% of chromium, molybdenum or
    // tungsten; chrome-vanadium over 0.1% of vanadium.
    name: "alloy cutting part",
    line: /\bcutting part containing by weight over 0\.2 percent of chromium\b/,
    goods: has(/\b(?:hss|high[- ]speed steel|m2|m35|m42|hss-?co|cobalt|carbide|tungsten|cr-?v|chrome[- ]vanadium|chromium|molybdenum|cr-?mo)\b/),
    role: "feature", absent: "no",
  },
  {
    name: "for doors of buildings",
    line: /^suitable for interior and exterior doors\b/,
    goods: (t) => /\bdoors?\b/.test(t) && !/\b(?:garage|overhead|sliding|barn|cabinet|cupboard|wardrobe|closet|furniture|car|vehicle|truck|shower|oven|fridge|refrigerator)[- ]doors?\b/.test(t),
    role: "names", absent: "no",
  },
  {
    name: "for furniture and cabinets",
    line: /^suitable for furniture and cabinets$/,
    goods: has(/\b(?:furniture|cabinets?|cupboards?|wardrobes?|closets?|drawers?|dressers?|desks?|tables?|chests?|boxes|box|jewelry box)\b/),
    role: "names", absent: "no",
  },
  {
    // A retractable (sliding) blade does not fold.
    name: "folding blades",
    line: /\bknives which have folding blades\b/,
    goods: has(/\b(?:fold(?:ing|able|s)?|pocket ?knife|pocket ?knives|pocket|pen ?knife|penknife|jack ?knife|flipper|swiss army|balisong|butterfly knife|clasp knife)\b/),
    role: "names", absent: "no",
  },
  {
    // 7323 / 7418: articles for preparing, cooking or keeping food in the kitchen (mixing bowls, colanders, canisters),
    // as against tableware for serving it. Not the bare word "kitchen": marketplaces shelve all drinkware and
    // tableware under "Kitchen, Dining & Bar".
    name: "cooking and kitchen ware",
    line: /^kitchen ware$/,
    goods: has(/\b(?:cook(?:ing|ware)|bak(?:e|es|ing|eware)|mixing bowls?|prep bowls?|colanders?|strainers?|sieves?|saucepans?|stock ?pots?|skillets?|woks?|steamers?|kettles?|measuring (?:cups?|spoons?)|graters?|funnels?|canisters?|food storage)\b/),
    role: "names", absent: "unknown",
  },
  {
    // Scales and balances (8423): a digital electronic type shows its weight by digits (LCD, LED) from a load cell.
    name: "digital electronic type",
    line: /^digital electronic type$/,
    goods: (t) => /\b(?:digital|electronic|lcd|led display|load cell)\b/.test(t) && !/\b(?:mechanical|analog|analogue|spring|dial)\b/.test(t),
    role: "feature", absent: "no",
  },
  {
    // 3924.10.30 "Trays" are serving trays; an ice cube tray is a mould for freezing water ("other" kitchenware).
    name: "serving trays",
    line: /^trays$/,
    goods: (t) => /\btrays?\b/.test(t) && !/\bice(?: cubes?)?\b|\bcube trays?\b|\bfreezer trays?\b/.test(t),
    role: "names", absent: "no",
  },
  {
    // 8512.10 / 8512.20: turn signals, brake and tail lights, hazard and strobe lights signal to others (visual
    // signalling equipment); headlights, fog and interior lights light the way (lighting equipment).
    name: "visual signalling equipment",
    line: /^visual signal(?:l)?ing equipment$/,
    // A set with a headlight as well is lighting equipment by its headlight.
    goods: (t) =>
      /\b(?:signal(?:l)?ing|turn signals?|indicators?|blinkers?|brake (?:lights?|lamps?)|tail ?(?:lights?|lamps?)|stop (?:lights?|lamps?)|rear (?:lights?|lamps?)|hazard|strobes?|beacons?|warning (?:lights?|lamps?)|flashers?|side markers?|marker lights?|reflectors?)\b/.test(t) &&
      !/\b(?:head ?lights?|head ?lamps?|front (?:lights?|lamps?)|fog (?:lights?|lamps?)|flashlights?|dome lights?|interior lights?|work lights?|driving lights?|light bars?|spot ?lights?)\b/.test(t),
    role: "names", absent: "no",
  },
  {
    // Reinforced plastics carry glass, carbon or aramid fibre; laminated plastics are layered. Moulded ABS, PC or PP is
    // neither.
    name: "reinforced or laminated plastics",
    line: /^of reinforced or laminated plastics$/,
    goods: has(/\b(?:fib(?:er|re) ?glass|glass[- ]fib(?:er|re)|carbon fib(?:er|re)|carbon|kevlar|aramid|composite|reinforced|laminated|frp|grp|gfrp|cfrp|dyneema)\b/),
    role: "feature", absent: "no",
  },
  {
    name: "fishing line for retail sale",
    line: /^fishing line put up and packaged for retail sale$/,
    goods: has(/\bfishing (?:lines?|wires?)\b|\bmonofilament\b|\b(?:braided|fluorocarbon|nylon|pe) (?:fishing )?lines?\b/),
    role: "names", absent: "no",
  },
  {
    name: "textile seating",
    line: /^with textile covered cushions or textile seating or backing material$/,
    goods: has(/\b(?:textiles?|fabrics?|cloth|oxford|canvas|polyester|nylon|cotton|linen|mesh|sling|velvet|upholster\w*|cushions?)\b/),
    role: "feature", absent: "no",
  },
  {
    // Smoke detectors (8531.10) and drills (8467.21): worked by their own battery, not by mains current.
    name: "battery powered",
    line: /^battery (?:powered|operated)$/,
    goods: (t, a) =>
      a.powerSource === "battery" ||
      (/\bbatter(?:y|ies)\b(?!\s+(?:not included|excluded|charger|tester))|\bcordless\b|\blithium\b|\bli-?ion\b/.test(t) && !/\b(?:hard[- ]?wired|mains[- ]powered|ac[- ]powered|corded)\b/.test(t)),
    role: "feature", absent: "no",
  },
  {
    name: "toilet articles",
    line: /^toilet articles$/,
    goods: has(/\b(?:soap (?:dish(?:es)?|holders?|dispensers?|trays?|savers?)|toothbrush (?:holders?|cups?|stands?)|bath(?:room)? (?:sets?|accessor\w+)|toilet|lotion dispensers?|vanity|washbasin|wash basin|bathroom tumblers?)\b/),
    role: "names", absent: "no",
  },
  {
    // Metal paper clips are bent wire; plastic-coated or sheet-metal clips are not wholly of wire.
    name: "wholly of wire",
    line: /^wholly of wire$/,
    goods: (t) => /\bpaper ?clips?\b|\bwire\b/.test(t) && !/\b(?:plastic|vinyl|pvc|rubber|epoxy)[- ]coated\b|\bbinder clips?\b|\bplastic\b/.test(t),
    role: "feature", absent: "no",
  },
  { name: "mugs", line: /^mugs and other steins$/, goods: has(/\b(?:mugs?|steins?|tankards?)\b/), role: "names", absent: "no" },
  {
    name: "memorandum pads",
    line: /^memorandum pads, letter pads and similar articles$/,
    goods: has(/\b(?:memo|memos|memorandum|sticky notes?|post[- ]?its?|notepads?|note ?pads?|letter pads?|writing pads?|scratch pads?|notes? paper|index cards?)\b/),
    role: "names", absent: "no",
  },
  {
    // 9504.90.40: game machines (not coin-operated) and their parts; board games and chess are 9504.90.60.
    name: "game machines",
    line: /^game machines, other than those operated by coins\b/,
    goods: has(/\b(?:machines?|consoles?|electronic|electric|arcade|handheld|battery|video|lcd|screen)\b/),
    role: "names", absent: "no",
  },
  {
    name: "confetti, streamers, party favors and noisemakers",
    line: /^confetti, paper spirals or streamers, party favors and noisemakers\b/,
    // Banners, bunting and garlands hang as decorations: "other" festive articles, whatever shelf ("Banners, Streamers &
    // Confetti") the seller put them on.
    goods: (t) =>
      /\b(?:confetti|streamers?|paper spirals?|party favou?rs?|favou?r bags?|goody bags?|noise ?makers?|party (?:horns?|blowers?|poppers?)|blowouts?|poppers?|kazoos?|whistles?|party hats?)\b/.test(t) &&
      !/\b(?:banners?|buntings?|garlands?|backdrops?|pennants?)\b/.test(t),
    role: "names", absent: "no",
  },
  {
    // Ceramic "Cups valued over … per dozen; saucers …" lines: a mug has its own line ("Mugs and other steins").
    name: "not mugs",
    line: /^cups valued over \$[\d.]+ (?:but not over \$[\d.]+ )?per dozen\b/,
    goods: (t) => !/\b(?:mugs?|steins?|tankards?)\b/.test(t),
    role: "feature", absent: "no",
  },
  {
    // 8544.42.20 / 8544.49.10: cables for telephone and data networks (RJ11/RJ45 patch cords, coaxial feeders), not the
    // USB, HDMI or charging cables of phones and computers.
    name: "telecommunication cables",
    line: /^of a kind used for telecommunications$/,
    goods: (t) =>
      /\b(?:telephone|telecom|rj-?11|rj-?12|rj-?45|ethernet|lan cables?|network cables?|patch (?:cords?|cables?)|cat ?[5-8]e?a?|modular plugs?|dsl|adsl|coaxial|coax|f-?type|sfp)\b/.test(t) &&
      !/\b(?:usb|hdmi|lightning|type[- ]?c|micro[- ]?usb|charging|chargers?|power cords?|extension cords?|aux|audio|speakers?|displayport|vga|dvi)\b/.test(t),
    role: "feature", absent: "no",
  },
  {
    // US statistical lines of woven garments and made-ups "With two or more colors in the warp and/or the filling":
    // fabric woven of yarns of different colours (plaids, checks, gingham, tartan, yarn-dyed stripes), not printed or
    // piece-dyed fabric of one colour.
    name: "two or more colors in the warp and/or filling",
    line: /\btwo or more colors in the warp\b/,
    goods: has(/\b(?:plaids?|checked|checkered|checks|gingham|tartans?|yarn[- ]dyed|madras|houndstooth|buffalo check)\b/),
    role: "feature", absent: "no",
  },
  {
    // 9615.11.40 / 9615.90.40: combs, hair-slides and hairpins "not set with imitation pearls or imitation gemstones";
    // rhinestones, crystals and faux pearls are what sets them.
    name: "not set with imitation pearls or gemstones",
    line: /^not set with imitation pearls or imitation gemstones$/,
    goods: (t) => !/\b(?:rhinestones?|crystals?|pearls?|diamantes?|gems?|gemstones?|zircons?|cz|jewell?ed|studded|bling)\b/.test(t),
    role: "feature", absent: "no",
  },
  {
    // Quartz, digital and other battery watch movements are jewel-less (or have one jewel) unless a jewel count is
    // stated; mechanical movements are not known to be.
    name: "no jewels or only one jewel",
    line: /^having no jewels or only one jewel in the movement$/,
    goods: (t) => {
      const m = /\b(\d+)\s*jewels?\b/.exec(t);
      if (m) return Number(m[1]) <= 1;
      return /\b(?:quartz|battery|electronic|digital|led|lcd)\b/.test(t) && !/\b(?:automatic|mechanical|self[- ]winding|hand[- ]wind\w*|kinetic)\b/.test(t);
    },
    role: "feature", absent: "unknown",
  },
  {
    // 5806.20 / 6002: spandex (elastane, Lycra) is an elastomeric yarn; "other" is the rubber thread.
    name: "containing elastomeric yarn",
    line: /^containing elastomeric yarn$/,
    goods: has(/\b(?:spandex|elastane|elasthane|lycra|elastomeric)\b/),
    role: "feature", absent: "unknown",
  },
  {
    // Footwear lines "having outer soles with textile materials having the greatest surface area in contact with the
    // ground": soles of cloth, felt, jute or rope; soles of rubber, plastics (TPR, EVA) or leather are not.
    name: "textile outer soles",
    line: /\bouter soles with textile materials having the greatest surface area\b/,
    goods: has(/\b(?:cloth|fabric|textile|felt|cotton|canvas|jute|hemp|rope|straw|linen)[- ](?:out)?soles?\b|\b(?:outsole|outer sole|sole)(?: material)?\s*:?\s*(?:cloth|fabric|textile|felt|cotton|canvas|jute|hemp|rope)\b/),
    role: "feature", absent: "no",
  },
  {
    // 7116.10: the pearls of commerce are cultured (freshwater, akoya, Tahitian, South Sea); natural pearls are said
    // to be so and not called cultured.
    name: "cultured pearls",
    line: /^cultured$/,
    goods: (t) => /\b(?:cultured|freshwater|akoya|tahitian|south sea|keshi|baroque|edison)\b/.test(t) || !/\bnatural\b/.test(t),
    role: "names", absent: "no",
  },
  {
    // 7018.10.20: rhinestones, chatons and flatback crystals are imitation precious or semiprecious stones of glass
    // (beads have their own lines).
    name: "imitation stones",
    line: /^imitation precious or semiprecious stones\b/,
    goods: (t) => /\b(?:rhinestones?|chatons?|flat ?back (?:crystals?|stones?|rhinestones?)|hot ?fix (?:crystals?|stones?)|imitation (?:gem)?stones?|faux gems?|glass gems?|crystal stones?)\b/.test(t) && !/\bbeads?\b/.test(t),
    role: "names", absent: "no",
  },
  {
    // 6213.20.10: handkerchiefs and bandanas are sold hemmed; lace or embroidery takes them out of the line.
    name: "hemmed, without lace or embroidery",
    line: /^hemmed, not containing lace or embroidery$/,
    goods: (t) => !/\b(?:lace|laces|embroider\w*|unhemmed|raw edges?|frayed|fringed?)\b/.test(t),
    role: "feature", absent: "no",
  },
  {
    // Statistical lines naming one synthetic polymer ("Of polyester:", "Of nylon or other polyamides"): the goods' fibre
    // as the seller names it.
    name: "of polyester",
    line: /^of polyesters?$/,
    goods: has(/\b(?:polyesters?|pet|terylene|dacron)\b/),
    role: "feature", absent: "no",
  },
  {
    name: "of nylon",
    line: /^of nylon(?: or other polyamides)?$/,
    goods: has(/\b(?:nylon|polyamides?|pa6|pa66|pa 6|pa 66)\b/),
    role: "feature", absent: "no",
  },
  {
    // 9101/9102 lines "With strap, band or bracelet of textile material or of base metal": not when the strap is said
    // to be of leather, silicone, rubber or plastics (the case's steel is not the strap's).
    name: "strap of textile or base metal",
    line: /^with strap, band or bracelet of textile material or of base metal\b/,
    goods: (t) => !/\b(?:leather|silicone|rubber|plastic|resin|pu|tpu|fluororubber|fkm)\s+(?:watch\s+)?(?:straps?|bands?|bracelets?)\b|\b(?:straps?|bands?)(?:\s+material(?:\s+type)?)?\s*:?\s*(?:genuine\s+)?(?:leather|silicone|rubber|plastic|resin|pu|tpu)\b/.test(t),
    role: "feature", absent: "no",
  },
  {
    // Gloves "specially designed for use in sports, including ski and snowmobile gloves": said to be for a sport;
    // winter, work and fashion gloves are not, whatever their knit.
    name: "gloves designed for sports",
    line: /\bspecially designed for use in sports\b/,
    goods: has(/\b(?:ski(?:ing)?|snowboard(?:ing)?|snowmobil(?:e|ing)|sports?|cycling|bicycle|bike|biking|golf|baseball|batting|softball|football|goalkeeper|goalie|hockey|boxing|mma|gym|fitness|weightlifting|weight lifting|workout|equestrian|horse riding|climbing|racing|rowing|tennis|padel|lacrosse|handball)\b/),
    role: "feature", absent: "no",
  },
  {
    // US lines of 6101/6102/6201/6202 "Anoraks (including ski-jackets), windbreakers and similar articles": puffer,
    // padded, quilted and hooded jackets and parkas are of that kind, not overcoats or carcoats.
    name: "anoraks and similar articles",
    line: /^anoraks \(including ski-jackets\), windbreakers and similar articles\b/,
    goods: has(/\b(?:anoraks?|parkas?|puffers?|puffy|down jackets?|padded (?:jackets?|coats?)|quilted (?:jackets?|coats?)|windbreakers?|wind ?cheaters?|ski jackets?|snow jackets?|rain jackets?|softshell|hardshell|hooded jackets?)\b/),
    role: "names", absent: "no",
  },
  {
    // … and the "Overcoats, carcoats, capes, cloaks and similar coats" lines are not for a short puffer or parka unless
    // it is said to be an overcoat-type or a long (knee, maxi) coat.
    name: "overcoats and similar coats",
    line: /^overcoats, carcoats, capes, cloaks and similar coats\b/,
    goods: (t) =>
      !/\b(?:anoraks?|parkas?|puffers?|puffy|padded|quilted|windbreakers?|ski jackets?|snow jackets?|softshell|hardshell)\b/.test(t) ||
      /\b(?:overcoats?|car ?coats?|capes?|cloaks?|trench(?: ?coats?)?|pea ?coats?|topcoats?|greatcoats?|raincoats?|long|knee[- ]length|maxi|x-long)\b/.test(t),
    role: "feature", absent: "no",
  },
  {
    // "Padded, sleeveless jackets": a vest or gilet, not a padded jacket with sleeves.
    name: "padded sleeveless jackets",
    line: /^padded, sleeveless jackets$/,
    goods: has(/\b(?:sleeveless|vests?|gilets?|body ?warmers?|waistcoats?)\b/),
    role: "names", absent: "no",
  },
  {
    // A line "Natural" (pearls, camphor, antibiotics) against cultured or synthetic goods: said natural and not
    // called cultured or freshwater (a seller's "natural freshwater pearls" are cultured ones).
    name: "natural (not cultured)",
    line: /^natural$/,
    goods: (t) => /\bnatural\b/.test(t) && !/\b(?:cultured|freshwater|akoya|tahitian|south sea|keshi|edison)\b/.test(t),
    role: "feature", absent: "no",
  },
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
