/**
 * Section XVI note 2 (parts of machines) and Section XVII notes 2-3 (parts and accessories of vehicles).
 */
import type { Candidate, ExtractedAttributes } from "../types.js";
import { EffectBuilder, chapterOf, headingOf, type GriRule } from "./rule.js";

/**
 * Where the parts of a machine of a chapter 84/85 heading go under Section XVI note 2(b): the parts heading
 * (8409, 8431, 8448, 8466, 8473, 8503, 8522, 8529, 8538) or the heading's own "parts" subheading.
 */
export const MACHINE_PARTS: Readonly<Record<string, string>> = {
  "8401": "840140", "8402": "840290", "8403": "840390", "8404": "840490", "8405": "840590", "8406": "840690",
  "8407": "840991", "8408": "840999", "8410": "841090", "8411": "841199", "8412": "841290", "8413": "841391",
  "8414": "841490", "8416": "841690", "8417": "841790", "8418": "841899", "8419": "841990", "8420": "842099",
  "8421": "842199", "8422": "842290", "8424": "842490", "8425": "843110", "8426": "843149", "8427": "843120",
  "8428": "843139", "8429": "843149", "8430": "843149", "8432": "843290", "8433": "843390", "8434": "843490",
  "8435": "843590", "8436": "843699", "8437": "843790", "8438": "843890", "8439": "843999", "8441": "844190",
  "8443": "844399", "8444": "844820", "8445": "844839", "8446": "844849", "8447": "844859", "8450": "845090",
  "8451": "845190", "8453": "845390", "8454": "845490", "8455": "845590", "8456": "846693", "8457": "846693",
  "8458": "846693", "8459": "846693", "8460": "846693", "8461": "846693", "8462": "846694", "8463": "846694",
  "8464": "846691", "8465": "846692", "8467": "846799", "8468": "846890", "8470": "847321", "8471": "847330",
  "8472": "847340", "8474": "847490", "8475": "847590", "8476": "847690", "8477": "847790", "8478": "847890",
  "8479": "847990", "8481": "848190", "8482": "848299", "8483": "848390", "8485": "848590", "8486": "848690",
  "8501": "850300", "8502": "850300", "8504": "850490", "8506": "850690", "8507": "850790", "8508": "850870",
  "8509": "850990", "8510": "851090", "8511": "851190", "8512": "851290", "8513": "851390", "8514": "851490",
  "8515": "851590", "8516": "851690", "8517": "851779", "8518": "851890", "8519": "852290", "8521": "852290",
  "8524": "852990", "8525": "852990", "8526": "852990", "8527": "852990", "8528": "852990", "8530": "853090",
  "8531": "853190", "8532": "853290", "8533": "853390", "8535": "853890", "8536": "853890", "8537": "853890",
  "8539": "853990", "8540": "854099", "8541": "854190", "8542": "854290", "8543": "854390",
};

const PARTS_CODES = new Set(Object.values(MACHINE_PARTS));
const PARTS_HEADINGS = new Set(["8409", "8431", "8448", "8466", "8473", "8503", "8522", "8529", "8538", "8487", "8548"]);

/** True for a parts heading / parts subheading of chapters 84-85. */
export function isMachinePartsCode(hs6: string): boolean {
  return PARTS_CODES.has(hs6) || PARTS_HEADINGS.has(headingOf(hs6)) || ["851771", "848291", "841891", "842191", "842091"].includes(hs6);
}

/**
 * Section XVI note 2(a): parts which are goods of a heading of chapter 84 or 85 (other than the parts headings)
 * stay in their own heading. The words say which such goods the text names.
 */
const GOODS_IN_OWN_RIGHT: Array<[heading: string, words: RegExp]> = [
  // Short and long blocks are incomplete engines with the essential character of the engine (GRI 2(a)).
  ["8407", /\b(short|long)[- ]blocks?\b/],
  ["8408", /\b(short|long)[- ]blocks?\b/],
  // Hydraulic and pneumatic cylinders are linear-acting power engines (8412.21 / 8412.31); master and slave
  // cylinders are reciprocating pumps (8413).
  ["8412", /\b(cylinders?|linear actuators?|hydraulic motors?|pneumatic motors?)\b/],
  ["8413", /\b(pumps?|master cylinders?|slave cylinders?)\b/],
  ["8414", /\b(fans?|blowers?|compressors?)\b/],
  ["8421", /\bfilters?\b/],
  ["8481", /\b(valves?|taps?|faucets?|cocks?)\b/],
  ["8482", /\bbearings?\b/],
  ["8483", /\b(gears?|gearbox(?:es)?|shafts?|pulleys?|clutch(?:es)?|couplings?|crankshafts?|camshafts?)\b/],
  ["8484", /\b(gaskets?|mechanical seals?)\b/],
  ["8501", /\b(motors?|generators?)\b/],
  ["8504", /\b(transformers?|power supplies|power supply|adapters?|chargers?|inductors?|inverters?)\b/],
  ["8506", /\b(batter(?:y|ies)|cells?)\b/],
  ["8507", /\b(batter(?:y|ies)|accumulators?)\b/],
  ["8516", /\bheating elements?\b/],
  ["8518", /\b(speakers?|loudspeakers?|microphones?|headphones?|earphones?)\b/],
  ["8523", /\b(memory cards?|flash drives?|ssd)\b/],
  ["8524", /\b(display modules?|lcd|oled|screens?)\b/],
  ["8525", /\bcameras?\b/],
  ["8532", /\bcapacitors?\b/],
  ["8533", /\bresistors?\b/],
  ["8536", /\b(switch(?:es)?|relays?|fuses?|connectors?|plugs?|sockets?)\b/],
  ["8539", /\b(lamps?|bulbs?)\b/],
  ["8540", /\b(magnetrons?|cathode[- ]ray tubes?|klystrons?|vacuum tubes?|electron tubes?)\b/],
  ["8541", /\b(diodes?|transistors?|leds?|solar cells?)\b/],
  ["8542", /\b(integrated circuits?|chips?|ics?|processors?|microcontrollers?)\b/],
  ["8544", /\b(cables?|wires?|wiring|harness(?:es)?)\b/],
];

/** What a part is said to be: the words after "consisting of", "comprising", "in the form of" … */
const CONSISTS_OF = /\b(?:consist(?:s|ing)?(?:\s+(?:essentially|entirely|mainly|principally))?\s+of|comprising|comprises|composed of|made up of|in the form of|namely)\b(.*)$/;

/** A machine word opening the name of one of its parts ("fan blade", "pump housing", "motor bracket"). */
const PART_COMPOUND = /\b[a-z]+\s+(?:blades?|guards?|grilles?|grills?|housings?|impellers?|brackets?|cages?|covers?|lids?|knobs?|brushes)\b/g;

const PART_WORDS = /\b(parts?|spares?|spare parts?|replacement|replacements|repair|assembly|assemblies|assy)\b/;

/** Words after a product term that make the goods a part of it ("blender parts", "motor assembly"). */
const PART_AFTER = /^\s*(?:parts?|spares?|spare parts?|replacement parts?|repair parts?|components?|assembly|assemblies|assy|accessor(?:y|ies)|kits?)\b/;

/**
 * Whether the candidate is the goods the name gives (its evidence comes from the head noun of the name) and the
 * term is not followed by parts wording: then the goods are that machine, not a part of it.
 */
function namedAsTheGoods(c: Candidate, text: string): boolean {
  return c.evidence.some((e) => {
    if (!e.head || e.source !== "lexicon" || !e.term) return false;
    const at = text.indexOf(e.term.toLowerCase());
    if (at < 0) return false;
    return !PART_AFTER.test(text.slice(at + e.term.length)) && !/\b(?:parts?|spares?|replacements?|repair)\s+(?:for|of)\s+(?:(?:an?|the)\s+)?$/.test(text.slice(0, at));
  });
}

/**
 * Section XVI note 2: parts of machines. (a) Parts which are goods of a heading of chapters 84/85 stay there;
 * (b) other parts suitable for use solely or principally with a particular kind of machine go with that machine
 * (its parts heading or parts subheading).
 */
export const xviMachineParts: GriRule = {
  id: "XVI-note-2",
  title: "Parts of machines",
  basis: "Section XVI note 2 (a)-(c)",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const text = attrs.cleanName ? `${attrs.cleanName} ${attrs.text}` : attrs.text;
    // Explicit parts language: "for <machine>" alone does not make the goods a part (a magnetron for a microwave
    // oven is a magnetron, heading 8540: note 2(a)).
    // A component named as used in a machine ("a spacer sleeve used in a pneumatic control valve") is parts language too.
    if (!attrs.isPart || !(PART_WORDS.test(text) || attrs.componentOf)) return b.build();
    // Goods in their own right are judged on what the goods are, not on what they are used in: a ring used in a
    // valve is not a valve, and a "valve part" is a part of a valve, not a valve.
    // A title that names the goods and then what they fit ("Fan Blade for Pedestal Fan", "Side Brush for Robot Vacuum")
    // names them before "for": the machine after it is what they are a part of, and a machine word that only opens a
    // part's compound ("fan blade", "pump housing") names no machine.
    const fitAt = (attrs.cleanName ?? "").toLowerCase().search(/\s(?:for|fits?|compatible with)\s/);
    const goodsText = attrs.componentOf
      ? attrs.componentOf.component.replace(/\b\w+\s+(?:parts?|components?)$/, "")
      : fitAt > 0
        ? attrs.cleanName!.toLowerCase().slice(0, fitAt).replace(PART_COMPOUND, " ")
        : text;
    const inOwnRight = new Set<string>();
    for (const c of candidates) {
      const h = headingOf(c.hs6);
      const own = GOODS_IN_OWN_RIGHT.find(([gh, re]) => gh === h && re.test(goodsText));
      if (own && !isMachinePartsCode(c.hs6)) inOwnRight.add(c.hs6);
    }
    // The score each parts code will carry once the machines are redirected to it (note 2(b) below).
    const partsScore = new Map<string, number>();
    for (const c of candidates) if (isMachinePartsCode(c.hs6)) partsScore.set(c.hs6, (partsScore.get(c.hs6) ?? 0) + c.score);
    for (const c of candidates) {
      const ch = chapterOf(c.hs6);
      if ((ch !== "84" && ch !== "85") || inOwnRight.has(c.hs6) || isMachinePartsCode(c.hs6) || namedAsTheGoods(c, text)) continue;
      const to = MACHINE_PARTS[headingOf(c.hs6)];
      if (to) partsScore.set(to, (partsScore.get(to) ?? 0) + c.score);
    }
    const bestParts = Math.max(0, ...partsScore.values());
    // When the text says what the part is ("a snow blower part consisting of two grooved pulleys"), that good of its
    // own heading is classified there "in all cases" (note 2(a)), before any parts heading of note 2(b).
    const said = CONSISTS_OF.exec(goodsText)?.[1];
    for (const hs6 of inOwnRight) {
      const reason = `parts which are goods included in a heading of chapter 84 or 85 (other than the parts headings) are classified in their own heading (Section XVI note 2(a)): ${hs6}`;
      const own = GOODS_IN_OWN_RIGHT.find(([gh]) => gh === headingOf(hs6))!;
      const score = candidates.find((c) => c.hs6 === hs6)!.score;
      const decisive = said !== undefined && own[1].test(said) && score > 0;
      b.adjust(hs6, decisive ? Math.max(1.15, (bestParts / score) * 1.05) : 1.15, reason).record("XVI-note-2", reason);
    }
    for (const c of candidates) {
      const ch = chapterOf(c.hs6);
      if ((ch !== "84" && ch !== "85") || inOwnRight.has(c.hs6) || isMachinePartsCode(c.hs6)) continue;
      // The machine the name gives as the goods themselves ("a stand mixer with spare parts") is no part: only
      // what the goods fit or are a part of is redirected ("mixer parts", "a paddle for a stand mixer").
      if (namedAsTheGoods(c, text)) continue;
      const to = MACHINE_PARTS[headingOf(c.hs6)];
      if (!to) continue;
      // A named good of its own heading elsewhere in the list keeps priority; the machine itself becomes its parts code.
      const reason = `parts suitable for use solely or principally with the machines of heading ${headingOf(c.hs6)} are classified with them, in ${to} (Section XVI note 2(b)): ${c.hs6} → ${to}`;
      b.redirect(c.hs6, to, reason).record("XVI-note-2", reason);
    }
    return b.build();
  },
};

/** Vehicle parts headings the Section XVII note 2 exclusions act on. */
function isVehiclePartsCode(hs6: string): boolean {
  const h = headingOf(hs6);
  return h === "8708" || h === "8714" || hs6 === "871690" || hs6 === "870990" || h === "8607" || hs6 === "880730" || hs6 === "880790" || h === "8803";
}

interface VehicleExclusion {
  re: RegExp;
  to: (attrs: ExtractedAttributes) => string;
  note: string;
  what: string;
}

const bicycle = (a: ExtractedAttributes) => /\b(bicycles?|bikes?|cycling|mtb)\b/.test(a.text) && !/\b(motor ?bikes?|motorcycles?|e-?bikes?)\b/.test(a.text);

/** Section XVII note 2: articles which are not "parts" or "accessories" of vehicles even when identifiable as such. */
const VEHICLE_EXCLUSIONS: VehicleExclusion[] = [
  { re: /\bspark ?plugs?\b/, to: () => "851110", note: "2(f)", what: "sparking plugs (8511)" },
  { re: /\bglow ?plugs?\b/, to: () => "851180", note: "2(f)", what: "glow plugs (8511)" },
  { re: /\bignition coils?\b/, to: () => "851130", note: "2(f)", what: "ignition coils (8511)" },
  { re: /\bstarter motors?\b|\bstarters?\b/, to: () => "851140", note: "2(f)", what: "starter motors (8511)" },
  { re: /\balternators?\b/, to: () => "851150", note: "2(f)", what: "generators / alternators (8511)" },
  { re: /\b(wiper blades?)\b/, to: () => "851290", note: "2(f)", what: "parts of windscreen wipers (8512)" },
  { re: /\b(windscreen wipers?|windshield wipers?|wipers?|defrosters?|demisters?)\b/, to: () => "851240", note: "2(f)", what: "windscreen wipers, defrosters and demisters (8512)" },
  { re: /\b(bells?)\b/, to: () => "830610", note: "2(d)", what: "bells of base metal (8306)" },
  { re: /\b(horns?|sirens?)\b/, to: () => "851230", note: "2(f)", what: "sound signalling equipment (8512)" },
  { re: /\b(headlights?|head ?lamps?|tail ?lights?|tail ?lamps?|fog ?lights?|fog ?lamps?|turn signals?|indicator lights?|brake lights?|bike lights?|bicycle lights?|spoke lights?|light bars?|daytime running lights?|drl)\b/, to: (a) => (bicycle(a) ? "851210" : "851220"), note: "2(f)", what: "electrical lighting or visual signalling equipment (8512)" },
  { re: /\b(bulbs?)\b/, to: (a) => (/\bled\b/.test(a.text) ? "853952" : /\bhalogen\b/.test(a.text) ? "853921" : "853929"), note: "2(f)", what: "lamps (8539)" },
  { re: /\b(batter(?:y|ies))\b/, to: (a) => (/\blithium|li-?ion|lifepo4\b/.test(a.text) ? "850760" : "850710"), note: "2(f)", what: "electric accumulators (8507)" },
  { re: /\b(car radios?|car stereos?|radio receivers?)\b/, to: () => "852721", note: "2(f)", what: "radio receivers for motor vehicles (8527)" },
  { re: /\b(wiring harness(?:es)?|wiring sets?|ignition wiring)\b/, to: () => "854430", note: "2(f)", what: "wiring sets of a kind used in vehicles (8544)" },
  { re: /\b(oil filters?|fuel filters?)\b/, to: () => "842123", note: "2(e)", what: "oil or petrol filters for internal combustion engines (8421)" },
  { re: /\b(air filters?|intake filters?)\b/, to: () => "842131", note: "2(e)", what: "intake air filters for internal combustion engines (8421)" },
  { re: /\b(fuel pumps?|oil pumps?|water pumps?)\b/, to: () => "841330", note: "2(e)", what: "fuel, lubricating or cooling-medium pumps for engines (8413)" },
  { re: /\b(bearings?)\b/, to: (a) => (/\b(roller|needle)\b/.test(a.text) ? "848250" : "848210"), note: "2(e)", what: "ball or roller bearings (8482)" },
  { re: /\b(crankshafts?|camshafts?)\b/, to: () => "848310", note: "2(e)", what: "crankshafts and camshafts, integral parts of engines (8483)" },
  { re: /\b(pistons?|piston rings?|cylinder heads?|carburett?ors?|fuel injectors?|connecting rods?)\b/, to: (a) => (/\bdiesel\b/.test(a.text) ? "840999" : "840991"), note: "2(e)", what: "parts of engines of heading 8407/8408 (8409)" },
  { re: /\b(turbochargers?|superchargers?)\b/, to: () => "841480", note: "2(e)", what: "air compressors (8414)" },
  { re: /\b(speedometers?|odometers?|tachometers?)\b/, to: () => "902920", note: "2(g)", what: "speed indicators and tachometers (ch. 90)" },
  { re: /\b(gaskets?|o-?rings?|oil seals?)\b/, to: (a) => (a.materials[0]?.material === "rubber" || /\brubber\b/.test(a.text) ? "401693" : "848410"), note: "2(a)", what: "gaskets, washers and seals (4016 / 8484)" },
];

/**
 * Section XVII note 2: "parts" and "parts and accessories" of vehicles do not include, e.g., electrical equipment of
 * chapter 85 (8511 ignition and starting equipment, 8512 lighting and signalling, 8507 accumulators, 8544 wiring
 * sets), machines of 8401-8479 (filters, pumps, engine parts of 8409), bearings (8482), integral engine shafts
 * (8483), instruments of chapter 90 or rubber gaskets (4016). Note 3: parts not suitable solely or principally for
 * vehicles are not vehicle parts either. Radiators stay in 8708.91.
 */
export const xviiVehicleParts: GriRule = {
  id: "XVII-note-2",
  title: "Exclusions from parts and accessories of vehicles",
  basis: "Section XVII notes 2 and 3",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const text = `${attrs.cleanName} ${attrs.text}`.toLowerCase();
    if (/\bradiators?\b/.test(text)) return b.build();
    const hit = VEHICLE_EXCLUSIONS.find((x) => x.re.test(text));
    if (!hit) return b.build();
    // The goods named before "for" or "with" are what is classified: "Flat Pedals for MTB Bike Sealed Bearing" are pedals
    // that run on bearings, not bearings. The exclusion holds when the goods named (the head term, or the words before
    // the qualifier) are the excluded article.
    const head = candidates.flatMap((c) => c.evidence).find((e) => e.head && e.source === "lexicon" && e.term)?.term?.toLowerCase();
    const name = (attrs.cleanName ?? "").toLowerCase();
    const qualifier = name.search(/\b(?:for|with|fits?|compatible)\b/);
    if (head && !hit.re.test(head) && qualifier > 0 && !hit.re.test(name.slice(0, qualifier))) return b.build();
    for (const c of candidates) {
      if (!isVehiclePartsCode(c.hs6)) continue;
      const to = hit.to(attrs);
      const reason = `${hit.what} are not "parts" or "accessories" of vehicles even when identifiable as such (Section XVII note ${hit.note}): ${c.hs6} → ${to}`;
      b.redirect(c.hs6, to, reason).record("XVII-note-2", reason);
    }
    return b.build();
  },
};

/** Trailers, caravans and other vehicles not mechanically propelled (8716) named as what the parts are for. */
const TRAILER = /\b(?:semi-?trailers?|trailers?|caravans?|horse ?box(?:es)?|horse ?floats?)\b/;
/** A motor vehicle named too ("tractor-trailer", "car and trailer"): the parts may be for it. */
const MOTOR_VEHICLE = /\b(?:cars?|trucks?|lorr(?:y|ies)|tractors?|motor ?homes?|camper ?vans?|vans?|buses|motorcycles?|suvs?|automobiles?)\b/;

/**
 * Heading 8708 covers parts and accessories of the motor vehicles of headings 8701–8705 only. Parts of trailers,
 * semi-trailers and caravans (heading 8716) — brake drums, axles, hitches, mudguards made for them — are parts of
 * those vehicles, 8716.90 (Section XVII note 3: parts suitable solely or principally for the vehicles of a heading).
 */
export const xviiTrailerParts: GriRule = {
  id: "XVII-8716-parts",
  title: "Parts of trailers and caravans",
  basis: "Heading 8708 and 8716 texts; Section XVII note 3",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const text = `${attrs.cleanName} ${attrs.text}`.toLowerCase();
    if (!TRAILER.test(text) || MOTOR_VEHICLE.test(text)) return b.build();
    for (const c of candidates) {
      if (headingOf(c.hs6) !== "8708") continue;
      const reason = `parts made for trailers or caravans are parts of the vehicles of heading 8716, not of motor vehicles (8708 covers 8701–8705 only): ${c.hs6} → 871690`;
      b.redirect(c.hs6, "871690", reason).record("XVII-8716-parts", reason);
    }
    return b.build();
  },
};

export const MACHINERY_RULES: GriRule[] = [xviMachineParts, xviiVehicleParts, xviiTrailerParts];
