/**
 * Text normalization for product listings: marketplace-noise removal from product names and a
 * canonical lower-case form with unified units. Pure functions, precompiled regexes, no I/O.
 */
import { foldText, RequestMap } from "@openhs/shared";

// ---------------------------------------------------------------------------------------------
// Words that are never brands. A leading ALL-CAPS / CamelCase token is only dropped as a brand when
// it is none of these (nor a unit, an acronym, or a number-bearing token).
// ---------------------------------------------------------------------------------------------

/** Common product nouns, materials, colours and descriptive words (lower case). */
export const NEVER_BRAND_WORDS: ReadonlySet<string> = new Set(
  (
    // product nouns: apparel, footwear, bags, jewellery
    "shirt shirts tshirt tee tees top tops blouse dress dresses skirt skirts pants trousers jeans shorts legging leggings " +
    "jacket jackets coat coats vest hoodie hoodies sweater sweaters cardigan pullover sweatshirt suit suits uniform " +
    "romper jumpsuit playsuit bodysuit pajamas pyjamas robe lingerie bra bras panties underwear briefs boxers socks sock " +
    "stockings tights gloves glove mittens scarf scarves shawl hat hats cap caps beanie helmet belt belts tie ties apron " +
    "costume costumes gown gowns swimsuit bikini shoes shoe boots boot sandals sandal slippers slipper sneakers heels " +
    "pumps loafers flats clogs insole insoles bag bags handbag handbags backpack backpacks wallet wallets purse purses " +
    "tote case cases pouch luggage suitcase jewelry jewellery necklace necklaces bracelet bracelets bangle bangles ring " +
    "rings earrings earring pendant pendants charm charms brooch brooches chain chains anklet beads bead watch watches " +
    "strap straps keychain keyring wig wigs hair lashes eyelashes " +
    // household, kitchen, furniture, toys
    "cup cups mug mugs bottle bottles glass glasses plate plates bowl bowls spoon spoons fork forks knife knives pan pans " +
    "pot pots kettle lid tray box boxes basket baskets jar jars container holder rack shelf shelves stand hook hooks " +
    "towel towels blanket blankets pillow pillows cushion curtain curtains sheet sheets mat mats rug rugs carpet " +
    "lamp lamps light lights bulb bulbs lantern candle candles mirror clock frame vase sofa chair chairs table tables desk " +
    "bed mattress cabinet drawer toy toys doll dolls puzzle game games figure figures plush block blocks bricks ball balls " +
    "kite card cards sticker stickers book books pen pens pencil pencils notebook paper tape brush brushes comb sponge " +
    // tools, hardware, electrical
    "tool tools kit set sets wrench screwdriver hammer pliers drill saw blade scissors cutter knife file socket adapter " +
    "adaptor connector cable cables wire wires plug charger battery batteries switch sensor module board controller " +
    "amplifier speaker speakers microphone headphones earphones headset camera projector monitor keyboard mouse router " +
    "fan heater motor pump valve filter hose pipe tube spring screw screws bolt bolts nut nuts washer nail nails lock " +
    "key keys handle wheel wheels gear bearing machine printer scale thermostat driver inverter transformer fuse relay " +
    "antenna phone tablet laptop computer stand mount bracket clip clips clamp sprayer net fence cage mold mould " +
    "flower flowers plant seed seeds bait lure rod reel tent umbrella " +
    // materials
    "cotton linen silk wool cashmere polyester nylon spandex leather suede fur velvet satin lace denim canvas fabric cloth " +
    "plastic rubber silicone resin acrylic vinyl metal steel iron copper brass bronze aluminum aluminium zinc alloy " +
    "titanium gold silver platinum wood wooden bamboo paper ceramic porcelain stone marble crystal pearl diamond " +
    "stainless sterling spandex elastane viscose rayon modal lycra acrylic linen hemp jute rattan wicker cork felt " +
    "fleece chiffon tulle organza mesh jersey flannel corduroy tweed twill poplin suede nubuck cowhide sheepskin " +
    "latex neoprene nitrile vinyl polyurethane polycarbonate polypropylene polyethylene melamine glass ceramic " +
    "granite slate concrete cement brass tungsten pewter chrome nickel tin lead feather down cashmere alpaca mohair " +
    "angora merino satin sateen velour canvas oxford resin epoxy foam sponge carbon fiber fibre " +
    // colours
    "black white red blue green yellow pink purple orange brown grey gray beige khaki navy gold rose ivory cream " +
    "transparent clear multicolor colorful " +
    // descriptive words that lead titles
    "new hot mini big large small long short wide slim soft hard heavy light portable wireless digital electric smart " +
    "automatic manual vintage retro classic modern luxury cute sexy casual fashion elegant simple cool premium pro " +
    "professional universal outdoor indoor home kitchen garden car auto baby kids children women men womens mens girls " +
    "boys ladies unisex adult summer winter spring autumn waterproof adjustable foldable rechargeable handmade natural " +
    "original genuine real pure solid double single multi super ultra high low fast quick safety " +
    "nordic european american japanese korean chinese french italian german british english spanish mexican indian " +
    "african bohemian boho punk gothic kawaii anime cartoon hip hop rock creative funny lovely royal military tactical " +
    "sport sports fitness yoga gym running cycling fishing hunting camping hiking travel party wedding christmas " +
    "halloween birthday office school business baby bridal"
  ).split(/\s+/),
);

/** Upper-case acronyms that are product words, not brands. */
const ACRONYMS: ReadonlySet<string> = new Set(
  (
    "led leds usb diy pvc abs eva tpu tpe tpr hd uhd lcd oled rgb dmx rc gps ac dc uv ir edc cnc pcb smd dj tv pc moc " +
    "hdmi sata uhf vhf fm am nfc rfid wifi ip poe dvd cd sd tf ssd hdd cpu gpu ram rom oem odm vr ar ai atv utv suv " +
    "mtb bmx ev pet pp pe pu hdpe ldpe pla petg nbr epdm ptfe peva pva epe eps ps pmma pom pa mdf hdf osb sus ss bpa " +
    "ppe cctv ips amoled nvme pcie ddr ups ems tens ecg spf awg co2 lpg bbq dslr slr rv hvac ecu obd ptz nas kvm " +
    "cz atx itx mma tig mig pwm dcc esc fpv hifi mic ptt sos aux xlr rca bnc sma rj cat ptc ntc gfci rcd mcb " +
    // trade abbreviations of invoice lines (steel, plastics, yarn, seafood): goods words, not brands
    "ppgi ppgl hrpo crca crc hrc erw smls tmt lldpe gpps hips stpp xlpe sbr dty fdy poy psf vsf hlso hoso pud iqf"
  ).split(/\s+/),
);

// ---------------------------------------------------------------------------------------------
// Noise patterns (applied to the original-case name; all case-insensitive).
// ---------------------------------------------------------------------------------------------

const YEAR = "20[1-3]\\d";
const PROMO_WORDS =
  "new|newest|latest|hot|fashion|fashionable|style|styles|trend|trending|arrivals?|collection|version|edition|upgraded?|" +
  "summer|spring|autumn|fall|winter|season";

const PROMO_PHRASES = [
  // "2024 New", "New 2024", "Style2025New"
  `${YEAR}(?=\\s*(?:${PROMO_WORDS})\\b)`,
  `(?<=\\b(?:${PROMO_WORDS})\\s*)${YEAR}`,
  "(?:100\\s*%\\s*)?brand[\\s-]+new",
  "100\\s*%\\s*new",
  "new\\s+arrivals?",
  "hot\\s+(?:sale|sales|selling|sell|seller|sellers|item|items|product|products|new|style|model)",
  "new\\s+hot",
  "(?:best|top|hot)[\\s-]?(?:sell(?:ing|er|ers)?|seller)s?",
  "(?:big|flash|on|for|super|mega)\\s+sales?",
  "(?:free|fast|quick|rapid|express|speedy)\\s+(?:shipping|ship|delivery)",
  "drop[\\s-]?ship(?:ping|per|ment)?",
  "wholesales?|wholesaler|wholesaling",
  "in\\s+stock|ready\\s+(?:stock|to\\s+ship)|spot\\s+goods|stocked",
  "factory\\s+(?:direct|price|outlet|wholesale|supply)|direct\\s+(?:sale|sales|selling)",
  "(?:low|best|good|lowest|cheap)\\s+prices?|cheapest|cheap|discount(?:ed)?|clearance|promotion(?:al)?|promo",
  "limited\\s+(?:time|offer)|special\\s+offer",
  "(?:high|top|best|good|premium|super|great|excellent|superior)[\\s-]+quality|quality\\s+assurance",
  "(?:best|great|perfect|ideal|good|nice|cool|unique|special|wonderful)\\s+gifts?(?:\\s+ideas?)?",
  "gifts?\\s+ideas?",
  "new\\s+fashion|fashion\\s+new|newest|latest",
  "amazon|aliexpress|ebay|shopee|tik\\s?tok|temu",
  "ins(?:\\s+style)?",
  "free\\s+size|one\\s+size(?:\\s+fits\\s+(?:all|most))?",
  // A purity grade names the trade the substance is sold to, not goods: "Kojic Acid Cosmetic Grade" is no cosmetic
  // (3304), "Sodium Hyaluronate Pharmaceutical Grade" no medicament (food grade stays: it states a food use).
  "(?:cosmetics?|skin\\s*care|pharmaceutical|pharma|medical|industrial|technical|tech|reagent|analytical|lab|laboratory|usp|bp|ep|acs|electronic)[\\s-]+grade",
  "(?:sale|sales)",
  "new(?!\\s+(?:year|years|york|zealand|born|balance|orleans|jersey|delhi|england|mexico|moon|hampshire))",
];
const PROMO_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${PROMO_PHRASES.join("|")})(?![\\p{L}\\p{N}])`, "giu");

/**
 * "Free-from" claims: "Sulfate Free", "BPA-free", "Nickel Free", "Latex Free" say what the goods do NOT contain.
 * The substance named is neither the goods ("Shampoo Sulfate Free" is no sulfate of 2833) nor their material
 * ("Latex Free Gloves" are no rubber gloves), so the claim is noise for classification.
 */
const FREE_FROM_SUBSTANCES =
  "sulfates?|sulphates?|parabens?|phthalates?|bpa|pvc|latex|nickel|lead|cadmium|mercury|formaldehyde|ammonia|" +
  "chlorine|fluoride|silicones?|alcohol|fragrance|perfume|dyes?|talc|aluminum|aluminium|gluten|sugar|dairy|lactose|" +
  "soy|nuts?|wheat|caffeine|cruelty|oil|chemicals?|toxins?";
const FREE_FROM_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${FREE_FROM_SUBSTANCES})[\\s-]+free(?![\\p{L}\\p{N}])`, "giu");
/**
 * A sugar-free claim on confectionery decides its heading (sugar confectionery 1704 is made with sugar; sweets with
 * polyols or synthetic sweeteners are 2106.90): kept as one word ("sugarfree"), which names no goods of its own.
 */
function freeFromClaim(claim: string): string {
  return /^sugar[\s-]+free$/i.test(claim) ? " sugarfree " : " ";
}
/** "free" as FREE_FROM_RE reads it (same flags): without it FREE_FROM_RE cannot match. */
const FREE_WORD_RE = /free/iu;
/**
 * "Not-needed" claims: "No Box Spring Needed", "No Assembly Required", "No Tools Needed" name what the buyer does
 * NOT need; the thing named (a box spring, tools) is neither the goods nor part of them.
 */
const NOT_NEEDED_RE = /(?<![\p{L}\p{N}])no\s+(?:[\p{L}-]+\s+){1,2}(?:needed|required|necessary)(?![\p{L}\p{N}])/giu;
/** Words NOT_NEEDED_RE needs (same flags): without one it cannot match. */
const NOT_NEEDED_WORD_RE = /needed|required|necessary/iu;

const SIZE = "(?:[2-7]?x{1,4}[sml]|[2-7]xl|xxs|xs|s|m|l)";
const SIZE_RE = new RegExp(
  [
    // S-XXL, XS~3XL, S to 5XL
    `(?:size\\s*)?${SIZE}\\s*(?:[-~–]|to)\\s*${SIZE}`,
    // XS/S/M/L, S,M,L,XL ... (at least three)
    `${SIZE}(?:\\s*[/,|]\\s*${SIZE}){2,}`,
    // S M L XL (four or more separated by spaces)
    `${SIZE}(?:\\s+${SIZE}){3,}`,
    // Size 33-46, size 42, EU43
    "size\\s*:?\\s*\\d+(?:\\.\\d+)?(?:\\s*[-~–/]\\s*\\d+(?:\\.\\d+)?)*",
    "eu\\s?\\d{2}(?:\\s*[-~–]\\s*\\d{2})?",
  ].join("|"),
  "giu",
);
const SIZE_FULL_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${SIZE_RE.source})(?![\\p{L}\\p{N}])`, "giu");

const EMOJI_RE = /[\p{Extended_Pictographic}\u2190-\u21FF\u2300-\u23FF\u2460-\u24FF\u25A0-\u27BF\u2B00-\u2BFF\uFE0F\u200D\u20E3™®©]/gu;
const FULL_BRACKETS_RE = /【[^】]*】|〖[^〗]*〗|「[^」]*」|『[^』]*』/g;
const BRACKET_RE = /[([{]([^()[\]{}]*)[)\]}]/g;
const PROMO_TEST_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${PROMO_PHRASES.slice(0, -2).join("|")})(?![\\p{L}\\p{N}])`, "iu");

// Unit suffixes a number may carry without being a model code ("12pcs", "500w", "18k", "3d").
const UNIT_SUFFIX = new Set(
  (
    "mm cm m km in inch inches ft feet yd kg g mg lb lbs oz ml l v kv mv w kw mw mah ah a ma hz khz mhz ghz gb tb mb " +
    "kb db awg pcs pc pack packs pair pairs set sets x d k kt p th st nd rd mp ct y yr yrs year years mo month months " +
    "w v ohm ohms lm lux rpm psi bar pa kpa mpa cc gsm tpi dpi ppi fps l m s h min sec ft cfm btu mil mils floz " +
    "pin pins port ports ply way ways gang tier tiers layer layers hole holes ch channel channels speed speeds color colors " +
    "colour colours row rows roll rolls sheet sheets lot lots cup cups"
  ).split(/\s+/),
);
// Letter+digit tokens that are product words, not model codes (USB3.0, MP3, IP67, CO2, N95, S925, 316L ...).
const CODE_KEEP_RE = /^(?:mp[345]|usb\d.*|hdmi\d.*|ip[x]?\d{1,2}|co2|n95|kn95|ffp[123]|s9\d\d|[34]\d\dl?|k9|ps[2345]|ddr\d|cat\d[ae]?|wifi\d|bt\d.*|[345]g|[248]k|\d{1,2}k|x{0,3}\d?xl|h\d{1,2}|e\d{2}|gu\d{1,2}|g\d|t\d|a\d|b\d|c\d|m\d{1,2}|cr\d{4}|lr\d{2}|aa+|\dd|rj\d{2}|obd\d?|(?:ss|sus|aisi)\d{3,4}[a-z]{0,2})$/i;

const QUANTITY_PART_RE = /(\d+(?:\.\d+)?)(\p{L}*)/gu;

/** "35cm-100cm", "3.7v19800mah", "20/50/100pcs", "2x50w", "4x4": numbers with known units only. */
function isQuantity(t: string): boolean {
  let unknown = false;
  const rest = t.replace(QUANTITY_PART_RE, (_m, _n: string, unit: string) => {
    const u = unit.toLowerCase();
    if (u && !UNIT_SUFFIX.has(u) && !(u.endsWith("x") && UNIT_SUFFIX.has(u.slice(0, -1)))) unknown = true;
    return "";
  });
  return !unknown && /^[-~/x*+,.:"'″”]*$/i.test(rest);
}

const CODE_EDGES_RE = /^[^\p{L}\p{N}#]+|[^\p{L}\p{N}]+$/gu;
const CODE_PARTS_RE = /[/+]/;
const CATALOGUE_NO_RE = /^#\d+[a-z\d-]*$/i;

/** True when a token looks like a SKU / model code ("YH-0013", "RC2-6242-000", "BTA41-800B", "CW005", "NH35"). */
export function isModelCode(token: string): boolean {
  // Every "code" verdict below needs a digit (for "/"- and "+"-joined parts: in the last part, which is never empty).
  if (!DIGIT_RE.test(token)) return false;
  const t = token.replace(CODE_EDGES_RE, "");
  if (t.length < 3) return false;
  // "polyester/30%", "Mic+Lavalier": a code only when every part is one.
  if (t.includes("/") || t.includes("+")) return t.split(CODE_PARTS_RE).every((p) => p === "" || isModelCode(p));
  if (t.startsWith("#") && CATALOGUE_NO_RE.test(t)) return true;
  if (CODE_KEEP_RE.test(t)) return false;
  let digits = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits === 0) return false;
  if (!/\p{L}/u.test(t)) {
    // Bare long digit runs are catalogue numbers ("75159"); numbers with punctuation are values.
    return /^\d{5,}$/.test(t);
  }
  if (isQuantity(t)) return false;
  // Number + unknown short suffix ("62RQ") is a code; a number + word ("4wheels") is not.
  const numWord = /^\d+(?:\.\d+)?[-]?(\p{L}+)$/u.exec(t);
  if (numWord) return digits >= 2 && numWord[1]!.length <= 3;
  if (t.includes("-")) {
    const parts = t.split("-");
    if (parts.every((p) => /^\p{L}*$/u.test(p))) return false; // "Li-Ion", "T-Shirt"
    if (parts.every((p) => isQuantity(p) && /\p{L}/u.test(p))) return false; // "35cm-100cm"
    // Locants joined to a chemical name: "2-methyl-2-butene", "4,4'-diaminodiphenylsulfone", "2-t-butyl-4-methoxyphenol".
    // Brackets of substituents stay on the chain's pieces: "azo]-5-hydroxy-2,7-naphthalenedisulfonic".
    const chain = t.replace(/[[\]()]/g, "").split("-");
    if (chain.some((p) => /^\p{L}{5,}$/u.test(p)) && chain.every((p) => /^(?:\p{L}+|[\d,']+)$/u.test(p))) return false;
    return digits >= 2 && t.length >= 5;
  }
  // Letters then digits (with optional trailing letters), or digits-letters-digits: "CW005", "2M167B", "P2035n".
  return digits >= 2;
}

function isAllCaps(t: string): boolean {
  return /^[A-Z][A-Z&'`.-]*[A-Z]$/.test(t);
}

const ASCII_UPPER_RE = /[A-Z]/;

function isBrandLike(token: string, mostlyCaps: () => boolean): boolean {
  const t = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  if (t.length < 3 || /\d/.test(t)) return false;
  // "O-Ring", "U-Bolt", "V-Belt", "T-Shirt", "J-Hook": a lone letter joined to a word names a shape, not a brand.
  if (/^\p{L}-\p{L}/u.test(t)) return false;
  const lower = t.toLowerCase().replace(/[`'’.&-]/g, "");
  if (NEVER_BRAND_WORDS.has(lower) || ACRONYMS.has(lower)) return false;
  for (const stem of [lower.slice(0, -1), lower.slice(0, -2)]) {
    if (lower.endsWith("s") && (ACRONYMS.has(stem) || NEVER_BRAND_WORDS.has(stem))) return false;
  }
  if (UNIT_SUFFIX.has(lower)) return false;
  if (isAllCaps(t) && !mostlyCaps() && t.replace(/[^A-Z]/g, "").length >= 4) return true;
  // CamelCase: "iBrush", "GoBricks", "YaLumei", "U`King" (upper after lower, or 2+ capitals then lower case).
  const letters = t.replace(/[^\p{L}]/gu, "");
  if (/\p{Ll}\p{Lu}/u.test(letters)) return true;
  if (/^\p{Lu}{2,}\p{Ll}/u.test(letters) && letters.length >= 4) return true;
  return false;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const IGNORED_BRANDS = /^(?:none|null|no|n\/a|na|other|others|oem|odm|generic|unbranded|no\s*brand|noenname_null|brand|custom|customized)$/i;

export interface CleanNameHints {
  /** Brand names stated by the seller (removed wherever they occur, unless they are product words). */
  brands?: string[];
  /** Model numbers / SKUs stated by the seller (removed wherever they occur). */
  models?: string[];
}

const ALNUM_RE = /[\p{L}\p{N}]/u;

/** Removes whole-word, case-insensitive occurrences of `v` from `s`. */
function removeValue(s: string, v: string): string {
  const lower = s.toLowerCase();
  const needle = v.toLowerCase();
  if (lower.length !== s.length) return s.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(v)}(?![\\p{L}\\p{N}])`, "giu"), " ");
  let out = "";
  let from = 0;
  let at = lower.indexOf(needle);
  while (at >= 0) {
    const end = at + needle.length;
    const before = at > 0 ? s[at - 1]! : " ";
    const after = end < s.length ? s[end]! : " ";
    if (!ALNUM_RE.test(before) && !ALNUM_RE.test(after)) {
      out += `${s.slice(from, at)} `;
      from = end;
    }
    at = lower.indexOf(needle, end);
  }
  return from === 0 ? s : out + s.slice(from);
}

function hasProductWord(v: string): boolean {
  return v
    .toLowerCase()
    .split(/[\s/,]+/)
    .some((w) => NEVER_BRAND_WORDS.has(w) || ACRONYMS.has(w) || (w.endsWith("s") && NEVER_BRAND_WORDS.has(w.slice(0, -1))));
}

function removeHints(s: string, hints: CleanNameHints | undefined): string {
  if (!hints) return s;
  for (const raw of hints.brands ?? []) {
    for (const value of raw.split(/[,;]/)) {
      const v = value.trim();
      if (v.length < 3 || IGNORED_BRANDS.test(v)) continue;
      // Conservative: never remove a phrase containing a product/material/colour word ("Hot Toys").
      if (hasProductWord(v)) continue;
      s = removeValue(s, v);
      // Multi-word brands: their distinctive words alone too ("a Aisilan" → "Aisilan").
      const ws = v.split(/\s+/);
      if (ws.length > 1) for (const w of ws) if (w.length >= 4 && !/\d/.test(w)) s = removeValue(s, w);
    }
  }
  for (const raw of hints.models ?? []) {
    for (const value of raw.split(/[,;]/)) {
      const v = value.trim();
      // A model number is a code: it has a digit, is not a measurement, and names no product word.
      if (v.length < 3 || !/\d/.test(v) || hasProductWord(v)) continue;
      if (!v.split(/\s+/).some((t) => isModelCode(t) || /^\d{4,}$/.test(t))) continue;
      s = removeValue(s, v);
    }
  }
  return s;
}

const WS_RE = /\s+/g;
const EDGE_PUNCT_RE = /^[\s,;:|/\\\-–—+&.·•~*_]+|[\s,;:|/\\\-–—+&·•~*_]+$/g;

/**
 * Removes marketplace noise from a product name: promo phrases ("2024 New Fashion Hot Sale",
 * "Free Shipping", "Dropshipping", "Wholesale", "High Quality", "Best Gift"), size lists ("S-XXL"),
 * SKU / model codes ("YH-0013"), emoji, repeated punctuation, bracketed promos ("【...】") and
 * brand-only leading tokens (ALL-CAPS or CamelCase words that are not product words). Keeps the
 * original letter case of what remains.
 */
const MODEL_SCALE_RE = /\bscale\s*1\s*[:/]\s*\d{1,4}\b|\b1\s*[:/]\s*\d{1,4}\s*scale\b/gi;

/** Device names marketplace titles follow with a model ("iPhone 15 Pro Max", "Galaxy S24 Ultra", "Pixel 8a"). */
const DEVICE_NAMES = new Set(["iphone", "ipad", "ipod", "imac", "macbook", "airpods", "galaxy", "pixel", "kindle"]);
/** Words and codes that name a model of a device after its name. */
const DEVICE_MODEL_WORD = /^(?:\d+[a-z]{0,3}|[a-z]{1,2}\d+[a-z]{0,2}|pro|max|plus|ultra|mini|air|se|lite|fe|xl|xr|xs|edge|fold|flip|gen|generation|\d+(?:st|nd|rd|th))$/i;

const SIZE_UNIT_AFTER = /^(?:inch|inches|in|"|mm|cm|ft|feet|gb|tb|mah|w|v)$/i;

function dropDeviceModels(toks: string[]): void {
  for (let i = 0; i < toks.length - 1; i++) {
    if (!DEVICE_NAMES.has(toks[i]!.toLowerCase())) continue;
    let j = i + 1;
    // ("MacBook Air 13 inch": a number before a unit is a size, which stays)
    while (j < toks.length - 1 && DEVICE_MODEL_WORD.test(toks[j]!) && !(/^\d+$/.test(toks[j]!) && SIZE_UNIT_AFTER.test(toks[j + 1]!))) j++;
    if (j > i + 1) toks.splice(i + 1, j - i - 1);
  }
}

export function cleanProductName(name: string, hints?: CleanNameHints): string {
  // The substring tests only skip replacements whose pattern needs that substring; ASCII text is its own NFC form
  // and holds none of the full-width brackets, emoji, "¡" or "¿".
  const ascii = !NON_ASCII_RE.test(name);
  let s = ascii ? name : name.normalize("NFC");
  if (!ascii) s = s.replace(FULL_BRACKETS_RE, " ").replace(EMOJI_RE, " ");
  if (s.includes("_")) s = s.replace(/_+/g, " ");
  if (!ascii || s.includes("!") || s.includes("?")) s = s.replace(/([!?¡¿])+/g, " ");
  s = s.replace(/([.,;:~=+#*|/\\-])\1+/g, "$1");
  // "Platform,1200LBS" / "1:16,1:14,RC": a comma glued to a word separates tokens.
  if (s.includes(",")) s = s.replace(/,(?=[^\s\d])|(?<=[^\s\d]),(?=\S)/gu, ", ");
  // Brackets: drop promos, keep other content unbracketed.
  if (s.includes("(") || s.includes("[") || s.includes("{")) s = s.replace(BRACKET_RE, (_m, inner: string) => (PROMO_TEST_RE.test(inner) ? " " : ` ${inner} `));
  s = removeHints(s, hints);
  // Glued years: "Style2025New" → "Style 2025 New".
  if (s.includes("20")) s = s.replace(/(\p{L})(20[1-3]\d)(?=\P{N}|$)/gu, "$1 $2").replace(/(20[1-3]\d)(\p{L})/gu, "$1 $2");
  s = s.replace(PROMO_RE, " ");
  if (FREE_WORD_RE.test(s)) s = s.replace(FREE_FROM_RE, freeFromClaim);
  if (NOT_NEEDED_WORD_RE.test(s)) s = s.replace(NOT_NEEDED_RE, " ");
  s = s.replace(SIZE_FULL_RE, " ");
  // A model's scale ("Scale 1:16", "1/24 Scale") is no weighing scale.
  if (s.includes(":") || s.includes("/")) s = s.replace(MODEL_SCALE_RE, " ");
  // Tokens: model codes out.
  const toks = s.split(WS_RE).filter((t) => t.length > 0 && !isModelCode(t) && !/^[#*~=|_]+$/.test(t));
  // A device's model after its name ("iPhone 15 Pro Max Case", "Galaxy S24 Ultra Cover") is no word of the goods:
  // the device name and the accessory noun then read together ("iPhone Case").
  dropDeviceModels(toks);
  // A year left alone at the very start or end (after a word) is a promo year.
  if (toks.length > 1 && /^(?:19|20)\d\d[,.]?$/.test(toks[0]!)) toks.shift();
  if (toks.length > 1 && /^(?:20)\d\d$/.test(toks[toks.length - 1]!) && !/\d/.test(toks[toks.length - 2]!)) toks.pop();
  // Leading brand-only tokens (at most two), unless the title is shouted in capitals throughout.
  // (Whether the title is shouted is worked out when a leading token's verdict needs it, from the tokens as they are
  // before any is dropped; an all-caps word starts with a capital A-Z, which the token then holds.)
  let mostlyCaps: boolean | undefined;
  const before = toks.slice();
  const isMostlyCaps = (): boolean => {
    if (mostlyCaps === undefined) {
      const wordy = before.filter((t) => /\p{L}{2,}/u.test(t));
      const caps = wordy.filter((t) => ASCII_UPPER_RE.test(t) && isAllCaps(t.replace(/[^\p{L}&'`.-]/gu, ""))).length;
      mostlyCaps = wordy.length > 0 && caps / wordy.length >= 0.6;
    }
    return mostlyCaps;
  };
  for (let n = 0; n < 2 && toks.length > 2; n++) {
    const first = toks[0]!.replace(/[,;:]+$/, "");
    if (!isBrandLike(first, isMostlyCaps)) break;
    toks.shift();
  }
  s = expandTradeForms(resinGradeLast(expandSteelAbbreviations(toks.join(" "))));
  s = s.replace(/\s+([,;:.])/g, "$1").replace(/([,;:])(?:\s*[,;:])+/g, "$1").replace(/\(\s*\)|\[\s*\]/g, " ");
  s = s.replace(WS_RE, " ").replace(EDGE_PUNCT_RE, "");
  return s.trim() || name.trim();
}

// ---------------------------------------------------------------------------------------------
// Packing named after the goods (GRI 5(b)): "pickled mushrooms in 580ml glass jars", "face cream in a 50ml
// glass bottle", "bamboo skewers in plastic bags". Packing materials and containers presented with the goods they
// hold are classified with those goods: the container named after "in" is no product term, and its material is not
// the goods' material. ("Installed in boxes", "used in cans" say where goods are used, not how they are packed.)
// ---------------------------------------------------------------------------------------------

const PACK_CONTAINER =
  "bags?|bottles?|jars?|pouch(?:es)?|tubs?|tins?|cans?|boxe?s?|cartons?|sachets?|packets?|blister(?:\\s+packs?)?|" +
  "containers?|sacks?|buckets?|pails?|punnets?|jerrycans?|canisters?|ampoules?|vials?|clamshells?|cups|trays|tubes|" +
  // Bulk packings of the trade ("n-butanol in drums", "wine in kegs", "cotton in bales", "cable in reels").
  "drums?|barrels?|kegs?|totes|ibcs?|flexitanks?|bales|cylinders|reels|" +
  // One cup, tray or tube at the end of the phrase ("toothpaste in a tube", "yogurt in a cup, 150 g"), not the first word
  // of a compound ("fits in a cup holder").
  "(?:cup|tray|tube)(?=\\s*$|\\s*[,;.)]|\\s+(?:of|for|with|and|to)\\b)";
const PACKING_RE = new RegExp(
  `(?<!\\b(?:used|fitted|mounted|installed|incorporated|inserted|placed|found|fixed|built|plugged|housed|kept|stored|sold separately))` +
  `\\s+(?:(?:packed|packaged|bottled|canned|jarred|supplied|presented|put up|delivered)\\s+)?in\\s+` +
  `(?:an?\\s+|\\d+\\s*x\\s*)?(?:(?!the\\b|and\\b|or\\b|with\\b|for\\b)[\\p{L}\\p{N}.%-]+\\s+){0,3}?(?:${PACK_CONTAINER})(?![\\p{L}\\p{N}])`,
  "giu",
);

const PACKING_IN_RE = /in\s/iu;

/**
 * Removes the packing the goods are presented in ("… in 580ml glass jars", "… packed in a 500g tub") from a product
 * name (GRI 5(b)); the name is left as it is when nothing else would remain.
 */
export function withoutPacking(name: string): string {
  // PACKING_RE needs "in" and a space (same flags): without them it has nothing to remove.
  const unpacked = PACKING_IN_RE.test(name) ? name.replace(PACKING_RE, " ") : name;
  const out = unpacked.replace(WS_RE, " ").replace(/\s+([,;:.])/g, "$1").trim();
  return /\p{L}{3,}/u.test(out) ? out : name;
}

/** Removes the promo phrases and size lists (not brands or codes) from already folded text. */
export function stripNoise(s: string): string {
  s = s.replace(PROMO_RE, " ");
  if (FREE_WORD_RE.test(s)) s = s.replace(FREE_FROM_RE, freeFromClaim);
  if (NOT_NEEDED_WORD_RE.test(s)) s = s.replace(NOT_NEEDED_RE, " ");
  return s.replace(SIZE_FULL_RE, " ").replace(WS_RE, " ").trim();
}

// ---------------------------------------------------------------------------------------------
// normalizeText: folded, lower case, units unified ("500 Watts" → "500w", "1,5 Kilograms" → "1.5kg").
// ---------------------------------------------------------------------------------------------

const UNIT_ALIASES: Array<[string, string[]]> = [
  ["gsm", ["gsm", "g/m2", "g/sqm", "gr/m2", "grams/m2", "g/sq\\.?\\s?m", "grams per square met(?:er|re)"]],
  ["floz", ["fl\\.?\\s?oz", "fluid ounces?"]],
  ["mm", ["millimet(?:er|re)s?", "mm"]],
  ["cm", ["centimet(?:er|re)s?", "cms", "cm"]],
  ["km", ["kilomet(?:er|re)s?", "km"]],
  ["m", ["met(?:er|re)s?", "mtrs?", "m"]],
  ["in", ["inch(?:es)?", "in\\.(?!\\d)"]],
  ["ft", ["feet", "foot", "ft"]],
  ["yd", ["yards?", "yds?"]],
  ["mg", ["milligrams?", "mg"]],
  ["kg", ["kilogram(?:me)?s?", "kilos?", "kgs", "kg"]],
  ["g", ["gram(?:me)?s?", "grs?", "g"]],
  ["lb", ["pounds?", "lbs", "lb"]],
  ["oz", ["ounces?", "oz"]],
  ["kw", ["kilowatts?", "kw"]],
  ["mw", ["milliwatts?", "mw"]],
  ["w", ["watts?", "w"]],
  ["kv", ["kilovolts?", "kv"]],
  ["mv", ["millivolts?", "mv"]],
  ["v", ["volts?", "v"]],
  ["mah", ["mah"]],
  ["ml", ["millilit(?:er|re)s?", "mls", "ml"]],
  ["l", ["lit(?:er|re)s?", "ltrs?", "lt", "l"]],
  ["pcs", ["pieces?", "pcs\\.?", "pce", "pc"]],
];
// One capture group per canonical unit, in table order (unnamed: no groups object is built per match).
const UNIT_RE = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(?:${UNIT_ALIASES.map(([, alts]) => `(${alts.join("|")})`).join("|")})(?![a-z])`, "g");
const UNIT_CANON: readonly string[] = UNIT_ALIASES.map(([canon]) => canon);

function unitReplacer(m: string, num: string, ...rest: unknown[]): string {
  // rest: the unit groups in table order, then offset and input; the first group that took part names the unit.
  for (let i = 0; i < UNIT_CANON.length; i++) {
    if (rest[i] !== undefined) return `${num}${UNIT_CANON[i]!} `;
  }
  return m;
}

const DIGIT_RE = /\d/;
const REPEAT_PUNCT_RE = /([!?.,;:~=+#*|-])\1+/g;

/**
 * Folds case and accents and unifies units: lengths → mm/cm/m/in/ft, weights → kg/g/lb/oz, power →
 * w/kw, voltage → v, volume → ml/l, counts → pcs, fabric weight → gsm; number and unit are written
 * together ("500w", "1.5kg", "12pcs"), dimension separators become "x" ("28x19x9mm"), inch marks "in".
 */
export function normalizeText(s: string): string {
  // A request's own texts are read several times while it is classified, but do not recur in other requests.
  if (s.length > 40) {
    let hit = REQUEST_NORM.get(s);
    if (hit === undefined) REQUEST_NORM.set(s, (hit = normalizeUncached(s)));
    return hit;
  }
  // Short values (attribute values, material words) recur across fields and products: memoize them.
  let hit = NORM_CACHE.get(s);
  if (hit !== undefined) return hit;
  hit = NORM_CACHE_OLD.get(s);
  if (hit === undefined) hit = normalizeUncached(s);
  // Two generations: when the current one is full it becomes the old one, so recurring values outlive a turnover.
  if (NORM_CACHE.size >= 4096) {
    NORM_CACHE_OLD = NORM_CACHE;
    NORM_CACHE = new Map();
  }
  NORM_CACHE.set(s, hit);
  return hit;
}

const REQUEST_NORM = new RequestMap<string, string>();

let NORM_CACHE = new Map<string, string>();
let NORM_CACHE_OLD = new Map<string, string>();

const NON_ASCII_RE = /[^\x00-\x7f]/;
const THOUSANDS_RE = /(\d),(\d{3})(?!\d)/g;
const DECIMAL_COMMA_RE = /(\d),(\d{1,2})(?=\s*[a-z])/g;
const INCH_X_RE = /(\d)\s*(?:"|'')(?!x\d)/g;
const INCH_RE = /(\d)\s*(?:"|'')/g;
const FOOT_RE = /(\d)\s*'(?![a-z0-9])/g;
const DIM_SEP_RE = /(\d)\s*[*x]\s*(?=\d)/g;
const PERCENT_RE = /(\d)\s*%\s*/g;
const KARAT_RE = /(\d{1,2})\s*(?:karat|kt)\b/g;
const AC_DC_RE = /(\d(?:v|w)) ?(ac|dc)\b/g;
const SPACE_BEFORE_PUNCT_RE = / +([,;:)])/g;
const AL_ALLOY_BEFORE_RE = /\b([2-8]\d{3}(?:-?[tho]\d{1,4})?)\s+(alumin(?:um|ium))\b(?!\s+alloy)/g;
const AL_ALLOY_AFTER_RE = /\b(alumin(?:um|ium))\s+(?!alloy\b)([2-8]\d{3}(?:-?[tho]\d{1,4})?)\b(?!\s*(?:mm|cm|m|in|ft|pcs|w|v|kg|g|lb)\b)/g;

/**
 * The substring tests below only skip replacements whose pattern needs that substring (a replacement that
 * matches nothing returns the text unchanged). ASCII text is its own NFKD form without combining marks, and has
 * none of the emoji / fraction-slash / multiplication-sign / curly-quote characters, so folding it is lower-casing.
 */
// ---------------------------------------------------------------------------------------------
// Trade abbreviations of steel mill products, as invoices and packing lists write them: the process or the steel
// they name decides the heading and subheading (cold-rolled 7209 / hot-rolled 7208 / zinc-coated 7210; stainless
// 72.19–72.23 and 7304.4x / 7306.40). Each is read only next to a mill form or a grade, where it has no other sense.
// ---------------------------------------------------------------------------------------------

/** Mill forms and steel goods an abbreviation stands before or after ("GI sheet", "MS angle", "ERW pipe MS"). */
const STEEL_FORM =
  "coils?|sheets?|plates?|strips?|slabs?|billets?|blooms?|ingots?|bars?|rods?|wires?|wire rod|rounds?|flats?|squares?|" +
  "hex|angles?|channels?|beams?|joists?|sections?|profiles?|pipes?|tubes?|tubing|hollow|shs|rhs|chs|scrap|structure|" +
  "fittings?|flanges?|elbows?|nuts?|bolts?|screws?|washers?|studs?|rivets?|nails?|mesh|grating|purlins?|girders?";
/** Stainless grades (AISI / SUS numbers); "SS400" is a carbon structural steel (JIS G3101) and is not among them. */
const STAINLESS_GRADE = "201|202|301|302|303|304|304l|304h|305|309|309s|310|310s|316|316l|316ti|317l?|321|347|409|410|416|420|430|431|439|440c?|441|444|904l|2205|2507";
const STAINLESS_GRADE_RE = new RegExp(`\\b(?:ss|sus|aisi)\\s?-?(${STAINLESS_GRADE})(?![a-z0-9])`, "gi");
const STEEL_FORM_RE = new RegExp(`\\b(?:${STEEL_FORM})\\b`, "i");
/** "SS", "MS", "GI", "CRC"/"CRCA" before or after a mill form (not after a number: "5 ms" is milliseconds). */
const STEEL_ABBR_RE = /(?<!\d\s?)\b(ss|ms|gi|crca?|hrc|hrpo|hdg|smls)\b/gi;
const STEEL_ABBR: Record<string, string> = {
  ss: "stainless steel", ms: "mild steel", gi: "galvanized iron", crc: "cold rolled", crca: "annealed cold rolled",
  hrc: "hot rolled", hrpo: "pickled oiled hot rolled", hdg: "hot dip galvanized", smls: "seamless",
};
/** "CR" / "HR" / "GP" only right before a flat-rolled form ("CR coil", "HR plate"): elsewhere they mean other things. */
const FLAT_ABBR_RE = /\b(cr|hr|gp)(?=\s+(?:coils?|sheets?|plates?|strips?|steel)\b)/gi;
const FLAT_ABBR: Record<string, string> = { cr: "cold rolled", hr: "hot rolled", gp: "galvanized" };
/** Welding processes of pipe (electric-resistance, electric-fusion, longitudinal / spiral submerged-arc): welded tube. */
const WELDED_PIPE_RE = /\b(erw|efw|lsaw|ssaw|hsaw)\b(?!\s+welded)/gi;

/**
 * Fertiliser trade abbreviations, read only with a nutrient grade or a fertiliser word beside them: MOP (muriate of
 * potash: potassium chloride, 3104.20), SOP (sulphate of potash, 3104.30), DAP / MAP (di- / monoammonium phosphate,
 * 3105.30 / .40), TSP / SSP (superphosphates, 3103.1x). ("MOP" elsewhere is a mop, "MAP" a map.)
 */
const FERTILISER_CONTEXT_RE = /\b(?:k2o|p2o5|potash|potassium|fertili[sz]ers?|npk|\d{1,2}-\d{1,2}-\d{1,2})\b/i;
const FERTILISER_ABBR_RE = /\b(mop|sop|dap|map|tsp|ssp)\b/gi;
const FERTILISER_ABBR: Record<string, string> = {
  mop: "muriate of potash potassium chloride", sop: "sulphate of potash potassium sulphate", dap: "diammonium phosphate",
  map: "monoammonium phosphate", tsp: "triple superphosphate", ssp: "single superphosphate",
};
/**
 * A yarn count written "count/plies" ("40/2", "Ne 30/3") with two or more plies is a folded (multiple) yarn; "ring
 * spun" is a spinning method, not a ring (7113 / 7117).
 */
const YARN_PLY_RE = /\b(\d{1,3}s?\s?\/\s?[2-6])\b(?!\s*ply)/gi;
function expandTradeForms(s: string): string {
  if (FERTILISER_CONTEXT_RE.test(s)) s = s.replace(FERTILISER_ABBR_RE, (_m, a: string) => FERTILISER_ABBR[a.toLowerCase()]!);
  if (/\byarns?\b/i.test(s)) s = s.replace(YARN_PLY_RE, "$1 ply folded").replace(/\bring[\s-]spun\b/gi, "ringspun");
  return s;
}

/**
 * The grade of a plastics resin names the use it is made for ("film grade", "injection grade", "bottle grade"): the
 * goods are the resin, not film, bottles or pipes. With a polymer named, the grade goes after the goods, set apart by a
 * comma, so that "LDPE film grade granules" reads as LDPE granules (3901), not LDPE film (3920).
 */
const RESIN_GRADE_RE = /\b((?:blown\s+)?film|injection(?:\s+mou?lding)?|blow(?:\s+mou?lding)?|extrusion|raffia|fib(?:re|er)|yarn|textile|bottle|pipe|cable|sheet|tape|thermoforming|lamination|coating|rotomou?lding|general\s+purpose)\s+grade\b/i;
const POLYMER_RE = /\b(?:hdpe|ldpe|lldpe|pp|pe|pvc|pet|abs|gpps|hips|ps|eps|eva|pa6?|pa66|pc|pom|pbt|pmma|san|tpu|polyethylene|polypropylene|polystyrene|polyamide|nylon|polyester|polycarbonate|resin|granules?|pellets?|chips|homopolymer|copolymer)\b/i;
function resinGradeLast(s: string): string {
  const m = RESIN_GRADE_RE.exec(s);
  if (!m || !POLYMER_RE.test(s.slice(0, m.index) + s.slice(m.index + m[0].length))) return s;
  const rest = `${s.slice(0, m.index)} ${s.slice(m.index + m[0].length)}`.replace(/\s+/g, " ").trim();
  return rest ? `${rest}, ${m[1]!.toLowerCase()} grade` : s;
}

/**
 * Spells out the steel trade abbreviations of a product name or folded text (see above): "SS304 CR coil" →
 * "304 stainless steel cold rolled coil", "MS angle" → "mild steel angle", "GI wire" → "galvanized iron wire".
 */
export function expandSteelAbbreviations(t: string): string {
  if (/ss|sus|aisi/i.test(t)) t = t.replace(STAINLESS_GRADE_RE, (_m, g: string) => `${g.toLowerCase()} stainless steel`);
  if (!STEEL_FORM_RE.test(t)) return t;
  t = t.replace(STEEL_ABBR_RE, (_m, a: string) => STEEL_ABBR[a.toLowerCase()]!);
  t = t.replace(FLAT_ABBR_RE, (_m, a: string) => FLAT_ABBR[a.toLowerCase()]!);
  return t.replace(WELDED_PIPE_RE, "$1 welded");
}

function normalizeUncached(s: string): string {
  let t: string;
  if (NON_ASCII_RE.test(s)) {
    t = foldText(s);
    t = t.replace(EMOJI_RE, " ").replace(/[⁄∕]/g, "/").replace(/[×✕✖]/g, "x").replace(/[‘’`´]/g, "'").replace(/[“”″]/g, '"');
  } else {
    t = s.toLowerCase();
    if (t.includes("`")) t = t.replace(/[‘’`´]/g, "'");
  }
  if (t.includes("_")) t = t.replace(/_+/g, " ");
  t = expandTradeForms(expandSteelAbbreviations(t));
  if (!DIGIT_RE.test(t)) return collapseWs(hasRepeatedPunct(t) ? t.replace(REPEAT_PUNCT_RE, "$1") : t).trim();
  // Thousands separators and decimal commas.
  if (t.includes(",")) t = t.replace(THOUSANDS_RE, "$1$2").replace(DECIMAL_COMMA_RE, "$1.$2");
  // Inch and foot marks.
  if (t.includes('"') || t.includes("'")) t = t.replace(INCH_X_RE, "$1in ").replace(INCH_RE, "$1in").replace(FOOT_RE, "$1ft ");
  // Dimension separators between numbers: "28*19*9", "60 x 120".
  if (t.includes("x") || t.includes("*")) t = t.replace(DIM_SEP_RE, "$1x");
  if (t.includes("%")) t = t.replace(PERCENT_RE, "$1% ");
  if (t.includes("kt") || t.includes("karat")) t = t.replace(KARAT_RE, "$1k");
  t = t.replace(UNIT_RE, unitReplacer);
  // An aluminium alloy designation ("6061 aluminum", "aluminium 5052-h32", "7075-t6 aluminum"): series 2xxx–8xxx are
  // alloys (ch. 76 subheading note 1(b)); 1xxx is aluminium of 99% or more, not alloyed. The text says "alloy".
  if (t.includes("alumin")) t = t.replace(AL_ALLOY_BEFORE_RE, "$1 $2 alloy").replace(AL_ALLOY_AFTER_RE, "$1 alloy $2");
  if (t.includes("ac") || t.includes("dc")) t = t.replace(AC_DC_RE, "$1 $2");
  if (hasRepeatedPunct(t)) t = t.replace(REPEAT_PUNCT_RE, "$1");
  t = t.replace(SPACE_BEFORE_PUNCT_RE, "$1");
  return collapseWs(t).trim();
}

/** Whitespace other than single spaces (a run of two, or a tab / newline / other space): else `\s+` → " " changes nothing. */
const UNEVEN_WS_RE = /\s\s|[^\S ]/;
function collapseWs(t: string): string {
  return UNEVEN_WS_RE.test(t) ? t.replace(WS_RE, " ") : t;
}

/** Punctuation REPEAT_PUNCT_RE collapses: ! ? . , ; : ~ = + # * | - */
const REPEATABLE = new Set([33, 63, 46, 44, 59, 58, 126, 61, 43, 35, 42, 124, 45]);
/** True when REPEAT_PUNCT_RE has something to collapse: one of its punctuation marks twice in a row. */
function hasRepeatedPunct(t: string): boolean {
  for (let i = 1; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === t.charCodeAt(i - 1) && REPEATABLE.has(c)) return true;
  }
  return false;
}

const WORD_RE = /[a-z0-9]+(?:[.'][a-z0-9]+)*%?/g;
const WORD_SEP_RE = /[a-z0-9]+(?:[.'][a-z0-9]+)*%?|[,;:()[\]{}/+&|]| - /g;

/**
 * Splits normalized text into word tokens (no stemming; "women's" → "women", "zinc-alloy" → "zinc", "alloy").
 * With `separators`, punctuation between words becomes a "|" token so that phrases are not matched
 * across it ("acrylic, wool" is not "acrylic wool").
 */
export function words(normalized: string, separators = false): string[] {
  const src = normalized.includes("'s") ? normalized.replace(POSSESSIVE_RE, "") : normalized;
  const out = src.match(separators ? WORD_SEP_RE : WORD_RE) ?? [];
  for (let i = 0; i < out.length; i++) {
    const w = out[i]!;
    if (w.includes("'")) out[i] = w.replace(APOSTROPHE_RE, "");
    else if (separators && !ASCII_ALNUM_RE.test(w)) out[i] = "|";
  }
  return out;
}
const POSSESSIVE_RE = /'s\b/g;
const APOSTROPHE_RE = /'/g;
const ASCII_ALNUM_RE = /[a-z0-9]/;
