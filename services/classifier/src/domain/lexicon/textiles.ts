/**
 * Section XI — textiles and textile articles (chapters 50–63): garments by type, construction
 * (knitted ch. 61 / woven ch. 62), gender and fibre; fabrics, yarns, cordage; made-up articles (ch. 63).
 */
import type { LexiconEntry } from "../types.js";
import { e, F, garment, m, materialSplits, same, to, type GarmentSpec } from "./helpers.js";

/** Words for knitted pile other than looped pile (terry): 6001.9x. */
const PILE = ["fleece", "velour", "plush", "minky", "faux fur", "sherpa"];
/** Words for long pile knitted fabric (6001.10, "long pile" fabrics imitating fur, sliver knitted). */
const LONG_PILE = ["faux fur", "fake fur", "artificial fur", "long pile", "imitation fur", "fur fabric"];
/** Words saying a fabric is woven of spun yarn of staple fibres (ch. 55), not of filaments (ch. 54). */
const STAPLE_WORDS = ["staple", "staple fibers", "staple fibres", "spun"];
/** Warp knitting (tricot, raschel, Milanese) — 6005 unless pile or elastomeric. */
const WARP_KNIT = ["warp knit", "warp-knit", "warp knitted", "warp-knitted", "tricot", "raschel"];
/** Warp knit fabrics (6005) by fibre and finish: cotton 6005.21–.24, synthetic 6005.36–.39, artificial 6005.41–.44. */
const WARP_KNIT_SPLITS = [
  ...materialSplits({ cotton: "600522", synthetic: "600537", artificial: "600542" }, { words: WARP_KNIT, allOf: [["dyed"]] }),
  ...materialSplits({ cotton: "600524", synthetic: "600539", artificial: "600544" }, { words: WARP_KNIT, allOf: [["printed"]] }),
  ...materialSplits({ cotton: "600521", synthetic: "600536", artificial: "600541" }, { words: WARP_KNIT, allOf: [["bleached", "unbleached", "greige", "grey"]] }),
];
/** Fabric coated, covered or laminated with plastics: PVC 5903.10, polyurethane 5903.20 (ch. 59 note 2). */
const COATED_FABRIC_SPLITS = [
  to({ words: ["coated", "laminated", "covered", "impregnated"], allOf: [["polyvinyl chloride", "pvc", "vinyl"]] }, "590310"),
  to({ words: ["coated", "laminated", "covered", "impregnated"], allOf: [["polyurethane", "pu", "tpu"]] }, "590320"),
];
/** Splits of a generic "fabric" that is net, tulle, lace (5804) or faux fur (6001.10). */
const NET_LACE_FUR_SPLITS = [
  to({ words: ["tulle", "bobbinet", "netting", "net fabric", "mesh tulle"] }, "580410"),
  to({ words: ["lace"], material: ["synthetic", "artificial"], unless: ["lace up", "lace-up"] }, "580421"),
  to({ words: ["lace"], material: ["cotton", "silk", "wool", "fine_animal_hair", "flax", "other_vegetable_fibre"], unless: ["lace up", "lace-up"] }, "580429"),
  to({ words: ["lace"], unless: ["lace up", "lace-up"] }, "5804"),
  to({ words: LONG_PILE }, "600110"),
];

// --- fibre maps per garment heading ----------------------------------------------------------------
const COAT: Pick<GarmentSpec, "knit" | "woven"> = {
  knit: { men: F.cmo("610120", "610130", "610190"), women: { woolish: "610210", cotton: "610220", mmf: "610230", other: "610290" } },
  woven: {
    men: { woolish: "620120", cotton: "620130", mmf: "620140", other: "620190" },
    women: { woolish: "620220", cotton: "620230", mmf: "620240", other: "620290" },
  },
};
const SUIT: Pick<GarmentSpec, "knit" | "woven"> = {
  knit: { men: { other: "610310" }, women: { synthetic: "610413", other: "610419" } },
  woven: { men: { woolish: "620311", synthetic: "620312", other: "620319" }, women: F.wcso("620411", "620412", "620413", "620419") },
};
const ENSEMBLE: Pick<GarmentSpec, "knit" | "woven"> = {
  knit: { men: F.cso("610322", "610323", "610329"), women: F.cso("610422", "610423", "610429") },
  woven: { men: F.cso("620322", "620323", "620329"), women: F.wcso("620421", "620422", "620423", "620429") },
};
const JACKET: Pick<GarmentSpec, "knit" | "woven"> = {
  knit: { men: F.wcso("610331", "610332", "610333", "610339"), women: F.wcso("610431", "610432", "610433", "610439") },
  woven: { men: F.wcso("620331", "620332", "620333", "620339"), women: F.wcso("620431", "620432", "620433", "620439") },
};
const TROUSERS: Pick<GarmentSpec, "knit" | "woven"> = {
  knit: { men: F.wcso("610341", "610342", "610343", "610349"), women: F.wcso("610461", "610462", "610463", "610469") },
  woven: { men: F.wcso("620341", "620342", "620343", "620349"), women: F.wcso("620461", "620462", "620463", "620469") },
};
const DRESS: Pick<GarmentSpec, "knit" | "woven"> = {
  knit: { women: F.wcsao("610441", "610442", "610443", "610444", "610449") },
  woven: { women: F.wcsao("620441", "620442", "620443", "620444", "620449") },
};
const SKIRT: Pick<GarmentSpec, "knit" | "woven"> = {
  knit: { women: F.wcso("610451", "610452", "610453", "610459") },
  woven: { women: F.wcso("620451", "620452", "620453", "620459") },
};
const SHIRT: Pick<GarmentSpec, "knit" | "woven"> = {
  knit: { men: F.cmo("610510", "610520", "610590"), women: F.cmo("610610", "610620", "610690") },
  woven: { men: F.cmo("620520", "620530", "620590"), women: { silk: "620610", woolish: "620620", cotton: "620630", mmf: "620640", other: "620690" } },
};
const BLOUSE: Pick<GarmentSpec, "knit" | "woven"> = {
  knit: { women: F.cmo("610610", "610620", "610690") },
  woven: { women: { silk: "620610", woolish: "620620", cotton: "620630", mmf: "620640", other: "620690" } },
};
const UNDERPANTS: Pick<GarmentSpec, "knit" | "woven"> = {
  knit: { men: F.cmo("610711", "610712", "610719"), women: F.cmo("610821", "610822", "610829") },
  woven: { men: { cotton: "620711", other: "620719" }, women: F.cmo("620891", "620892", "620899") },
};
const PANTIES: Pick<GarmentSpec, "knit" | "woven"> = {
  knit: { women: F.cmo("610821", "610822", "610829") },
  woven: { women: F.cmo("620891", "620892", "620899") },
};
const PYJAMAS: Pick<GarmentSpec, "knit" | "woven"> = {
  knit: { men: F.cmo("610721", "610722", "610729"), women: F.cmo("610831", "610832", "610839") },
  woven: { men: F.cmo("620721", "620722", "620729"), women: F.cmo("620821", "620822", "620829") },
};
const NIGHTDRESS: Pick<GarmentSpec, "knit" | "woven"> = {
  knit: { women: F.cmo("610831", "610832", "610839") },
  woven: { women: F.cmo("620821", "620822", "620829") },
};
const ROBE: Pick<GarmentSpec, "knit" | "woven"> = {
  knit: { men: { cotton: "610791", other: "610799" }, women: F.cmo("610891", "610892", "610899") },
  woven: { men: { cotton: "620791", other: "620799" }, women: F.cmo("620891", "620892", "620899") },
};
const SLIP: Pick<GarmentSpec, "knit" | "woven"> = {
  knit: { women: { mmf: "610811", other: "610819" } },
  woven: { women: { mmf: "620811", other: "620819" } },
};
const OTHER_GARMENT: Pick<GarmentSpec, "knit" | "woven"> = {
  knit: { any: F.cmo("611420", "611430", "611490") },
  woven: { men: F.cmo("621132", "621133", "621139"), women: F.cmo("621142", "621143", "621149") },
};
const TSHIRT_MAP = { cotton: "610910", other: "610990" };
const SWEATER_MAP = { cotton: "611020", mmf: "611030", wool: "611011", fine_animal_hair: "611019", other: "611090" };
const TRACKSUIT: Pick<GarmentSpec, "knit" | "woven"> = {
  knit: { any: F.cso("611211", "611212", "611219") },
  woven: { men: F.cmo("621132", "621133", "621139"), women: F.cmo("621142", "621143", "621149") },
};
const SWIM: Pick<GarmentSpec, "knit" | "woven"> = {
  knit: { men: { synthetic: "611231", other: "611239" }, women: { synthetic: "611241", other: "611249" } },
  woven: { men: { other: "621111" }, women: { other: "621112" }, menHeading: "6211", womenHeading: "6211" },
};

const LEATHER_APPAREL = { leatherish: "420310", fur: "430310", plastic: "392620", rubber: "401590" };
const CASHMERE = { when: { material: ["fine_animal_hair" as const], words: ["cashmere", "kashmir"] }, heading: "6110", subheading: "611012" };

/** Words for a vest that is padded or insulated: a padded sleeveless jacket (HS 6201/6202 "anoraks … including padded sleeveless jackets"). */
const PADDED = ["padded", "padding", "insulated", "insulation", "quilted", "down filled", "down-filled", "fiberfill", "fibrefill", "puffer", "wadding", "batting"];

/** Adds the padded-vest splits in front of a vest entry: padded sleeveless jackets go with the coats, by construction and gender. */
function withPaddedVests(g: LexiconEntry): LexiconEntry {
  g.splits = [
    to({ words: PADDED, construction: ["knitted"], gender: ["men", "boys"] }, "6101"),
    to({ words: PADDED, construction: ["knitted"] }, "6102"),
    to({ words: PADDED, gender: ["men", "boys"] }, "6201"),
    to({ words: PADDED }, "6202"),
    ...(g.splits ?? []),
  ];
  return g;
}

function sweater(terms: string): LexiconEntry {
  const g = garment(terms, {
    defaultConstruction: "knit",
    knit: { any: SWEATER_MAP },
    nonTextile: { leatherish: "420310" },
    note: "jerseys, pullovers, cardigans, sweatshirts: knitted → 6110 by fibre (Kashmir goat 611012)",
  });
  g.splits = [CASHMERE, ...(g.splits ?? [])];
  return g;
}

/**
 * A costume (cosplay, Halloween, stage) that is a dress is classified as the dress it is (6104 4x / 6204 4x by
 * fibre), as any garment of textile fabric: chapter 95 leaves fancy dress of textiles to chapters 61/62 (note 1(e)
 * to ch. 95), and the costume's dress gives the outfit its character over the apron or headpiece sold with it.
 * "Dress up" and "fancy dress" say costume, not a dress.
 */
function costumeOf(g: LexiconEntry): LexiconEntry {
  const dress = garment("dress", { defaultConstruction: "woven", ...DRESS, assume: "synthetic" });
  const asDress = [...(dress.splits ?? []), { when: {}, heading: dress.heading, subheading: dress.subheading }].map((sp) => ({
    ...sp,
    when: { ...sp.when, allOf: [...(sp.when.allOf ?? []), ["dress", "dresses"]], unless: [...(sp.when.unless ?? []), "fancy dress", "dress up", "dress-up"] },
  }));
  g.splits = [...asDress, ...(g.splits ?? [])];
  return g;
}

/**
 * A bandana (a printed square of about 55 cm) is a handkerchief of 6213 by its size (squares with no side over 60 cm),
 * even when a title also calls it a headscarf or neck scarf: cotton 6213.20, other fibres 6213.90.
 */
function asBandana(g: LexiconEntry): LexiconEntry {
  const words = ["bandana", "bandanas", "bandanna", "bandannas"];
  g.splits = [to({ words, material: ["cotton"] }, "621320"), to({ words, material: ["silk", "synthetic", "artificial", "wool", "fine_animal_hair", "flax"] }, "621390"), to({ words }, "6213"), ...(g.splits ?? [])];
  return g;
}

// --- garments ------------------------------------------------------------------------------------------
const garments: LexiconEntry[] = [
  garment("t-shirt|tee shirt|tee|graphic tee|crew neck t-shirt|v-neck t-shirt|long sleeve t-shirt|short sleeve t-shirt|oversized t-shirt|baby tee", {
    defaultConstruction: "knit", knit: { any: TSHIRT_MAP },
    note: "T-shirts are knitted by definition → 6109; cotton 610910, other fibres 610990",
  }),
  withPaddedVests(garment("tank top|singlet|undershirt|sleeveless top|muscle tee|racerback top|vest top|camisole|cami|crop top|spaghetti strap top|halter top|string vest|vest", {
    defaultConstruction: "knit", knit: { any: TSHIRT_MAP }, woven: OTHER_GARMENT.woven,
    note: "singlets, tank tops and other vests, knitted → 6109; woven tops → 6211; padded or insulated vests are padded sleeveless jackets of 6101/6102/6201/6202",
  })),
  garment("tube top|bandeau top|bodysuit|leotard|unitard|catsuit|bodycon jumpsuit", {
    defaultConstruction: "knit", ...OTHER_GARMENT, note: "other knitted garments → 6114 (woven 6211)",
  }),
  garment("jumpsuit|playsuit|romper|romper suit|overall suit|coverall|boiler suit|work overall", {
    defaultConstruction: "woven", ...OTHER_GARMENT, babies: true, babiesKnit: true,
    note: "one-piece garments → 6114 knitted / 6211 woven; babies' rompers and playsuits are jersey (knitted) one-pieces unless said to be woven: 6111 (woven 6209)",
  }),
  garment("shirt|dress shirt|button down shirt|button-up shirt|flannel shirt|oxford shirt|hawaiian shirt|work shirt|linen shirt|denim shirt|casual shirt|formal shirt|overshirt|shacket|guayabera|aloha shirt|camp shirt|camp collar shirt|bowling shirt|western shirt|tuxedo shirt|chambray shirt|plaid shirt|corduroy shirt", {
    defaultConstruction: "woven", ...SHIRT,
    note: "shirts: woven 6205 men / 6206 women, knitted 6105 / 6106; unidentifiable gender → women's (Note 8/9)",
  }),
  garment("polo shirt|polo|golf shirt|pique polo|rugby shirt|henley shirt|henley|polo t-shirt|polo tee|tennis polo", {
    defaultConstruction: "knit", ...SHIRT, note: "polo shirts are knitted shirts → 6105 men / 6106 women",
  }),
  garment("blouse|shirt blouse|peasant blouse|chiffon blouse|tunic top|tunic|women top|peplum top|wrap top", {
    defaultConstruction: "woven", ...BLOUSE, note: "blouses: woven 6206 by fibre, knitted 6106",
  }),
  sweater("sweater|pullover|jumper|jersey|knit sweater|knitwear|turtleneck|turtleneck sweater|roll neck|mock neck sweater|cable knit sweater|crew neck sweater|v-neck sweater|cardigan|knit cardigan|sweater vest|knitted waistcoat|sleeveless sweater|twinset|twin set|bolero|shrug"),
  sweater("fleece vest|knit vest|knitted vest|pullover vest|sweater vests|crewneck|pullover sweater|knit pullover|cashmere sweater|wool sweater|mohair sweater|chunky cardigan|longline cardigan|open front cardigan|duster cardigan|hooded cardigan|polo sweater"),
  sweater("hoodie|hooded sweatshirt|sweatshirt|crewneck sweatshirt|zip hoodie|zip-up hoodie|fleece pullover|pullover hoodie|quarter zip|half zip pullover"),
  garment("football shirt|soccer jersey|basketball jersey|hockey jersey|sports jersey|cycling jersey|team jersey", {
    defaultConstruction: "knit", knit: { any: SWEATER_MAP },
    note: "sports jerseys → 6110 (jerseys), by fibre",
  }),
  garment("coat|overcoat|trench coat|topcoat|pea coat|peacoat|car coat|duffle coat|parka|anorak|windbreaker|windcheater|wind jacket|raincoat|rain jacket|rain poncho|cape|cloak|down jacket|puffer jacket|puffer coat|padded jacket|quilted jacket|ski jacket|snow jacket|winter jacket|winter coat|bomber jacket|flight jacket|varsity jacket|baseball jacket|harrington jacket|field jacket|softshell jacket|hardshell jacket|shell jacket|outdoor jacket|hiking jacket|track jacket|jacket|trucker jacket|denim jacket|jean jacket|coach jacket|utility jacket|gilet|body warmer|bodywarmer|puffer vest|down vest|padded vest|quilted vest|fleece jacket|sherpa jacket|teddy coat|shearling jacket|motorcycle jacket|biker jacket|capelet", {
    defaultConstruction: "woven", ...COAT, nonTextile: LEATHER_APPAREL,
    note: "coats, anoraks, wind-jackets, padded sleeveless jackets → 6201/6202 woven, 6101/6102 knitted; leather 4203, fur 4303",
  }),
  garment("poncho|ponchos|knit poncho|knitted poncho|fringe poncho|shawl poncho|poncho sweater|sweater poncho|blanket poncho|cape poncho", {
    defaultConstruction: "knit", ...COAT, nonTextile: LEATHER_APPAREL,
    note: "fashion ponchos are slip-on capes mostly knitted of sweater yarns → 6101/6102 by fibre (woven 6201/6202 when stated); rain ponchos of plastic sheeting 392620",
  }),
  garment("rainwear|rain wear|rain gear|rain suit|rainsuit|rain set|rain pants|rain trousers|rain overalls|waterproof overtrousers|oilskin|oilskin jacket|sou'wester", {
    defaultConstruction: "woven", knit: { any: { other: "611300" } },
    woven: { men: { other: "621040" }, women: { other: "621050" }, menHeading: "6210", womenHeading: "6210" },
    note: "rainwear of coated/laminated fabric (5903/5906/5907): woven 621040 men / 621050 women, knitted 611300 (PU/PVC-coated fabric stays textile); plastic sheeting raincoats 392620",
  }),
  e("plastic raincoat|pvc raincoat|disposable raincoat|disposable poncho|plastic poncho|eva raincoat|eva poncho|emergency poncho", "392620", {
    note: "raincoats and ponchos of plastic sheeting (no textile) → 392620",
  }),
  e("protective suit|protective coverall|disposable coverall|hazmat suit|isolation gown|disposable gown|surgical gown|protective gown|disposable lab coat|chemical protective suit|cleanroom suit|paint suit", "621010", {
    splits: [to({ material: ["plastic"] }, "392620"), to({ material: ["rubber"] }, "401590")],
    decisive: ["material"], note: "garments of nonwoven (5602/5603) such as disposable coveralls and gowns → 621010; plastic sheeting 392620",
  }),
  e("leather jacket|leather coat|faux leather jacket|pu leather jacket|leather trousers|leather pants|leather skirt|leather shorts|leather dress|leather vest|leather blazer|suede jacket|sheepskin coat|shearling coat", "420310", {
    splits: [to({ material: ["fur"] }, "430310"), to({ material: ["plastic"] }, "392620"), to({ material: ["textile", "cotton", "synthetic", "artificial", "wool"] }, "6202")],
    decisive: ["material"],
    note: "garments of leather or composition leather → 420310; 'PU leather' on a textile base → ch. 61/62 (or 3926 if plastic only)",
  }),
  garment("suit|business suit|two-piece suit|three-piece suit|tuxedo|dinner suit|pant suit|pantsuit|trouser suit|skirt suit|suit set|wedding suit|dress suit", {
    defaultConstruction: "woven", ...SUIT, note: "suits: woven 6203/6204, knitted 6103/6104, by fibre",
  }),
  garment("blazer|suit jacket|suit-type jacket|suit type jacket|suit-type jackets|sport coat|sports jacket|dinner jacket|tuxedo jacket|tailored jacket|blazer jacket|chore jacket|safari jacket|nehru jacket", {
    defaultConstruction: "woven", ...JACKET, note: "suit-type jackets and blazers: woven 620331–39/620431–39, knitted 6103/6104",
  }),
  garment("waistcoat|suit vest|dress vest|tuxedo vest", {
    defaultConstruction: "woven", knit: { any: SWEATER_MAP }, woven: OTHER_GARMENT.woven,
    note: "separate waistcoats: woven → 6211, knitted → 6110",
  }),
  garment("two-piece set|2 piece set|co-ord set|coord set|matching set|outfit set|top and pants set|top and shorts set|lounge set|loungewear set|short set|skirt set|ensemble", {
    defaultConstruction: "knit", ...ENSEMBLE, note: "ensembles (matching top + bottom sold together) → 6103/6104 knitted, 6203/6204 woven",
  }),
  garment("trousers|pants|slacks|chinos|chino pants|cargo pants|cargo trousers|dress pants|work pants|work trousers|suit trousers|wide leg pants|palazzo pants|culottes|capri pants|capris|harem pants|linen pants|corduroy pants|flare pants|bell bottoms|pleated pants|straight leg pants|tapered pants|carpenter pants|hiking pants|ski pants|snow pants|riding breeches|breeches|jodhpurs|dungarees|overalls|bib overalls|bib and brace overalls|salopettes|shortalls", {
    defaultConstruction: "woven", ...TROUSERS, babies: true, nonTextile: LEATHER_APPAREL,
    note: "trousers, breeches, bib overalls: woven 6203/6204, knitted 6103/6104; subheading by fibre",
  }),
  garment("jeans|denim jeans|skinny jeans|slim jeans|straight jeans|mom jeans|boyfriend jeans|bootcut jeans|flare jeans|ripped jeans|denim pants|denim trousers|jeggings", {
    defaultConstruction: "woven", ...TROUSERS, assume: "cotton",
    note: "denim trousers: woven cotton → 620342 men / 620462 women",
  }),
  garment("shorts|short pants|bermuda shorts|cargo shorts|denim shorts|jean shorts|chino shorts|hot pants|running shorts|gym shorts|athletic shorts|basketball shorts|cycling shorts|bike shorts|biker shorts|sweat shorts|lounge shorts|skort|skorts", {
    defaultConstruction: "woven", ...TROUSERS, nonTextile: LEATHER_APPAREL,
    note: "shorts are in the trousers subheadings: 6203/6204 woven, 6103/6104 knitted",
  }),
  garment("sweatpants|sweat pants|stretch pants|yoga leggings|workout leggings|fitness leggings|workout pants|fitness pants|joggers|jogging pants|jogger pants|track pants|trackpants|jogging bottoms|tracksuit bottoms|lounge pants|yoga pants|leggings|legging|running tights|compression pants|gym leggings|flared leggings|bike pants", {
    defaultConstruction: "knit", ...TROUSERS, babies: true,
    note: "knitted trousers (leggings, joggers) → 6103 4x men / 6104 6x women by fibre",
  }),
  garment("dress|maxi dress|midi dress|mini dress|sundress|summer dress|evening dress|evening gown|gown|ball gown|prom dress|cocktail dress|party dress|wedding dress|bridal gown|wedding gown|bridesmaid dress|shirt dress|shirtdress|wrap dress|slip dress|sheath dress|a-line dress|bridal dress|mermaid dress|quinceanera dress|homecoming dress|formal dress|lace dress|sequin dress|satin dress|chiffon dress|linen dress|denim dress|smock dress|tiered dress|tunic dress|blazer dress|coat dress|maternity dress|tea dress|skater dress|kaftan|caftan|abaya|qipao|cheongsam|kimono dress|pinafore dress|pinafore|sari|saree|dirndl|sarafan|tutu dress|flower girl dress", {
    defaultConstruction: "woven", ...DRESS, babies: true, assume: "synthetic",
    note: "dresses: woven 62044x, knitted 61044x, by fibre (synthetic vs artificial differ; unstated fibre: synthetic, the usual fashion fabric); babies' 6111/6209",
  }),
  garment("sweater dress|knit dress|knitted dress|jersey dress|t-shirt dress|tee dress|bodycon dress|ribbed dress|hoodie dress|sweatshirt dress|tank dress|polo dress|jumper dress|cami dress", {
    defaultConstruction: "knit", ...DRESS, babies: true, assume: "synthetic",
    note: "dresses of knitted fabric (jersey, rib, sweater knit) → 61044x by fibre; woven 62044x",
  }),
  garment("beach cover up|swimsuit cover up|bikini cover up|swim cover up|beach dress|beach tunic", {
    defaultConstruction: "woven", ...DRESS, assume: "synthetic",
    note: "dress-like beach cover-ups are dresses: woven 62044x, knitted 61044x",
  }),
  garment("skirt|mini skirt|miniskirt|midi skirt|maxi skirt|pencil skirt|pleated skirt|a-line skirt|denim skirt|tutu skirt|tennis skirt|wrap skirt|tulle skirt|divided skirt|sarong|pareo|lungi|circle skirt|flared skirt|tiered skirt|satin skirt|slip skirt|cargo skirt|mermaid skirt|golf skirt|school skirt", {
    defaultConstruction: "woven", ...SKIRT, babies: true, nonTextile: LEATHER_APPAREL,
    note: "skirts and divided skirts: woven 62045x, knitted 61045x",
  }),
  garment("knit skirt|knitted skirt|jersey skirt|ribbed skirt|sweater skirt|bodycon skirt", {
    defaultConstruction: "knit", ...SKIRT, note: "skirts of knitted fabric → 61045x by fibre; woven 62045x",
  }),
  garment("knit top|knitted top|jersey top|ribbed top|rib knit top|long sleeve top|short sleeve top|cropped top|mesh top|fitted top|basic top|layering top|thermal top|base layer top|compression top|workout top|yoga top|athletic top|running top|gym top", {
    defaultConstruction: "knit", knit: { any: TSHIRT_MAP }, woven: BLOUSE.woven,
    note: "knitted T-shirt-like tops (rib/jersey, no collar or front opening) → 6109; woven tops → 6206",
  }),
  garment("off shoulder top|off the shoulder top|one shoulder top|cold shoulder top|lace top|satin top|chiffon top|sheer top|ruffle top|smocked top|tie front top|button up top|peasant top|babydoll top|puff sleeve top|dressy top|blouse top", {
    defaultConstruction: "woven", ...BLOUSE, note: "women's blouse-type tops: woven 6206 by fibre, knitted 6106",
  }),
  garment("underpants|underwear|briefs|boxer briefs|boxers|boxer shorts|men's briefs|long johns|thermal underwear|thermal bottoms|boxer trunks|underwear trunks|trunk briefs|hipster briefs|men's underwear", {
    defaultConstruction: "knit", ...UNDERPANTS, menDefault: true,
    note: "men's underpants/briefs: knitted 6107 1x, woven 6207 1x; women's 6108 2x / 6208 9x",
  }),
  garment("panties|panty|knickers|thong|g-string|women's briefs|hipster panties|bikini briefs|boyshorts|period underwear|lingerie|intimates|shapewear shorts|bloomers|cheeky panties|lace panties|brazilian briefs|tanga|french knickers|seamless panties", {
    defaultConstruction: "knit", ...PANTIES, note: "women's briefs and panties: knitted 6108 2x, woven 6208 9x",
  }),
  garment("pajamas|pyjamas|pajama set|pyjama set|pj set|pjs|sleepwear|nightwear|nightshirt|night shirt|sleep set|sleep shirt|kigurumi|animal onesie|adult onesie|onesie pajama|sleep shorts|pajama pants|pajama shorts|pyjama bottoms|sleep pants", {
    defaultConstruction: "knit", ...PYJAMAS, babies: true, note: "pyjamas and nightshirts: knitted 6107 2x / 6108 3x, woven 6207 2x / 6208 2x",
  }),
  garment("nightgown|nightdress|nightie|night dress|chemise|babydoll|negligee|sleep dress", {
    defaultConstruction: "knit", ...NIGHTDRESS, note: "nightdresses, negligees: knitted 6108 3x, woven 6208 2x",
  }),
  garment("bathrobe|robe|dressing gown|housecoat|kimono robe|spa robe|bath robe|hooded robe|sleep robe", {
    defaultConstruction: "knit", ...ROBE, note: "bathrobes and dressing gowns: knitted 6107 9x / 6108 9x, woven 6207 9x / 6208 9x",
  }),
  garment("petticoat|half slip|full slip|underskirt", {
    defaultConstruction: "knit", ...SLIP, note: "slips and petticoats: knitted 6108 1x, woven 6208 1x",
  }),
  garment("tracksuit|track suit|jogging suit|sweatsuit|sweat suit|warm-up suit|training suit|tracksuit set|jogger set|jogging set|sweatsuit set|hoodie and jogger set", {
    defaultConstruction: "knit", ...TRACKSUIT, note: "track suits: knitted 6112 1x, woven 6211 3x/4x",
  }),
  garment("ski suit|snowsuit|snow suit|one-piece ski suit|ski overall|ski jumpsuit|snowboard suit|ski set", {
    defaultConstruction: "woven", knit: { any: { other: "611220" } }, woven: { any: { other: "621120" } },
    note: "ski suits → 611220 knitted / 621120 woven",
  }),
  garment("swimsuit|swimwear|bathing suit|bikini|bikini set|tankini|one-piece swimsuit|monokini|burkini|swim dress|swimming costume|swim top|bikini top|bikini bottom|swim skirt|rash guard|rashguard|swim suit|swimming suit|bathing costume|two-piece swimsuit|string bikini|triangle bikini|high waisted bikini|thong bikini|swim bottoms|swim leggings|swim shirt|swim set|bathers|beachwear", {
    defaultConstruction: "knit", ...SWIM, note: "swimwear: knitted 6112 3x men / 4x women (synthetic vs other), woven 621111/621112",
  }),
  garment("swim trunks|swimming trunks|swim boxer|swim boxers|swimming boxer|swim brief|board shorts|boardshorts|swim shorts|swim briefs|jammers", {
    defaultConstruction: "woven", ...SWIM, menDefault: true, note: "men's swimwear: woven 621111, knitted 6112 3x",
  }),
  garment("wetsuit|diving suit|dive suit|drysuit", {
    defaultConstruction: "knit", knit: { any: { other: "611300" } }, woven: { men: { other: "621040" }, women: { other: "621050" } },
    note: "wetsuits of neoprene laminated with knitted fabric (5906) → 611300",
  }),
  costumeOf(garment("costume|cosplay costume|halloween costume|fancy dress|fancy dress costume|carnival costume|dance costume|stage costume|mascot costume|party costume|uniform|school uniform|cheerleader uniform|maid outfit|nurse uniform|scrubs|scrub top|scrub pants|lab coat|chef jacket|chef coat|judo gi|karate uniform|martial arts uniform|hanbok|yukata|kimono|thobe|kurta|salwar kameez", {
    defaultConstruction: "knit", ...OTHER_GARMENT,
    note: "costumes and uniforms of textile are garments: 6114 knitted / 6211 woven (not 9505)",
  })),
  garment("apron|kitchen apron|bib apron|work apron|smock|pinafore apron", {
    defaultConstruction: "woven", ...OTHER_GARMENT, nonTextile: { leatherish: "420340", plastic: "392620", rubber: "401590" },
    note: "aprons: woven 6211, knitted 6114; plastic 392620, leather 420340",
  }),
  garment("baby clothes|baby clothing|baby outfit|infant clothing|baby romper|onesie|baby onesie|baby bodysuit|babygrow|sleepsuit|baby sleepsuit|baby jumpsuit|newborn outfit|baby set|baby dress|baby pants|baby hat and mittens|baby bib|bib", {
    defaultConstruction: "knit", knit: { any: { cotton: "611120", synthetic: "611130", other: "611190" } },
    woven: { any: { cotton: "620920", synthetic: "620930", other: "620990" } },
    nonTextile: { plastic: "392620", rubber: "401590" },
    note: "babies' garments and clothing accessories (≤86 cm): knitted 6111, woven 6209",
  }),
  garment("bra|brassiere|bra and panty set|bra and panties set|bra and brief set|bra set|bra and thong set|bralette|sports bra|push-up bra|push up bra|wireless bra|nursing bra|strapless bra|bandeau bra|bra top|training bra|sticky bra|adhesive bra", {
    defaultConstruction: "knit", knit: { any: { other: "621210" } }, woven: { any: { other: "621210" } },
    note: "brassieres, knitted or not → 621210",
  }),
  garment("girdle|panty girdle|shapewear|body shaper|control panties|waist cincher|tummy control shorts", {
    defaultConstruction: "knit", knit: { any: { other: "621220" } }, woven: { any: { other: "621220" } }, assume: "other",
    note: "girdles and panty-girdles → 621220 (knitted or not, of any fibre: no material needed)",
  }),
  garment("corselette|body briefer|corset bodysuit", {
    defaultConstruction: "knit", knit: { any: { other: "621230" } }, woven: { any: { other: "621230" } }, note: "corselettes → 621230",
  }),
  garment("corset|bustier|waist trainer|suspenders|garter|garter belt|suspender belt|sock suspenders|shirt stays|arm garter", {
    defaultConstruction: "woven", knit: { any: { other: "621290" } }, woven: { any: { other: "621290" } },
    note: "corsets, braces, suspenders, garters → 621290",
  }),
  garment("socks|sock|ankle socks|crew socks|no show socks|athletic socks|sports socks|dress socks|wool socks|thermal socks|toe socks|grip socks|slipper socks|knee socks|knee high socks|over the knee socks|thigh high socks|footies|liner socks|tabi socks|boot socks|hiking socks", {
    defaultConstruction: "knit", knit: { any: { woolish: "611594", cotton: "611595", synthetic: "611596", other: "611599" } },
    note: "socks and other hosiery without applied soles → 6115 9x by fibre",
  }),
  e("compression socks|compression stockings|support stockings|graduated compression stockings|varicose vein stockings|compression sleeve leg|medical stockings", "611510", {
    note: "graduated compression hosiery → 611510",
  }),
  e("tights|pantyhose|panty hose|fishnet tights|fishnets|opaque tights|sheer tights", "6115", {
    // Synthetic tights by the single yarn: opaque and thick tights (70 denier and up) measure 67 decitex or more
    // (6115.22); sheer ones and pantyhose less (6115.21).
    splits: [
      to({ material: ["cotton", "wool", "fine_animal_hair", "silk", "artificial", "flax", "other_vegetable_fibre"] }, "611529"),
      to({ material: ["synthetic"], words: ["opaque", "fleece lined", "thermal", "70 denier", "80 denier", "100 denier", "120 denier", "150 denier", "200 denier", "70d", "80d", "100d", "120d", "200d"] }, "611522"),
      to({ material: ["synthetic"] }, "611521"),
    ],
    decisive: ["material"], note: "panty hose and tights → 6115 2x (synthetic split by decitex 67)",
  }),
  e("stockings|stocking|hold ups|thigh highs|knee highs|pop socks", "6115", {
    note: "women's stockings → 6115 (611530 when < 67 dtex single yarn, else by fibre)", decisive: ["material"],
  }),
  garment("gloves|glove|mittens|mitten|mitts|winter gloves|knit gloves|touchscreen gloves|fingerless gloves|driving gloves|cycling gloves|running gloves|gardening gloves|work gloves|cotton gloves|wool gloves|ski gloves|snow gloves|thermal gloves|liner gloves|dress gloves|bridal gloves|lace gloves", {
    defaultConstruction: "knit",
    knit: { any: { woolish: "611691", cotton: "611692", synthetic: "611693", other: "611699" } },
    woven: { any: { other: "621600" } },
    nonTextile: { leatherish: "420329", fur: "430310", rubber: "401519", plastic: "392620" },
    note: "gloves: knitted 6116 by fibre, woven 621600, leather 420329 (4203.21 only when specially designed for a sport), rubber 401519, plastic 392620",
  }),
  e("coated gloves|nitrile coated gloves|pu coated gloves|latex coated gloves|dipped work gloves|rubber coated gloves|coated work gloves|nitrile coated work gloves|pu coated work gloves|latex coated work gloves|foam nitrile work gloves|dipped gloves", "611610", {
    note: "knitted gloves impregnated/coated with plastics or rubber → 611610",
  }),
  asBandana(garment("scarf|scarves|shawl|stole|pashmina|wrap scarf|infinity scarf|snood|neck gaiter|neck warmer|headscarf|head scarf|hijab|niqab|veil|bridal veil|mantilla|keffiyeh|shemagh|sarong scarf|silk scarf|cashmere scarf|wool scarf|neckerchief|tube scarf", {
    defaultConstruction: "woven", knit: { any: { other: "611710" } },
    woven: { any: { silk: "621410", woolish: "621420", synthetic: "621430", artificial: "621440", other: "621490" } },
    note: "shawls, scarves, mufflers, veils: woven 6214 by fibre, knitted 611710",
  })),
  garment("tie|necktie|neck tie|bow tie|bowtie|cravat|ascot|skinny tie|clip-on tie|silk tie", {
    defaultConstruction: "woven", knit: { any: { other: "611780" } }, woven: { any: { silk: "621510", mmf: "621520", other: "621590" } },
    note: "ties, bow ties, cravats: woven 6215 by fibre, knitted 611780",
  }),
  garment("handkerchief|hanky|pocket square|hankie|bandana|bandanna|bandanas|paisley bandana", {
    defaultConstruction: "woven", knit: { any: { other: "611780" } }, woven: { any: { cotton: "621320", other: "621390" } },
    note: "handkerchiefs → 6213 (cotton 621320); pocket squares of silk 621390. A bandana is a printed square of no side over 60 cm, a handkerchief of 6213 (larger squares are scarves of 6214)",
  }),
  garment("headband|sweatband|hair band|hairband|scrunchie|scrunchies|hair tie|hair ties|ponytail holder|elastic hair tie|turban headband|wristband|sweat band|arm warmers|leg warmers|ear warmer|ear warmers|ear muffs|earmuffs|boot cuffs|collar insert|detachable collar|armband|sleeve garters|neck cover|arm sleeves|cooling arm sleeves|sun sleeves", {
    defaultConstruction: "knit", knit: { any: { other: "611780" } }, woven: { any: { other: "621710" } },
    nonTextile: { plastic: "961590", rubber: "961590", metal: "961590" },
    note: "made-up clothing accessories: knitted 611780, woven 621710 (hair bands of plastic/metal 961590)",
  }),
  e("clothing label|garment label|woven label|clothing tag|sew-in label|brand label", "5807", {
    splits: [to({ construction: ["woven"] }, "580710")], note: "labels of textile → 5807 (woven 580710)",
  }),
  e("shoulder pads|bra pads|bra cups|bra inserts|collar stays|trouser pocket", "6217", {
    splits: [to({ construction: ["knitted"] }, "611790")], note: "parts of garments: woven 621790, knitted 611790", decisive: ["construction"],
  }),
];

// --- fabrics, yarns, cordage (chapters 50–60) -----------------------------------------------------------
const fabrics: LexiconEntry[] = [
  e("fabric|textile fabric|woven fabric|dress fabric|upholstery fabric|curtain fabric|sewing fabric|fabric roll|fat quarter|shirting fabric|suiting fabric", "5208", {
    splits: [
      // A "fabric" said to be tulle, net or lace is not a woven fabric: tulles and net fabrics 5804.10, lace 5804.2x;
      // faux fur is a long pile knitted fabric (6001.10).
      ...NET_LACE_FUR_SPLITS,
      // Fabric of glass fibres (glass cloth, woven rovings), coated or not, is ch. 70 (7019): Section XI note 1(g).
      to({ words: ["glass fibre", "glass fiber", "glass fibres", "glass fibers", "fiberglass", "fibreglass", "fiber glass", "fibre glass"] }, "7019"),
      // Ch. 59 note 2 / ch. 60 note 1(c): woven or knitted fabric coated, covered or laminated with PVC or polyurethane
      // is 5903 (5903.10 / 5903.20), not a fabric of ch. 52–55 or 60.
      ...COATED_FABRIC_SPLITS,
      // Warp knit fabrics (tricot, raschel) other than pile and elastomeric fabrics → 6005 (ch. 60).
      to({ words: ["spandex", "elastane", "lycra", "elastomeric"], construction: ["knitted"] }, "6004"),
      ...WARP_KNIT_SPLITS,
      to({ words: WARP_KNIT }, "6005"),
      to({ construction: ["knitted"], material: ["cotton"] }, "6006"),
      to({ construction: ["knitted"] }, "6006"),
      to({ construction: ["nonwoven"] }, "5603"),
      to({ words: ["laminated", "coated", "impregnated", "covered"], material: ["plastic"] }, "5903"),
      to({ words: ["laminated", "coated", "impregnated", "rubberised", "rubberized"], material: ["rubber"] }, "5906"),
      // Denim is a twill of yarns of different colours: ≥85% cotton over 200 g/m² 5209.42.
      to({ words: ["denim"], material: ["cotton"] }, "520942"),
      to({ material: ["cotton"] }, "5208"),
      // Fabric woven of staple fibres (spun yarn) is ch. 55, not filament fabric of ch. 54: polyester/cotton blends
      // (poplin, sheeting, "poly-cotton") are spun from staple, 5513 (≤ 170 g/m²; GRI 6 by finish and weave).
      to({ words: STAPLE_WORDS, material: ["artificial"] }, "5516"),
      to({ material: ["synthetic"], allOf: [["cotton"]] }, "5513"),
      // ≥ 85% polyester staple: unbleached or bleached 5512.11, dyed, printed or of yarns of different colours 5512.19.
      to({ words: STAPLE_WORDS, material: ["synthetic"], allOf: [["polyester", "polyesters"], ["dyed", "printed", "yarn dyed", "different colours", "different colors"]] }, "551219"),
      to({ words: STAPLE_WORDS, material: ["synthetic"] }, "5512"),
      to({ material: ["synthetic"] }, "5407"),
      to({ material: ["artificial"] }, "5408"),
      to({ material: ["wool", "fine_animal_hair"] }, "5112"),
      to({ material: ["silk"] }, "5007"),
      to({ material: ["flax"] }, "5309"),
      to({ material: ["jute", "other_vegetable_fibre"] }, "5310"),
    ],
    decisive: ["material", "construction"],
    note: "woven fabrics by fibre: cotton 5208/5209 (weight), synthetic filament 5407 — fabrics coated or laminated with plastics 5903, with rubber 5906 (ch. 59 notes 2, 4) —, artificial 5408, wool 5111/5112, silk 5007, linen 5309; knitted 6001–6006",
  }),
  e("cotton fabric|cotton cloth|cotton poplin|cotton lawn|muslin fabric|cheesecloth|cotton twill|cotton sheeting|woven sheeting|cotton broadcloth|printcloth|print cloth|cotton voile|cotton batiste", "5208", {
    // Poplin, sheeting and printcloth of polyester mixed with cotton are spun from staple fibres: 5513 (≤ 170 g/m²).
    splits: [to({ material: ["synthetic"], allOf: [["cotton"]] }, "5513")],
    note: "woven cotton ≥85% ≤200 g/m2 → 5208 (heavier 5209)",
  }),
  e("denim fabric|canvas fabric|cotton canvas|duck canvas|drill fabric|cotton drill|heavy cotton twill", "5209", {
    splits: [to({ material: ["synthetic", "artificial"] }, "5513")], note: "heavy woven cotton (>200 g/m2), denim 520942",
  }),
  e("polyester fabric|nylon fabric|chiffon fabric|satin fabric|polyester satin|ripstop|ripstop nylon|oxford fabric|oxford cloth|polyester taffeta|microfiber fabric|microfibre fabric|pongee|crepe fabric|mesh fabric woven", "5407", {
    splits: [
      // Fabric coated, covered or laminated with plastics is 5903 (PVC 5903.10, polyurethane 5903.20), whatever it is woven of.
      to({ words: ["pvc coated", "pvc-coated", "vinyl coated"] }, "590310"),
      to({ words: ["pu coated", "pu-coated", "polyurethane coated", "tpu laminated", "pu laminated"] }, "590320"),
      ...COATED_FABRIC_SPLITS,
      to({ material: ["artificial"] }, "5408"), to({ material: ["silk"] }, "5007"), to({ material: ["cotton"] }, "5208"), to({ construction: ["knitted"] }, "6006"),
    ],
    decisive: ["material"], note: "woven synthetic filament fabrics → 5407; coated with PVC / PU 5903.10 / .20",
  }),
  e("viscose fabric|rayon fabric|rayon challis|modal fabric|acetate fabric|cupro fabric|tencel fabric|lyocell fabric", "5408", {
    splits: [to({ construction: ["knitted"] }, "6006")], note: "woven artificial filament fabrics → 5408 (staple 5516)",
  }),
  e("wool fabric|woollen fabric|woolen fabric|worsted fabric|wool suiting|wool flannel fabric|boiled wool fabric|cashmere fabric", "5112", {
    splits: [to({ words: ["carded", "woollen", "woolen", "tweed"] }, "5111")], note: "woven wool fabrics: combed 5112, carded 5111",
  }),
  e("silk fabric|silk cloth|silk satin|silk chiffon|silk crepe|crepe de chine", "5007", { note: "woven silk fabrics → 5007" }),
  e("linen fabric|linen cloth|flax fabric|linen canvas", "5309", { note: "woven flax fabrics → 5309" }),
  e("jute fabric|burlap|hessian fabric|burlap fabric|jute cloth|hessian cloth|hessian|jute hessian", "531010", {
    splits: [to({ words: ["dyed", "bleached", "printed"] }, "531090")],
    note: "woven jute/bast fabrics (hessian is plain-woven jute) → 5310: unbleached 5310.10, other 5310.90",
  }),
  e("knit fabric|knitted fabric|jersey fabric|jersey knit|single jersey|single jersey fabric|double jersey|pique fabric|rib knit fabric|interlock fabric|spandex fabric|lycra fabric|stretch fabric|scuba fabric|neoprene fabric knit|french terry|french terry fabric|fleece fabric|polar fleece fabric|sweatshirt fabric|power mesh|athletic mesh|sports mesh|mesh knit fabric", "6006", {
    splits: [
      // Pile fabrics of 6001 by kind of pile, then fibre: long pile (faux fur, sliver knitted) 6001.10, looped pile
      // (terry) 6001.2x, other pile (fleece, velour) 6001.9x.
      ...COATED_FABRIC_SPLITS,
      to({ words: LONG_PILE }, "600110"),
      ...materialSplits({ cotton: "600191", mmf: "600192" }, { words: PILE }),
      to({ words: PILE }, "6001"),
      ...materialSplits({ cotton: "600121", mmf: "600122" }, { words: ["terry"] }),
      to({ words: ["terry"] }, "6001"),
      // 6004.10: 5% or more of elastomeric yarn (spandex, elastane) but no rubber thread; with rubber thread 6004.90.
      to({ words: ["rubber thread", "latex thread"] }, "600490"),
      to({ words: ["spandex", "lycra", "elastane", "elastomeric", "stretch"] }, "600410"),
      // Warp knit (tricot, raschel) 6005, by fibre and finish.
      ...WARP_KNIT_SPLITS,
      to({ words: WARP_KNIT }, "6005"),
      // Other knitted fabrics (6006) by fibre and finish: cotton 6006.21–.24, synthetic 6006.31–.34, artificial 6006.41–.44.
      ...materialSplits({ cotton: "600622", synthetic: "600632", artificial: "600642" }, { words: ["dyed"] }),
      ...materialSplits({ cotton: "600624", synthetic: "600634", artificial: "600644" }, { words: ["printed"] }),
      ...materialSplits({ cotton: "600621", synthetic: "600631", artificial: "600641" }, { words: ["bleached", "unbleached", "greige", "grey"] }),
      to({ material: ["cotton"] }, "6006"),
    ],
    decisive: ["material"], note: "knitted fabrics: pile/fleece 6001, ≥5% elastomeric 6002/6004, warp knit 6005, other 6006 by fibre and finish",
  }),
  e("faux fur fabric|fake fur|plush fabric|minky fabric|velboa|sherpa fabric|teddy fabric|long pile fabric|velour fabric|coral fleece fabric", "6001", {
    splits: [to({ words: LONG_PILE }, "600110"), ...materialSplits({ cotton: "600191", mmf: "600192" }, { words: ["plush", "minky", "velboa", "velour", "coral fleece"] })],
    note: "knitted pile fabrics → 6001: long pile (faux fur, sliver knitted) 6001.10, other pile (plush, minky, velour) 6001.9x by fibre; artificial fur articles 4304",
  }),
  e("velvet fabric|velveteen|corduroy fabric|chenille fabric|crushed velvet|plush velvet", "5801", {
    splits: [to({ construction: ["knitted"] }, "6001")], note: "woven pile and chenille fabrics (velvet, corduroy) → 5801; knitted velvet 6001",
  }),
  e("terry cloth|terry fabric|terry towelling fabric|towelling fabric", "5802", {
    splits: [to({ material: ["cotton"] }, "580210")], note: "woven terry towelling fabric → 5802",
  }),
  e("gauze fabric|cotton gauze|leno fabric", "580300", { note: "gauze (not medical) → 5803" }),
  e("tulle|tulle fabric|netting fabric|bobbinet|net fabric|tulle roll|mosquito netting fabric", "580410", { note: "tulles and other net fabrics → 580410" }),
  e("lace fabric|lace trim|lace ribbon|lace appliques|lace applique|guipure lace|eyelash lace|crochet lace|lace edging|lace motif", "5804", {
    splits: [to({ material: ["synthetic", "artificial"] }, "580421"), to({ words: ["handmade", "hand made", "hand-made"] }, "580430"), to({ material: ["cotton", "silk", "flax", "wool"] }, "580429")],
    decisive: ["material"], note: "lace in the piece, strips or motifs → 5804; knitted lace fabric 6002–6006",
  }),
  e("tapestry|wall tapestry|needlepoint tapestry|gobelin", "580500", { note: "hand-woven or needle-worked tapestries → 5805 (printed wall hangings 6304)" }),
  e("ribbon|satin ribbon|grosgrain ribbon|organza ribbon|velvet ribbon|gift ribbon|hair ribbon|narrow fabric|webbing|nylon webbing|polyester webbing|cotton webbing|strap webbing|bias tape|bias binding|twill tape|seam tape|piping cord", "5806", {
    splits: [
      to({ words: ["elastic", "spandex", "elastane", "stretch"] }, "580620"),
      to({ material: ["cotton"] }, "580631"),
      to({ material: ["synthetic", "artificial"] }, "580632"),
      to({ material: ["silk", "wool", "flax", "jute", "other_vegetable_fibre", "fine_animal_hair"] }, "580639"),
    ],
    decisive: ["material"], note: "narrow woven fabrics (ribbons, webbing, tapes) → 5806 by fibre; ≥5% elastomeric 580620",
  }),
  // Elastic sold by the metre for sewing is a narrow fabric with elastomeric yarn, not a rubber band of 4016: woven
  // 5806.20; knitted (knit elastic, ≤ 30 cm wide) 6002.
  e("elastic band sewing|elastic tape|elastic ribbon|elastic webbing|elastic strap|waistband elastic|sewing elastic|knit elastic|braided elastic|woven elastic|woven elastic band|flat elastic|flat elastic band|flat woven elastic|elastic band for sewing|sewing elastic band|knit elastic band|knitted elastic band|knitted elastic|elastic waistband band|elastic band roll|elastic bands for sewing|elastic webbing band", "580620", {
    splits: [to({ words: ["knit elastic", "knitted elastic", "knit elastic band", "knitted elastic band"], unless: ["woven"] }, "6002")],
    note: "narrow fabrics containing ≥5% elastomeric yarn → 580620 (knitted elastic ≤ 30 cm wide 6002)",
  }),
  e("hook and loop|hook and loop tape|velcro|velcro tape|hook and loop fastener|velcro strips|velcro dots", "580610", {
    note: "hook-and-loop tape is a narrow woven pile fabric → 580610",
  }),
  e("braid trim|braided trim|gimp trim|ric rac|rickrack|tassel|tassels|pompom trim|pom pom trim|fringe trim|tassel fringe|decorative cord trim|ornamental trim", "5808", {
    splits: [to({ words: ["tassel", "pompom", "pom", "fringe"] }, "580890")], note: "braids and ornamental trimmings in the piece; tassels, pompons → 5808",
  }),
  e("embroidered patch|iron-on patch|iron on patch|sew-on patch|patch|patches|embroidery patch|applique|appliqué|chenille patch|embroidered applique|embroidered badge|embroidered motif|embroidered emblem|embroidery|embroidered fabric|embroidered fabrics|embroidered cotton fabric|embroidered lace fabric|eyelet fabric|eyelet embroidery|broderie anglaise|embroidery in the piece|embroidered in the piece", "5810", {
    splits: [to({ words: ["without visible ground", "chemical lace"] }, "581010"), to({ material: ["cotton"] }, "581091"), to({ material: ["synthetic", "artificial"] }, "581092"), to({ material: ["silk", "wool", "flax", "fine_animal_hair"] }, "581099")],
    decisive: ["material"], note: "embroidery in motifs (patches, appliqués) → 5810 by ground fibre; woven badges 5807",
  }),
  e("woven patch|woven badge|printed patch|pvc patch|rubber patch|morale patch", "5807", {
    splits: [to({ material: ["plastic", "rubber"] }, "392690")], note: "woven or printed textile badges → 5807; PVC/rubber patches 3926/4016",
  }),
  e("quilted fabric|quilted textile|padded fabric", "581100", { note: "quilted textile products in the piece → 5811" }),
  e("coated fabric|pvc coated fabric|pu coated fabric|laminated fabric|tarpaulin fabric|waterproof fabric|oilcloth|vinyl fabric|leatherette fabric|faux leather fabric|pu leather fabric|synthetic leather fabric", "5903", {
    splits: [to({ words: ["pvc", "vinyl", "polyvinyl"] }, "590310"), to({ words: ["pu", "polyurethane"] }, "590320")],
    note: "textile fabrics coated or laminated with plastics (imitation leather on a textile base) → 5903; unbacked plastic sheet 3920/3921",
  }),
  e("rubberised fabric|rubberized fabric|neoprene fabric|neoprene sheet fabric", "5906", {
    splits: [to({ construction: ["knitted"] }, "590691")], note: "rubberised textile fabrics (neoprene laminates) → 5906",
  }),
  e("canvas for painting|painting canvas|artist canvas|stretched canvas|canvas panel|primed canvas", "590190", {
    note: "prepared painting canvas → 590190",
  }),
  e("tire cord fabric|tyre cord fabric|tire cord|tyre cord|tire cord fabrics|tyre cord fabrics", "5902", {
    splits: [to({ words: ["nylon", "polyamide", "aramid"] }, "590210"), to({ words: ["polyester", "polyesters"] }, "590220"), to({ words: ["viscose", "rayon"] }, "590290")],
    note: "tyre cord fabric of high tenacity yarn of nylon, polyesters or viscose rayon → 5902 (ch. 59), not woven fabric of ch. 54",
  }),
  e("candle wick|candle wicks|lamp wick|wick|oil lamp wick|wick tabs", "590800", { note: "textile wicks → 5908" }),
  e("fire hose|layflat hose|textile hose|canvas hose", "590900", { note: "textile hosepiping → 5909" }),
  e("conveyor belt fabric|textile conveyor belt|textile belting", "591000", { note: "textile transmission/conveyor belts → 5910" }),
  e("filter cloth|filter bag textile|bolting cloth|press cloth|polishing felt|dust collector bag", "5911", { note: "textile articles for technical uses → 5911" }),
  e("felt sheet|felt fabric|craft felt|wool felt|felt pad|felt roll|needle felt|felt pads|needle punched felt|needle-punched felt|needlepunched felt|needleloom felt|needle loom felt", "5602", {
    splits: [to({ words: ["needle", "needlepunched", "needle-punched", "needleloom"] }, "560210"), to({ material: ["wool", "fine_animal_hair"] }, "560221")],
    note: "felt in the piece or simply cut → 5602; felt articles by function (furniture pads 5602, slippers 6405)",
  }),
  e("nonwoven fabric|non-woven fabric|nonwoven|non woven fabric|spunbond|spunbond fabric|meltblown|meltblown fabric|fusible interfacing|weed control fabric|landscape fabric|geotextile|frost cloth|plant cover fleece|garden fleece|needle punched nonwoven|spunlace|spunlace nonwoven", "5603", {
    // Needle-punched, spunlaced (hydroentangled) and thermal-bonded nonwovens are made of staple fibres (5603.9x by
    // weight); spunbond and meltblown of man-made filaments (5603.1x). GRI 6 re-chooses by the stated g/m².
    splits: [
      to({ words: ["needle punched", "needle-punched", "needlepunched", "needle punch", "spunlace", "spunlaced", "thermal bonded", "staple fibre", "staple fiber"] }, "560392"),
      to({ words: ["spunbond", "spun bond", "spun-bond", "spunbonded", "spun-bonded", "spunlaid", "spun-laid", "meltblown", "melt blown", "sms", "filament", "filaments"], unless: ["staple"] }, "560312"),
    ],
    note: "nonwovens → 5603 (man-made filament 56031x, staple 56039x, by weight)",
  }),
  e("wadding|quilt batting|quilt batting|cotton wadding|polyester wadding|fiberfill|polyfill|stuffing fiber|pillow stuffing|toy stuffing|cotton wool|cotton pads|cotton balls|makeup remover pads|cotton rounds", "5601", {
    splits: [
      // Wadding put up in forms or packings for medical or surgical purposes (sterile, medical) is 3005.90, not 5601.
      to({ words: ["cotton pad", "cotton round", "cotton ball", "cotton wool", "cotton balls", "wadding"], allOf: [["sterile", "medical", "surgical", "first aid"]] }, "300590"),
      to({ words: ["cotton pad", "cotton round", "cotton ball", "cotton wool", "makeup remover"] }, "560121"), to({ material: ["synthetic", "artificial"] }, "560122"), to({ material: ["cotton"] }, "560121")],
    note: "wadding and articles of wadding (cotton pads, cotton wool) → 5601; medicated 3005",
  }),
  e("cotton swab|cotton swabs|cotton bud|cotton buds|q-tip|qtip|ear swab", "5601", {
    note: "cotton buds (wadding on a stick) → 5601 21 (sterile/medical 3005)",
  }),
  e("flocking powder|textile flock|flock fibre", "560130", { note: "textile flock → 560130" }),
  e("yarn|knitting yarn|crochet yarn|acrylic yarn|wool yarn|cotton yarn|milk cotton yarn|chunky yarn|chenille yarn|velvet yarn|mohair yarn|alpaca yarn|merino yarn|cashmere yarn|bamboo yarn|polyester yarn|nylon yarn|blended yarn|ball of yarn|yarn ball|yarn skein|knitting wool|wool skein|embroidery floss|embroidery thread|cross stitch thread|macrame cord|macrame yarn|t-shirt yarn|worsted weight|aran weight|dk weight|bulky weight|chunky weight|fingering weight|sport weight yarn|super bulky", "5511", {
    splits: [
      to({ material: ["wool", "fine_animal_hair"] }, "5109"),
      to({ material: ["cotton"], words: ["embroidery", "floss", "cross stitch"] }, "5207"),
      // Cotton yarn as a mill sells it (by English count "Ne", carded or combed, ring or open-end spun, on cones) is not
      // put up for retail sale: 5205, combed 5205.2x / carded 5205.1x (single) by decitex.
      to({ material: ["cotton"], words: ["combed"], allOf: [["ne", "count", "ringspun", "ring spun", "open end", "compact", "cone", "cones", "carded", "combed"]] }, "5205"),
      to({ material: ["cotton"], words: ["ne", "carded", "ringspun", "ring spun", "open end", "oe", "compact", "cone", "cones", "raw white", "greige", "grey"] }, "5205"),
      to({ material: ["cotton"] }, "5207"),
      to({ material: ["silk"] }, "5006"),
      // Synthetic staple yarn for retail sale: 85% or more of those fibres (5511.10) unless said to be a blend (5511.20).
      to({ material: ["synthetic"], words: ["blend", "blended", "mixed"] }, "551120"),
      to({ material: ["synthetic"] }, "551110"),
      to({ material: ["artificial"] }, "551130"),
      to({ material: ["flax"] }, "5306"),
    ],
    decisive: ["material"], note: "yarn put up for retail sale by fibre: wool 5109, cotton 5207, man-made staple 5511, silk 5006",
  }),
  e("sewing thread|thread|polyester thread|nylon thread|cotton thread|sewing thread spool|serger thread|overlock thread|quilting thread|upholstery thread|bonded nylon thread|thread spool|thread cone|embroidery machine thread", "5401", {
    splits: [to({ material: ["cotton"] }, "5204"), to({ material: ["artificial"] }, "540120"), to({ material: ["synthetic"] }, "540110")],
    decisive: ["material"], note: "sewing thread: man-made filaments 5401, cotton 5204",
  }),
  // Synthetic filament yarn not for retail sale (5402) by the trade's names for how it was drawn: DTY (draw-textured) is
  // textured yarn (5402.3x); FDY (fully drawn) and other flat yarn single and untwisted 5402.4x (POY, partially oriented
  // polyester, 5402.46); high-tenacity (industrial) yarn 5402.1x / 5402.20.
  // Yarn of jute or other bast fibres (5307): single 5307.10, multiple (folded) or cabled 5307.20.
  e("jute yarn|jute yarns|hessian yarn|sacking yarn", "530710", {
    splits: [to({ words: ["ply", "folded", "cabled", "multiple", "twisted"] }, "530720")],
    note: "jute yarn → 5307 (single 5307.10, folded 5307.20); jute twine and cordage 5607",
  }),
  // Spun yarn of synthetic staple fibres not for retail sale (5509): polyester 85% or more single 5509.21 / folded .22;
  // polyester blended mainly with viscose (PV) 5509.51, with wool 5509.52, with cotton (PC) 5509.53.
  e("spun yarn|polyester spun yarn|spun polyester yarn|polyester viscose yarn|poly viscose yarn|pv yarn|polyester cotton yarn|poly cotton yarn|pc yarn|polyester wool yarn|acrylic spun yarn|nylon spun yarn", "5509", {
    splits: [
      to({ words: ["viscose", "rayon", "pv"], allOf: [["polyester", "poly"]] }, "550951"),
      to({ words: ["wool"], allOf: [["polyester", "poly"]] }, "550952"),
      to({ words: ["cotton", "pc"], allOf: [["polyester", "poly"]] }, "550953"),
      to({ words: ["ply", "folded", "cabled", "doubled", "tfo"], allOf: [["polyester"]] }, "550922"),
      to({ allOf: [["polyester"]] }, "550921"),
      to({ words: ["acrylic"] }, "550931"),
      to({ words: ["nylon", "polyamide"] }, "550911"),
      to({ words: ["viscose", "rayon"] }, "5510"),
    ],
    note: "spun yarn of synthetic staple fibres not for retail → 5509 (polyester 5509.2x, PV 5509.51, PC 5509.53); artificial 5510",
  }),
  e("filament yarn|polyester filament yarn|nylon filament|nylon filament yarn|textured yarn|dty yarn|fdy yarn|poy yarn|dty|fdy|poy|draw textured yarn|fully drawn yarn|partially oriented yarn|high tenacity yarn|industrial yarn", "5402", {
    splits: [
      to({ material: ["artificial"] }, "5403"),
      to({ words: ["high tenacity", "industrial yarn"], material: ["synthetic"], unless: ["polyester", "polyesters"] }, "540219"),
      to({ words: ["high tenacity", "industrial yarn"] }, "540220"),
      to({ words: ["dty", "textured", "draw textured"], allOf: [["nylon", "polyamide"]] }, "540231"),
      to({ words: ["dty", "textured", "draw textured"], allOf: [["polypropylene"]] }, "540234"),
      to({ words: ["dty", "textured", "draw textured"], allOf: [["polyester"]] }, "540233"),
      to({ words: ["poy", "partially oriented"], allOf: [["polyester"]] }, "540246"),
      to({ words: ["fdy", "fully drawn", "flat yarn"], allOf: [["nylon", "polyamide"]] }, "540245"),
      to({ words: ["fdy", "fully drawn", "flat yarn"], allOf: [["polypropylene"]] }, "540248"),
      to({ words: ["fdy", "fully drawn", "flat yarn"], allOf: [["polyester"]] }, "540247"),
      to({ words: ["dty", "textured", "draw textured"] }, "540233"),
    ],
    note: "synthetic filament yarn not for retail → 5402 (textured 5402.3x, flat single 5402.4x, high tenacity 5402.1x/.20)",
  }),
  e("spandex yarn|elastane yarn|lycra yarn|elastic thread|elastic cord|elastic string|stretch cord|beading elastic|stretch magic|crystal string|rubber thread|bungee cord thin|shock cord", "5604", {
    splits: [to({ words: ["spandex", "elastane", "lycra"] }, "540244")], note: "textile-covered rubber thread/cord → 560410; elastomeric filament yarn 540244",
  }),
  e("metallic yarn|metallic thread|lurex|gold thread|silver thread|metallised yarn|tinsel thread", "5605", {
    note: "metallised yarn → 560500",
  }),
  e("rope|cord|cordage|twine|jute twine|jute rope|hemp rope|cotton rope|cotton cord|nylon rope|polypropylene rope|polyester rope|paracord|parachute cord|climbing rope|mooring rope|dock line|tow rope textile|braided rope|twisted rope|clothesline|clothes line|baling twine|binder twine|garden twine|kitchen twine|butcher twine|macrame rope|sisal rope|manila rope|rope coil|drawstring cord", "5607", {
    splits: [
      to({ words: ["sisal", "agave"] }, "560729"),
      to({ words: ["polypropylene", "polyethylene", "pp rope", "pe rope"] }, "560749"),
      to({ material: ["synthetic", "artificial"] }, "560750"),
      to({ material: ["cotton", "jute", "flax", "other_vegetable_fibre", "wool", "silk"] }, "560790"),
    ],
    decisive: ["material"], note: "twine, cordage, ropes → 5607 by fibre (PP/PE 56074x, other synthetic 560750)",
  }),
  e("fishing net|cargo net|safety net|sports net|goal net|golf net|bird net|anti-bird netting|garden netting|shade net|shade netting|trellis netting|hammock net|knotted netting|landing net mesh|volleyball net|badminton net", "5608", {
    splits: [
      to({ words: ["fishing net", "fish net", "gill net", "cast net", "trawl"] }, "560811"),
      to({ words: ["goal", "volleyball", "badminton", "tennis", "golf", "sports"] }, "9506"),
      to({ material: ["synthetic", "artificial", "plastic"] }, "560819"),
      to({ material: ["cotton", "jute", "flax", "other_vegetable_fibre"] }, "560890"),
    ],
    decisive: ["material", "use"],
    note: "knotted netting and made-up nets of textile → 5608 (fishing nets 560811); sports nets 9506",
  }),
  e("shoelace|shoelaces|shoe laces|shoe lace|boot laces|bootlace", "630790", {
    note: "shoelaces of textile → 630790 (made-up articles)",
  }),
  e("lanyard|neck lanyard|id lanyard|badge lanyard|keychain lanyard|wrist lanyard|phone lanyard|wrist strap", "630790", {
    note: "textile lanyards → 630790 (made-up textile articles)",
  }),
  e("raw cotton|cotton fibre|cotton fiber|cotton lint", "5201", { note: "cotton not carded or combed → 5201" }),
  e("raw wool|greasy wool|wool fleece raw|wool roving|wool top|wool tops|roving wool|carded wool|felting wool|needle felting wool", "5105", {
    // Wool tops are combed wool other than in fragments (5105.29); greasy (shorn) wool 5101.11.
    splits: [to({ words: ["greasy", "raw", "shorn"] }, "5101"), to({ words: ["top", "tops", "combed"] }, "510529"), to({ words: ["carded", "roving"] }, "510510")],
    note: "wool carded or combed (roving 5105.10, tops 5105.29) → 5105; greasy 5101",
  }),
  // Staple fibres not carded or combed (PSF, VSF): synthetic 5503 by polymer, artificial 5504 (viscose 5504.10).
  e("polyester staple fibre|polyester fiber|polyester staple fiber|synthetic staple fibre|nylon staple fibre|staple fibre|staple fiber|staple fibres|staple fibers|psf|vsf|viscose staple fibre|viscose staple fiber|acrylic staple fibre|pp staple fibre", "5503", {
    splits: [
      to({ words: ["vsf", "viscose", "rayon"] }, "550410"),
      to({ words: ["lyocell", "modal", "tencel"] }, "550490"),
      to({ words: ["nylon", "polyamide"] }, "550319"),
      to({ words: ["acrylic", "modacrylic"] }, "550330"),
      to({ words: ["polypropylene"] }, "550340"),
      to({ words: ["psf", "polyester"] }, "550320"),
      to({ material: ["artificial"] }, "5504"),
    ],
    note: "staple fibres not carded or combed: synthetic 5503 (polyester 5503.20), artificial 5504 (viscose 5504.10)",
  }),
  e("raw silk|silk cocoons|silk fibre", "5002", { note: "raw silk → 5002 (cocoons 5001)" }),
  e("jute fibre|jute fiber|raw jute|sisal fibre|coir fibre|coconut fibre|hemp fibre|flax fibre|kapok", "5303", {
    splits: [to({ words: ["sisal", "agave"] }, "5305"), to({ words: ["coir", "coconut", "abaca"] }, "5305"), to({ words: ["hemp"] }, "5302"), to({ words: ["flax"] }, "5301"), to({ words: ["kapok"] }, "1404")],
    note: "vegetable textile fibres: jute 5303, flax 5301, hemp 5302, coir/sisal 5305",
  }),
];

// --- made-up textile articles (chapter 63) and carpets (chapter 57) ------------------------------------------
const madeUps: LexiconEntry[] = [
  m("blanket|throw blanket|fleece blanket|flannel blanket|sherpa blanket|knitted blanket|chunky knit blanket|baby blanket|swaddle blanket|swaddle|receiving blanket|travel blanket|picnic blanket|wool blanket|cotton blanket|muslin blanket|waffle blanket|sofa throw|bed throw|travelling rug|mink blanket|cooling blanket", "630140",
    { cotton: "630130", synthetic: "630140", woolish: "630120", other: "630190" }, "blankets and travelling rugs → 6301 by fibre (electric 630110); fibre not stated: synthetic 630140, what fleece, flannel-fleece, sherpa and minky blankets are made of"),
  e("electric blanket|heated blanket|electric throw|heated throw|electric underblanket|heated mattress pad", "630110", { note: "electric blankets → 630110" }),
  e("bed sheet|bedsheet|sheet set|bed sheets|fitted sheet|flat sheet|pillowcase|pillow case|pillow cover|pillowslip|pillow sham|duvet cover|quilt cover|comforter cover|bedding set|bed linen|bed set|crib sheet|cot sheet|silk pillowcase|satin pillowcase|bolster case|mattress cover fitted|mattress protector|mattress protectors|waterproof mattress protector|mattress encasement|bed skirt", "6302", {
    splits: [
      to({ construction: ["knitted"] }, "630210"),
      to({ material: ["cotton"], processing: ["printed"] }, "630221"),
      to({ material: ["synthetic", "artificial"], processing: ["printed"] }, "630222"),
      to({ processing: ["printed"], material: ["silk", "flax", "wool", "fine_animal_hair", "jute", "other_vegetable_fibre"] }, "630229"),
      to({ material: ["cotton"] }, "630231"),
      to({ material: ["synthetic", "artificial"] }, "630232"),
      to({ material: ["silk", "flax", "wool", "fine_animal_hair", "jute", "other_vegetable_fibre"] }, "630239"),
    ],
    decisive: ["material", "processing", "construction"],
    note: "bed linen → 6302: knitted 630210; printed 63022x / not printed 63023x by fibre. A fitted mattress protector (a cover, not stuffed or padded) is bed linen, not a mattress of 9404",
  }),
  e("tablecloth|table cloth|table cover|table linen|cloth napkin|table napkin|dinner napkin|linen napkin|fabric napkin|placemat|place mat|table mat textile|doily|doilies|tea cosy|tea cozy", "6302", {
    splits: [
      to({ material: ["plastic"] }, "392490"),
      // Paper tablecloths and serviettes are named by 4818.30; paper placemats and doilies are other articles of paper.
      to({ material: ["paper"], words: ["placemat", "place mat", "doily", "doilies", "tea cosy", "tea cozy"] }, "482390"),
      to({ material: ["paper"] }, "481830"),
      to({ construction: ["knitted"] }, "630240"),
      to({ material: ["cotton"] }, "630251"),
      to({ material: ["synthetic", "artificial"] }, "630253"),
      to({ material: ["flax", "silk", "wool", "jute", "other_vegetable_fibre", "fine_animal_hair"] }, "630259"),
    ],
    decisive: ["material"], note: "table linen → 6302 4x/5x by fibre; plastic tablecloths 3924, paper 4823",
  }),
  e("towel|bath towel|hand towel|face towel|beach towel|bath sheet|washcloth|wash cloth|face cloth|flannel face cloth|tea towel|kitchen towel|dish towel|hair towel|hair wrap towel|turban towel|hair towel wrap|towel wrap|hair drying towel|hair drying wrap|towel turban|hair turban towel|gym towel|sports towel|cooling towel|microfiber towel|microfibre towel|quick dry towel|travel towel|golf towel|bath mat towel|muslin washcloth|towel set|hooded towel|poncho towel", "6302", {
    splits: [
      // Towels of paper (kitchen rolls) are paper towels of 4818.20, not textile toilet or kitchen linen.
      to({ material: ["paper"] }, "481820"),
      // Kitchen, dish and tea towels are flat weaves (6302.91) unless said to be terry; other cotton towels (bath,
      // hand, beach towels) are terry goods in the trade ("towelling" is read as "towel", so it cannot tell them apart).
      to({ material: ["cotton"], words: ["kitchen towel", "dish towel", "tea towel", "kitchen towels", "dish towels", "tea towels"], unless: ["terry", "terrycloth", "loop"] }, "630291"),
      to({ material: ["cotton"], words: ["terry", "terrycloth", "towelling", "loop"] }, "630260"),
      to({ material: ["cotton"] }, "630291"),
      to({ material: ["synthetic", "artificial"] }, "630293"),
      to({ material: ["flax", "silk", "wool", "jute", "other_vegetable_fibre", "fine_animal_hair", "bamboo"] }, "630299"),
    ],
    decisive: ["material"], note: "toilet and kitchen linen → 6302: cotton terry 630260, other cotton 630291, man-made 630293",
  }),
  e("curtain|curtains|drape|drapes|drapery|window curtain|blackout curtain|sheer curtain|voile curtain|shower curtain fabric|valance|curtain panel|door curtain|bed canopy|net curtain|cafe curtain|thermal curtain|roller blind fabric|roman blind|fabric blind|interior blind", "6303", {
    splits: [
      to({ construction: ["knitted"], material: ["synthetic"] }, "630312"),
      to({ construction: ["knitted"] }, "630319"),
      to({ material: ["cotton"] }, "630391"),
      to({ material: ["synthetic"] }, "630392"),
      to({ material: ["artificial", "flax", "silk", "wool", "jute", "other_vegetable_fibre", "fine_animal_hair"] }, "630399"),
      to({ material: ["plastic"] }, "392490"),
    ],
    decisive: ["material"], note: "curtains and interior blinds of textile → 6303 by fibre; plastic shower curtains 392490",
  }),
  e("bedspread|coverlet|bed cover|counterpane|quilted bedspread", "6304", {
    splits: [to({ construction: ["knitted"] }, "630411"), to({}, "630419")], note: "bedspreads → 630411 knitted / 630419",
  }),
  e("cushion cover|throw pillow cover|pillow cushion cover|decorative pillow cover|sofa cover|couch cover|slipcover|chair cover|seat cover fabric|chair slipcover|furniture cover|table runner|wall hanging|tapestry wall hanging|macrame wall hanging|bed runner|sofa throw cover|armrest cover|chair sash|chair pad cover|mosquito net|bed net|canopy net", "6304", {
    splits: [
      to({ construction: ["knitted"] }, "630491"),
      to({ material: ["cotton"] }, "630492"),
      to({ material: ["synthetic"] }, "630493"),
      to({ material: ["artificial", "flax", "silk", "wool", "jute", "other_vegetable_fibre", "fine_animal_hair"] }, "630499"),
    ],
    decisive: ["material"], note: "furnishing articles of textile → 6304 9x by fibre",
  }),
  e("sack|sacks|bag for packing|jute bag packing|gunny sack|gunny bag|woven polypropylene bag|pp woven bag|pp woven sack|bulk bag|fibc|big bag|jumbo bag|sandbag|sand bag|hessian sack|burlap sack|potato sack|rice sack|flour sack|feed sack", "6305", {
    splits: [
      to({ words: ["fibc", "bulk bag", "jumbo bag", "big bag", "ton bag"] }, "630532"),
      to({ words: ["polypropylene", "polyethylene", "pp woven", "pe woven"] }, "630533"),
      to({ material: ["jute", "other_vegetable_fibre"] }, "630510"),
      to({ material: ["cotton"] }, "630520"),
      to({ material: ["synthetic", "artificial", "plastic"] }, "630539"),
    ],
    decisive: ["material"], note: "sacks and bags for packing goods → 6305 (FIBC 630532, PP/PE strip 630533)",
  }),
  e("tarpaulin|tarp|awning|sun shade sail|shade sail|sunshade sail|patio awning|retractable awning|sunblind|canopy cover tarp|truck tarpaulin|groundsheet|ground sheet|camping tarp|rain fly|rainfly|boat cover tarp", "6306", {
    splits: [to({ material: ["synthetic"] }, "630612"), to({ material: ["plastic"] }, "3926"), to({}, "630619")],
    decisive: ["material"], note: "tarpaulins, awnings, sunblinds of textile → 6306 1x (synthetic 630612); plastic sheeting tarps 3921/3926",
  }),
  e("tent|camping tent|backpacking tent|beach tent|pop up tent|pop-up tent|dome tent|tunnel tent|tipi tent|teepee tent|bell tent|roof top tent|rooftop tent|canopy tent|gazebo|party tent|marquee|instant canopy|ez up canopy|pop up canopy|event tent|shower tent|privacy tent|ice fishing tent|hammock tent|kids tent|play tent|teepee", "6306", {
    splits: [
      to({ words: ["play tent", "kids tent", "playhouse tent", "toy tent", "children tent"] }, "950300"),
      to({ material: ["synthetic"] }, "630622"),
      to({ material: ["cotton", "artificial", "flax", "jute", "other_vegetable_fibre", "wool", "silk"] }, "630629"),
    ],
    decisive: ["material"], note: "tents and temporary canopies → 6306 2x (synthetic 630622); children's play tents 9503",
  }),
  e("sail|boat sail|sailboat sail|windsurf sail|kite sail", "630630", { note: "sails → 630630" }),
  e("air mattress|inflatable mattress|air bed|airbed|camping air mattress|sleeping pad inflatable|inflatable sleeping pad|camping mat inflatable|self-inflating mat", "6306", {
    splits: [to({ material: ["plastic"] }, "392690"), to({ material: ["rubber"] }, "401699"), to({}, "630640")],
    decisive: ["material"], note: "pneumatic mattresses of textile → 630640; of plastics 3926, rubber 4016",
  }),
  e("hammock|camping hammock|travel hammock|hammock chair|hanging chair hammock|hammock swing", "6306", {
    splits: [to({ words: ["net", "rope", "knotted", "macrame"] }, "560890"), to({}, "630690")],
    note: "fabric hammocks are camping goods → 630690; netting hammocks 5608",
  }),
  e("cleaning cloth|microfiber cloth|microfibre cloth|microfiber cleaning cloth|dishcloth|dish cloth|dish rag|floor cloth|floorcloth|mop cloth|duster cloth|dust cloth|polishing cloth|lens cloth|glasses cleaning cloth|car wash cloth|chamois cloth|cleaning rag|cleaning towel|kitchen cloth|scouring cloth|dishwashing cloth|swedish dishcloth", "630710", {
    note: "floor-cloths, dish-cloths, dusters and similar cleaning cloths → 630710 (non-woven wipes too)",
  }),
  e("life jacket|lifejacket|life vest|buoyancy aid|life belt|lifebelt|life buoy|lifebuoy|personal flotation device|pfd|swim vest|float vest|life preserver", "630720", {
    note: "life-jackets and life-belts → 630720",
  }),
  e("face mask|cloth mask|fabric face mask|reusable mask|dust mask|surgical mask|medical mask|disposable face mask|n95 mask|kn95 mask|ffp2 mask|ffp3 mask|respirator mask|procedure mask|mouth mask|sleep mask|eye mask|sleeping mask|eye cover|blindfold", "630790", {
    splits: [
      to({ words: ["gas mask", "filter cartridge", "full face respirator", "half mask respirator"] }, "902000"),
      // A sheet mask soaked in serum is a skin-care preparation (3304.99); the sheet only carries it.
      to({ words: ["sheet mask", "sheet masks", "hydrating", "moisturizing", "moisturising", "hyaluronic", "collagen", "serum", "essence", "skincare", "skin care", "clay", "mud", "peel off", "whitening", "brightening", "anti aging", "anti-aging"] }, "330499"),
    ],
    note: "textile masks (incl. nonwoven surgical masks, sleep masks) → 630790; gas masks with mechanical filters 9020",
  }),
  e("flag|banner flag|national flag|garden flag|house flag|bunting|pennant|pennant banner|car flag|hand flag|string flags|prayer flags|feather flag|beach flag|teardrop flag", "630790", {
    splits: [to({ material: ["paper"] }, "4911"), to({ material: ["plastic"] }, "392690")], note: "flags and bunting of textile → 630790",
  }),
  e("car cover|car body cover|motorcycle cover|bike cover|bicycle cover|bbq cover|grill cover|outdoor furniture cover|patio furniture cover|boat cover|pool cover fabric|ac cover|air conditioner cover|lawn mower cover|dust cover|garment bag|suit bag|garment cover|clothes cover|dress cover|storage bag fabric|underbed storage bag|vacuum storage bag textile|laundry bag|mesh laundry bag|wash bag laundry|shoe bag|dust bag|drawstring pouch|jewelry pouch|gift pouch|velvet pouch|organza bag|favor bag|cotton drawstring bag", "630790", {
    splits: [to({ material: ["plastic"] }, "3926"), to({ material: ["paper"] }, "4819")],
    decisive: ["material"], note: "made-up textile articles n.e.c. (covers, pouches, laundry bags) → 630790",
  }),
  e("car seat cover|seat cover|seat cushion cover car|steering wheel cover|headrest cover|car seat protector|seat belt cover|seat belt pad|car armrest cover|gear shift cover", "630790", {
    splits: [to({ material: ["leather"] }, "420500"), to({ material: ["plastic"] }, "392690")],
    decisive: ["material"], note: "textile seat/steering covers → 630790 (leather 420500; plastic 392690)",
  }),
  e("baby carrier|baby sling|baby wrap|baby wrap carrier|hip seat carrier|infant carrier wrap|ring sling", "630790", {
    note: "textile baby carriers and slings → 630790",
  }),
  e("pet bed cover|dog blanket|pet blanket|pet mat|dog mat|cat mat|pet cooling mat|pet pad washable|puppy pad washable", "630790", {
    note: "textile pet blankets and mats → 630790 (stuffed beds 9404)",
  }),
  e("dress pattern|sewing pattern|paper sewing pattern", "630790", { note: "dress patterns → 630790 (HS wording)" }),
  e("ironing board cover|ironing pad|oven mitt cover|pot holder|potholder|trivet cloth|oven mitt|oven glove|bbq mitt|heat resistant glove kitchen|jar opener pad|bread basket liner|rice bag|heating pad wheat|microwave heat pack|cherry pit pillow", "630790", {
    splits: [to({ material: ["rubber"] }, "401699"), to({ material: ["plastic"] }, "392410")],
    decisive: ["material"], note: "textile kitchen articles (pot holders, oven mitts) → 630790; silicone 3924/4016",
  }),
  e("worn clothing|used clothing|second hand clothes|secondhand clothing|used clothes|thrift clothing|bale of used clothes|used shoes bale", "630900", { note: "worn clothing and other worn articles → 630900" }),
  e("rags|textile rags|wiping rags|cotton rags|textile waste", "6310", { note: "rags, scrap cordage → 6310" }),
  e("rug kit|latch hook kit|tapestry kit|needlepoint kit|cross stitch kit|embroidery kit|punch needle kit|crochet kit|knitting kit", "630800", {
    splits: [to({ words: ["diamond painting", "diamond art"] }, "950300")],
    note: "sets of fabric and yarn for making rugs, tapestries, embroidery → 630800 (diamond painting kits are handicraft toys, 9503)",
  }),
  e("carpet|rug|area rug|floor rug|runner rug|hallway runner|living room rug|bedroom rug|shag rug|shaggy rug|fluffy rug|round rug|washable rug|kitchen rug|bath rug|bath mat|bathroom mat|bathroom rug|toilet rug|door mat textile|door mat|doormat|welcome mat|entrance mat|floor mat textile|carpet tile|carpet tiles|wall-to-wall carpet|broadloom|outdoor rug|prayer rug|prayer mat|play mat rug|kids rug|tufted rug", "5705", {
    splits: [
      to({ words: ["knotted", "hand-knotted", "hand knotted", "persian"] }, "5701"),
      to({ words: ["tufted", "hand-tufted", "hand tufted", "shag", "shaggy"] }, "5703"),
      to({ words: ["woven", "kilim", "flatweave", "flat weave", "jacquard"] }, "5702"),
      to({ words: ["felt"] }, "5704"),
      to({ material: ["rubber"] }, "401691"),
      to({ material: ["plastic"] }, "3918"),
    ],
    decisive: ["processing", "material"],
    note: "textile floor coverings → ch. 57 by construction (knotted 5701, woven 5702, tufted 5703, felt 5704, other incl. printed/needled 5705)",
  }),
  e("persian rug|oriental rug|hand-knotted rug|knotted carpet|kashan rug|silk rug", "5701", {
    splits: [to({ material: ["wool", "fine_animal_hair"] }, "570110")], note: "hand-knotted carpets → 5701 (wool 570110)",
  }),
  e("kilim|kilim rug|dhurrie|flatweave rug|flat weave rug|woven rug|jute rug|sisal rug|seagrass rug|coir mat|coir doormat|coconut fibre mat", "5702", {
    splits: [
      to({ words: ["coir", "coconut"] }, "570220"),
      to({ words: ["kilim", "karamanie", "soumak", "dhurrie"] }, "570210"),
      to({ words: ["seagrass", "sea grass"] }, "460129"),
    ],
    note: "woven carpets (kilim 570210, coir 570220, others by fibre/pile); seagrass mats are plaiting products 4601",
  }),
  e("artificial turf|artificial grass|synthetic turf|synthetic grass|fake grass|astroturf|turf mat|putting green turf", "5703", {
    splits: [to({ words: ["nylon", "polyamide"] }, "570321"), to({}, "570331")], note: "synthetic turf (tufted) → 57032x/57033x",
  }),
];

// ---------------------------------------------------------------------------------------------
// Trade names the entries above did not name.
// ---------------------------------------------------------------------------------------------
const tradeNames: LexiconEntry[] = [
  garment("clothing accessory|clothing accessories|garment accessory|garment accessories|apparel accessory|apparel accessories|made up clothing accessories", {
    defaultConstruction: "woven", knit: { any: { other: "611780" } }, woven: { any: { other: "621710" } }, assume: "other",
    note: "other made up clothing accessories: woven 621710, knitted 611780",
  }),
];

export const TEXTILES: LexiconEntry[] = [...garments, ...fabrics, ...madeUps, ...tradeNames];
void same;
