/**
 * Chemistry by class: chemicals named the way importers and customs rulings name them — a systematic
 * name whose last word is the functional group or class ("…sulfonic acid", "…carboxamide", "…pyridine",
 * "… hydrochloride", "… sodium salt"), inorganic salts by anion and oxides/hydroxides by element
 * (chapter 28), organic compounds by function (chapter 29) and synthetic colouring matter (chapter 32).
 *
 * Chapter 29 Note 3: a compound classifiable in two or more headings goes to the one that occurs last
 * in numerical order. So each functional-group entry carries splits to every later heading whose
 * function words (ring names, groups) appear in the text — the head noun names one function, the rest
 * of the systematic name can move the compound further down the chapter.
 */
import type { LexiconEntry } from "../types.js";
import { e, to } from "./helpers.js";

type Split = ReturnType<typeof to>;

/**
 * Substituent prefixes that systematic names fuse onto a ring name ("2-chloro-5-methylpyridine" ends in
 * the single word "methylpyridine"), so the ring is still the last word of the name.
 */
const PREFIXES = [
  "methyl", "dimethyl", "trimethyl", "ethyl", "chloro", "dichloro", "trichloro", "bromo", "fluoro", "difluoro",
  "trifluoromethyl", "amino", "diamino", "hydroxy", "methoxy", "nitro", "cyano", "phenyl", "benzyl", "acetyl",
  "carboxy", "oxo", "dihydro", "tetrahydro",
];
const N_RINGS = ["pyridine", "pyrimidine", "piperazine", "piperidine", "imidazole", "pyrazole", "triazine", "triazole", "indole", "quinoline", "pyrrolidine", "pyrazine", "benzimidazole", "pyrrole", "tetrazole"];
const NS_RINGS = ["thiazole", "thiophene", "morpholine", "oxazole", "isoxazole", "benzothiazole", "thiadiazole"];
const O_RINGS = ["furan", "pyran", "benzofuran", "dioxolane"];
/** "methylpyridine", "chloropyridine", ... for each ring. */
function fused(rings: string[]): string[] {
  return rings.flatMap((r) => PREFIXES.map((p) => p + r));
}
/** Extra "|"-joined terms, without duplicates of `base`. */
function plus(base: string, extra: string[]): string {
  const have = new Set(base.split("|"));
  return [base, ...extra.filter((t) => !have.has(t))].join("|");
}

/** Function words of chapter 29 headings, last heading first (Note 3 order). */
const FUNCTION_WORDS: Array<[string, string[]]> = [
  ["2935", ["sulfonamide", "sulphonamide", "sulfonamido", "sulphonamido"]],
  ["2934", [
    "thiazole", "thiazolyl", "benzothiazole", "thiazolidine", "thiophene", "thienyl", "morpholine", "morpholinyl",
    "oxazole", "oxazolyl", "isoxazole", "isoxazolyl", "oxazolidinone", "oxazoline", "isoxazoline", "phenothiazine",
    "thiadiazole", "oxadiazole", "benzoxazole", "benzoxazine", "nucleic", ...fused(NS_RINGS),
  ]],
  ["2933", [
    "pyridine", "pyridinyl", "pyridyl", "piperidine", "piperidinyl", "pyrimidine", "pyrimidinyl", "piperazine",
    "piperazinyl", "triazine", "triazinyl", "imidazole", "imidazolyl", "benzimidazole", "pyrazole", "pyrazolyl",
    "pyrrole", "pyrrolyl", "pyrrolidine", "pyrrolidinyl", "pyrrolidone", "indole", "indolyl", "quinoline", "quinolinyl",
    "isoquinoline", "quinazoline", "quinoxaline", "triazole", "triazolyl", "tetrazole", "tetrazolyl", "pyrazine",
    "pyrazinyl", "pyridazine", "purine", "pteridine", "pteridinyl", "carbazole", "acridine", "azepine", "diazepine",
    "lactam", "caprolactam", "hydantoin", "melamine", "indazole", "azetidine", "aziridine", ...fused(N_RINGS),
  ]],
  ["2932", [
    "furan", "furanyl", "furyl", "tetrahydrofuran", "pyran", "pyranyl", "benzopyran", "dioxole", "benzodioxole",
    "dioxolane", "dioxane", "lactone", "coumarin", "chromene", "chromanone", "xanthene", ...fused(O_RINGS),
  ]],
  ["2931", ["silane", "silyl", "siloxane", "phosphonate", "phosphonic", "phosphinic", "organometallic", "boronic", "stannane"]],
  ["2930", ["sulfonyl", "sulphonyl", "sulfinyl", "thiol", "mercapto", "thio", "thiourea", "thiocarbamate", "dithiocarbamate", "methylthio", "sulfanyl"]],
  ["2929", ["isocyanate", "diisocyanate", "isocyanato"]],
  ["2928", ["hydrazide", "hydrazone", "hydrazino", "hydroxylamine", "oxime"]],
  ["2927", ["azo", "diazo", "azoxy", "diazonium"]],
  ["2926", ["nitrile", "cyano", "dinitrile", "carbonitrile"]],
  ["2925", ["imide", "imine", "imino", "guanidine", "guanidino", "amidine", "phthalimide", "maleimide", "succinimide"]],
  ["2924", ["amide", "carboxamide", "acetamide", "acetamido", "amido", "carbamate", "carbamoyl", "ureido", "acetylamino", "benzamide"]],
  ["2923", ["quaternary", "trimethylammonium", "betaine"]],
  ["2921", ["amino", "diamino", "triamino", "amine", "diamine", "aniline", "anilino", "methylamino", "dimethylamino", "aminophenyl"]],
];

/** Words that mark an oxygen function (alcohol, phenol, ether, acid, ketone): amino + these → 2922. */
const OXYGEN_WORDS = ["hydroxy", "dihydroxy", "methoxy", "ethoxy", "phenoxy", "oxo", "keto", "carboxy", "hydroxyphenyl"];

/**
 * Splits to every chapter 29 heading later than `heading` whose function words appear (Note 3).
 * `oxygen`: the compound already has an oxygen function, so amino words mean 2922, not 2921.
 */
function later(heading: string, oxygen = false): Split[] {
  const out: Split[] = [];
  for (const [code, words] of FUNCTION_WORDS) {
    if (code <= heading) continue;
    if (code === "2921") {
      if (oxygen) out.push(to({ words }, "2922"));
      else {
        out.push(to({ words: OXYGEN_WORDS.filter((w) => w !== "carboxy") }, "2922"));
        out.push(to({ words }, "2921"));
      }
      continue;
    }
    out.push(to({ words }, code));
  }
  return out;
}

const NOTE3 = "ch. 29 Note 3: a compound with several functions or rings goes to the last applicable heading";

const organic: LexiconEntry[] = [
  // Hydrocarbons and their halogenated / sulfonated / nitrated derivatives (2901–2904).
  e("hydrocarbon|acyclic hydrocarbon|alkane|alkene|olefin|alpha olefin|butene|butadiene|isoprene|isobutylene|isobutene|ethylene gas|propylene gas|hexene|octene|pentene|heptene|nonene|decene|dodecene|tetradecene|hexadecene|octadecene|isoamylene|amylene|isopentene|methylbutene", "2901", {
    splits: [
      to({ words: ["aromatic", "cyclic", "benzene"] }, "2902"),
      to({ words: ["chloro", "bromo", "fluoro", "chlorinated", "fluorinated", "brominated"] }, "2903"),
      to({ words: ["butadiene", "isoprene"] }, "290124"),
      // 2-methylpropene is isobutylene, one of the butenes.
      to({ words: ["isobutylene", "isobutene", "methylpropene"] }, "290123"),
      // A methyl or ethyl group on a butene makes a pentene or hexene (2-methyl-2-butene is isoamylene, C5H10):
      // no longer a butylene of 2901.23 but another unsaturated acyclic hydrocarbon.
      to({ words: ["methyl", "dimethyl", "trimethyl", "ethyl", "pentene", "hexene", "heptene", "octene", "nonene", "decene", "dodecene", "tetradecene", "hexadecene", "octadecene", "isoamylene", "amylene", "isopentene", "methylbutene"] }, "290129"),
    ],
    note: "acyclic hydrocarbons 2901 (saturated 290110, ethylene 290121, propene 290122, butenes 290123, buta-1,3-diene/isoprene 290124, other unsaturated 290129); cyclic 2902",
  }),
  e("aromatic hydrocarbon|cyclic hydrocarbon|benzene|toluene|xylene|styrene monomer|ethylbenzene|cumene|naphthalene|anthracene|phenanthrene|fluorene|fluoranthene|acenaphthene|acenaphthylene|pyrene|chrysene|indene|indane|tetralin|decalin|biphenyl|cyclohexane|terpene hydrocarbon|pinene|limonene", "2902", {
    note: "cyclic hydrocarbons → 2902 (cyclohexane 290211, benzene 290220, toluene 290230, xylenes 29024x, styrene 290250, ethylbenzene 290260, cumene 290270, other 290290)",
  }),
  e("halogenated hydrocarbon|chlorinated hydrocarbon|fluorinated hydrocarbon|brominated hydrocarbon|chlorinated paraffin|dichloromethane|methylene chloride|chloroform|carbon tetrachloride|trichloroethylene|perchloroethylene|tetrachloroethylene|vinyl chloride monomer|vinyl chloride|ethylene dichloride|chlorobenzene|dichlorobenzene|hydrofluorocarbon|chlorofluorocarbon|hydrochlorofluorocarbon|fluorocarbon", "2903", {
    splits: [...later("2903")],
    note: `halogenated derivatives of hydrocarbons → 2903; ${NOTE3}`,
  }),
  e("sulfonic acid|sulphonic acid|benzenesulfonic acid|toluenesulfonic acid|naphthalenesulfonic acid|methanesulfonic acid|sulfonate|sulphonate|disulfonic acid|nitro compound|nitrobenzene|nitrotoluene|sulfonyl chloride|sulphonyl chloride", "2904", {
    splits: [
      to({ words: ["alkylbenzene", "dodecylbenzene", "laurylbenzene"] }, "340231"),
      ...later("2904"),
      to({ words: ["hydroxy", "naphthol"] }, "2908"),
    ],
    note: `sulphonated, nitrated or nitrosated derivatives of hydrocarbons → 2904 (sulfonic acids of hydrocarbons 290410); linear alkylbenzene sulfonic acids 340231; ${NOTE3}`,
  }),
  // Alcohols, phenols, ethers, epoxides, aldehydes, ketones (2905–2914).
  e("diol|triol|glycol|n-butanol|isobutanol|isobutyl alcohol|n-butyl alcohol|butan-1-ol|tert-butanol|sec-butanol|ethylene glycol|monoethylene glycol|propylene glycol|butanediol|hexanediol|neopentyl glycol|pentaerythritol|trimethylolpropane|sorbitol|mannitol|xylitol|sugar alcohol|butanol|octanol|hexanol|propanol|acyclic alcohol|allyl alcohol|propan-1-ol|propan-2-ol|propyl alcohol|n-propyl alcohol|n-propanol|1-propanol|2-propanol", "2905", {
    splits: [
      // Propan-1-ol (propyl alcohol) and propan-2-ol (isopropyl alcohol) 2905.12 ("propan" is no propane of 2711).
      to({ words: ["propan-1-ol", "propan-2-ol", "propyl alcohol", "n-propyl alcohol", "n-propanol", "1-propanol", "2-propanol", "isopropanol", "isopropyl alcohol", "propanol"] }, "290512"),
      to({ words: ["sorbitol"] }, "290544"),
      to({ words: ["mannitol"] }, "290543"),
      to({ words: ["ethylene glycol", "monoethylene glycol"] }, "290531"),
      to({ words: ["propylene glycol"] }, "290532"),
      to({ words: ["pentaerythritol"] }, "290542"),
      // Butan-1-ol (n-butyl alcohol) 2905.13; the other butanols (iso-, sec-, tert-) 2905.14.
      to({ words: ["n-butanol", "n butanol", "1-butanol", "butan-1-ol", "n-butyl alcohol", "normal butanol"] }, "290513"),
      to({ words: ["isobutanol", "isobutyl alcohol", "2-butanol", "sec-butanol", "tert-butanol", "butan-2-ol"] }, "290514"),
      ...later("2905", true),
    ],
    note: `acyclic alcohols and their halogenated, sulphonated, nitrated derivatives → 2905 (glycols 29053x, polyols 29054x); ${NOTE3}`,
  }),
  e("cyclic alcohol|benzyl alcohol|menthol|cyclohexanol|terpineol|cholesterol|sterol|phenylethyl alcohol|phenethyl alcohol", "2906", {
    splits: [to({ words: ["menthol"] }, "290611"), to({ words: ["benzyl"] }, "290621"), to({ words: ["cholesterol", "sterol"] }, "290613"), ...later("2906", true)],
    note: `cyclic alcohols → 2906 (menthol 290611, sterols and inositols 290613, benzyl alcohol 290621); ${NOTE3}`,
  }),
  e("phenol|phenols|bisphenol|bisphenol a|cresol|cresols|naphthol|hydroquinone|resorcinol|catechol|alkylphenol|nonylphenol|octylphenol|polyphenol compound|phenol alcohol", "2907", {
    splits: [
      // Note 3: an ether-phenol ("methoxyphenol", butylated hydroxyanisole) goes to 2909, after 2907 and 2908;
      // functions of later headings still come first.
      ...later("2909", true),
      to({ words: ["methoxy", "ethoxy", "propoxy", "butoxy", "phenoxy", "methoxyphenol", "ethoxyphenol", "phenoxyphenol", "hydroxyanisole", "anisole"] }, "290950"),
      to({ words: ["chloro", "bromo", "nitro", "sulfo", "chlorophenol", "nitrophenol"] }, "2908"),
      to({ words: ["bisphenol"] }, "290723"),
      to({ words: ["cresol", "cresols"] }, "290712"),
      to({ words: ["naphthol"] }, "290715"),
      to({ words: ["hydroquinone"] }, "290722"),
      to({ words: ["resorcinol"] }, "290721"),
    ],
    note: `phenols and phenol-alcohols → 2907; halogenated/sulphonated/nitrated derivatives 2908; ${NOTE3}`,
  }),
  e("ether|diether|glycol ether|ethylene glycol monobutyl ether|diethyl ether|anisole|diphenyl ether|methyl tert-butyl ether|mtbe|ether alcohol|phenoxyethanol|2-phenoxyethanol|ether phenol|peroxide organic|organic peroxide|ketone peroxide|hydroperoxide", "2909", {
    splits: [
      to({ words: ["peroxide", "hydroperoxide"] }, "290960"),
      to({ words: ["glycol ether", "butoxyethanol", "ether alcohol", "phenoxyethanol"] }, "290949"),
      to({ words: ["phenol", "methoxyphenol", "ether phenol"] }, "290950"),
      ...later("2909", true),
    ],
    note: `ethers, ether-alcohols, ether-phenols, alcohol/ether peroxides → 2909; ${NOTE3}`,
  }),
  e("epoxide|oxirane|ethylene oxide|propylene oxide|epichlorohydrin|glycidyl ether|epoxy compound|oxetane", "2910", {
    splits: [to({ words: ["ethylene oxide"] }, "291010"), to({ words: ["propylene oxide"] }, "291020"), to({ words: ["epichlorohydrin"] }, "291030"), ...later("2910", true)],
    note: `epoxides, epoxyalcohols, epoxyphenols and epoxyethers (three-membered ring) → 2910; ${NOTE3}`,
  }),
  e("acetal|hemiacetal", "2911", { splits: later("2911", true), note: `acetals and hemiacetals → 291100; ${NOTE3}` }),
  e("aldehyde|dialdehyde|acetaldehyde|benzaldehyde|glutaraldehyde|paraformaldehyde|vanillin|ethyl vanillin|butyraldehyde|cinnamaldehyde|salicylaldehyde|hydroxybenzaldehyde", "2912", {
    splits: [
      to({ words: ["acetaldehyde"] }, "291212"),
      to({ words: ["benzaldehyde"] }, "291221"),
      to({ words: ["vanillin"] }, "291241"),
      to({ words: ["ethyl vanillin"] }, "291242"),
      to({ words: ["paraformaldehyde"] }, "291260"),
      ...later("2912", true),
    ],
    note: `aldehydes → 2912 (acetaldehyde 291212, benzaldehyde 291221, vanillin 291241); ${NOTE3}`,
  }),
  e("ketone|diketone|methyl ethyl ketone|mek|methyl isobutyl ketone|mibk|cyclohexanone|camphor|acetophenone|benzophenone|quinone|anthraquinone|ketone alcohol|ketone phenol|hydroxy ketone|ionone", "2914", {
    splits: [
      to({ words: ["methyl ethyl ketone", "mek"] }, "291412"),
      to({ words: ["methyl isobutyl ketone", "mibk"] }, "291413"),
      to({ words: ["cyclohexanone"] }, "291422"),
      to({ words: ["camphor"] }, "291429"),
      to({ words: ["anthraquinone"] }, "291461"),
      ...later("2914", true),
    ],
    note: `ketones and quinones → 2914; ${NOTE3}`,
  }),
  // Carboxylic acids, anhydrides, esters and salts (2915–2918), esters of inorganic acids (2919–2920).
  e("monocarboxylic acid|fatty acid ester|acetate ester|ethyl acetate|butyl acetate|vinyl acetate|vinyl acetate monomer|methyl acetate|propionic acid|butyric acid|formic acid|sodium acetate|potassium acetate|calcium acetate|palmitic acid|stearic acid|stearate|chloroacetic acid|acetic anhydride|ester|esters|carboxylic ester", "2915", {
    splits: [
      to({ words: ["phosphate", "phosphoric"] }, "2919"),
      to({ words: ["carbonate", "carbonic", "sulfate", "sulphate", "nitrate", "phosphite"] }, "2920"),
      to({ words: ["salicylate", "salicylic", "lactate", "lactic", "citrate", "citric", "gluconate", "tartrate", "tartaric", "hydroxy", "oxo", "keto", "methoxy"] }, "2918"),
      to({ words: ["phthalate", "phthalic", "terephthalate", "terephthalic", "adipate", "adipic", "maleate", "maleic", "succinate", "succinic", "sebacate", "oxalate", "dicarboxylic"] }, "2917"),
      to({ words: ["acrylate", "acrylic", "methacrylate", "methacrylic", "benzoate", "benzoic", "oleate", "oleic", "linoleic", "phenylacetic", "cinnamate", "sorbate", "sorbic"] }, "2916"),
      ...later("2918", true),
      to({ words: ["ethyl acetate"] }, "291531"),
      to({ words: ["vinyl acetate"] }, "291532"),
      to({ words: ["butyl acetate"] }, "291533"),
      to({ words: ["formic"] }, "291511"),
      to({ words: ["acetic anhydride"] }, "291524"),
      to({ words: ["sodium acetate"] }, "291529"),
      to({ words: ["stearic", "palmitic", "stearate"] }, "291570"),
    ],
    note: `saturated acyclic monocarboxylic acids, anhydrides, halides, peroxides, peroxyacids and their esters/salts → 2915; esters follow their acid (2916 unsaturated/cyclic mono, 2917 polycarboxylic, 2918 with extra oxygen function, 2919 phosphoric, 2920 other inorganic acids); ${NOTE3}`,
  }),
  e("acrylate monomer|acrylic ester monomer|butyl acrylate|ethyl acrylate|methyl acrylate|methyl methacrylate|acrylic acid|methacrylic acid|benzoic acid|benzoate|sodium benzoate|sorbic acid|potassium sorbate|oleic acid|linoleic acid|phenylacetic acid|cinnamic acid|aromatic carboxylic acid|monocarboxylic aromatic acid|acid chloride|benzoyl chloride|benzoyl peroxide", "2916", {
    splits: [
      ...later("2918", true),
      to({ words: ["hydroxy", "methoxy", "oxo", "keto", "salicylic"] }, "2918"),
      to({ words: ["acrylic acid"] }, "291611"),
      to({ words: ["methyl methacrylate"] }, "291614"),
      to({ words: ["acrylate", "acrylates"] }, "291612"),
      to({ words: ["methacrylate", "methacrylic"] }, "291614"),
      to({ words: ["benzoyl peroxide", "benzoyl chloride"] }, "291632"),
      to({ words: ["benzoic", "benzoate"] }, "291631"),
      to({ words: ["oleic", "linoleic"] }, "291615"),
    ],
    note: `unsaturated acyclic and cyclic monocarboxylic acids, their anhydrides, halides, peroxides, esters and salts → 2916 (acrylic 29161x, benzoic acid and salts/esters 291631); ${NOTE3}`,
  }),
  e("dicarboxylic acid|polycarboxylic acid|tricarboxylic acid|anhydride|maleic anhydride|phthalic anhydride|succinic anhydride|adipic acid|phthalic acid|terephthalic acid|purified terephthalic acid|isophthalic acid|maleic acid|fumaric acid|succinic acid|sebacic acid|phthalate|dioctyl phthalate|dibutyl phthalate|phthalate plasticizer|trimellitic anhydride", "2917", {
    splits: [
      ...later("2918", true),
      to({ words: ["hydroxy", "oxo", "keto", "citric", "tartaric", "malic"] }, "2918"),
      to({ words: ["adipic"] }, "291712"),
      to({ words: ["maleic anhydride"] }, "291714"),
      to({ words: ["dioctyl", "dibutyl", "phthalate"] }, "291734"),
      to({ words: ["phthalic anhydride"] }, "291735"),
      to({ words: ["terephthalic"] }, "291736"),
    ],
    note: `polycarboxylic acids, their anhydrides, halides, peroxides, esters and salts → 2917; ${NOTE3}`,
  }),
  e("carboxylic acid|hydroxy acid|keto acid|alcohol acid|phenol acid|aldehyde acid|salicylic acid|lactic acid|tartaric acid|malic acid|gluconic acid|sodium gluconate|glycolic acid|gallic acid|citrate|sodium citrate|potassium citrate|calcium citrate|tartrate|lactate|calcium lactate|salicylate|methyl salicylate|acetylsalicylic acid|phenoxyacetic acid|gluconate", "2918", {
    splits: [
      ...later("2918", true),
      to({ words: ["glycolic", "glycolate", "malic", "mandelic"] }, "291819"),
      to({ words: ["lactic", "lactate"] }, "291811"),
      to({ words: ["tartaric"] }, "291812"),
      to({ words: ["tartrate"] }, "291813"),
      to({ words: ["citrate", "citrates"] }, "291815"),
      to({ words: ["gluconic", "gluconate"] }, "291816"),
      to({ words: ["acetylsalicylic"] }, "291822"),
      to({ words: ["methyl salicylate"] }, "291823"),
      to({ words: ["salicylic", "salicylate"] }, "291821"),
      to({ words: ["gallic"] }, "291829"),
      to({ words: ["phenoxyacetic"] }, "291891"),
    ],
    note: `carboxylic acids with additional oxygen function and their esters and salts → 2918; heterocyclic, amino, azo, nitrile, amide acids go later (${NOTE3})`,
  }),
  e("phosphate ester|phosphoric ester|organophosphate|triphenyl phosphate|tributyl phosphate|tricresyl phosphate|glycerophosphate|lactophosphate|phosphite ester|thiophosphate ester", "2919", {
    splits: [to({ words: ["phosphite", "thiophosphate"] }, "2920"), ...later("2920")],
    note: `phosphoric esters and their salts → 2919; thiophosphoric and phosphite esters 2920; ${NOTE3}`,
  }),
  e("carbonic ester|dimethyl carbonate|diethyl carbonate|ethylene carbonate|propylene carbonate|dimethyl sulfate|diethyl sulfate|dimethyl sulphate|nitrate ester|alkyl nitrite|phosphite|trimethyl phosphite|triethyl phosphite", "2920", {
    splits: [to({ words: ["phosphite"] }, "292029"), ...later("2920")],
    note: `esters of other inorganic acids of non-metals (carbonates, sulphates, phosphites, nitrates) → 2920; ${NOTE3}`,
  }),
  // Nitrogen-function compounds (2921–2929).
  e("amine|amines|diamine|triamine|polyamine|alkylamine|ethylenediamine|hexamethylenediamine|triethylamine|diethylamine|methylamine|dimethylamine|aniline|toluidine|phenylenediamine|toluenediamine|diphenylamine|naphthylamine|benzylamine|cyclohexylamine|aromatic amine|fatty amine|amine hydrochloride", "2921", {
    splits: [
      to({ words: ["fatty amine"] }, "3824"),
      ...later("2921"),
      to({ words: ["hydroxy", "methoxy", "ethoxy", "phenoxy", "oxo", "keto", "alcohol", "ethanolamine", "phenol", "ether", "carboxylic", "acid"] }, "2922"),
      to({ words: ["ethylenediamine"] }, "292121"),
      to({ words: ["hexamethylenediamine"] }, "292122"),
      to({ words: ["aniline"] }, "292141"),
      to({ words: ["toluidine"] }, "292143"),
      to({ words: ["diphenylamine"] }, "292144"),
      to({ words: ["phenylenediamine", "toluenediamine"] }, "292151"),
      to({ words: ["cyclohexylamine"] }, "292130"),
    ],
    note: `amine-function compounds → 2921 (acyclic 29211x–29212x, cyclanic 292130, aromatic monoamines 29214x, polyamines 29215x); with an oxygen function 2922; ${NOTE3}`,
  }),
  e("amino acid|amino acids|amino alcohol|aminoalcohol|ethanolamine|monoethanolamine|diethanolamine|triethanolamine|aminophenol|amino phenol|amino ketone|amino aldehyde|amino acid ester|glycine|lysine|glutamic acid|monosodium glutamate|aspartic acid|alanine|valine|leucine|isoleucine|phenylalanine|tyrosine|serine|threonine|aminobenzoic acid|anthranilic acid", "2922", {
    splits: [
      ...later("2922"),
      to({ words: ["monoethanolamine", "ethanolamine"] }, "292211"),
      to({ words: ["diethanolamine"] }, "292212"),
      to({ words: ["triethanolamine"] }, "292215"),
      to({ words: ["lysine"] }, "292241"),
      to({ words: ["glutamic", "glutamate"] }, "292242"),
      to({ words: ["anthranilic"] }, "292243"),
      to({ words: ["aminophenol", "amino phenol"] }, "292229"),
    ],
    note: `oxygen-function amino-compounds (amino-alcohols, -phenols, -acids, -ketones) → 2922 (lysine 292241, glutamic acid and salts 292242); ${NOTE3}`,
  }),
  e("quaternary ammonium|quaternary ammonium salt|quaternary ammonium compound|quat|benzalkonium chloride|choline chloride|choline|cetrimonium chloride|tetramethylammonium hydroxide|lecithin|phospholipid|betaine", "2923", {
    splits: [to({ words: ["choline"] }, "292310"), to({ words: ["lecithin", "phospholipid"] }, "292320"), ...later("2923")],
    note: `quaternary ammonium salts and hydroxides, lecithins and other phosphoaminolipids → 2923; ${NOTE3}`,
  }),
  e("amide|amides|carboxamide|acetamide|benzamide|sulfamide|acrylamide|dimethylformamide|dmf|dimethylacetamide|fatty acid amide|erucamide|oleamide|carbamate|ureine|ureide|acetaminophen bulk|paracetamol bulk|lidocaine|amide compound", "2924", {
    splits: [
      ...later("2924"),
      to({ words: ["acrylamide", "dimethylformamide", "dmf", "dimethylacetamide", "acetamide"] }, "292419"),
      to({ words: ["paracetamol", "acetaminophen", "lidocaine", "benzamide"] }, "292429"),
    ],
    note: `carboxyamide-function compounds and amide-function compounds of carbonic acid → 2924 (acyclic 29241x, cyclic 29242x); ${NOTE3}`,
  }),
  e("imide|imides|imine|imines|phthalimide|succinimide|maleimide|bismaleimide|saccharin|guanidine|amidine|dicyandiamide|diphenylguanidine", "2925", {
    splits: [...later("2925"), to({ words: ["saccharin"] }, "292511"), to({ words: ["guanidine", "amidine", "imine", "imines", "dicyandiamide", "diphenylguanidine"] }, "292529")],
    note: `carboxyimide-function compounds (incl. saccharin) and imine-function compounds → 2925; ${NOTE3}`,
  }),
  e("nitrile|nitriles|dinitrile|carbonitrile|acrylonitrile|acetonitrile|adiponitrile|benzonitrile|cyanohydrin|acetone cyanohydrin|malononitrile|cyanoacetate|organic cyanide", "2926", {
    splits: [
      ...later("2926"),
      to({ words: ["acrylonitrile"] }, "292610"),
      to({ words: ["cyanohydrin"] }, "292620"),
    ],
    note: `nitrile-function compounds → 2926 (acrylonitrile 292610, 1-cyanoguanidine 292620, other 292690); ${NOTE3}`,
  }),
  e("azo compound|azo compounds|diazo compound|azoxy compound|diazonium salt|azobenzene|azodicarbonamide|azobisisobutyronitrile|aibn|azo initiator", "2927", {
    splits: later("2927"),
    note: `diazo-, azo- or azoxy-compounds (not being colouring matter) → 292700; synthetic organic dyes 3204; ${NOTE3}`,
  }),
  e("hydrazine derivative|hydroxylamine derivative|organic hydrazine|hydrazide|hydrazone|phenylhydrazine|oxime|methyl ethyl ketoxime|butanone oxime", "2928", {
    splits: later("2928"),
    note: `organic derivatives of hydrazine or of hydroxylamine → 292800; ${NOTE3}`,
  }),
  e("isocyanate|isocyanates|diisocyanate|toluene diisocyanate|tdi|methylene diphenyl diisocyanate|mdi monomer|hexamethylene diisocyanate|isophorone diisocyanate|carbodiimide", "2929", {
    splits: [...later("2929"), to({ words: ["isocyanate", "isocyanates", "diisocyanate"] }, "292910")],
    note: `compounds with other nitrogen function: isocyanates 292910, other 292990; ${NOTE3}`,
  }),
  // Organo-sulphur, organo-inorganic and heterocyclic compounds (2930–2935).
  e("organo-sulfur compound|organosulfur compound|organic sulfur compound|thiol|thiols|mercaptan|mercaptans|thioether|sulfoxide|dimethyl sulfoxide|dmso|thiocarbamate|dithiocarbamate|thiuram|thiourea|methionine|cysteine|cystine|dimethyl disulfide|thioglycolic acid|thiodiglycol|thioester|dapsone|diaminodiphenylsulfone|diaminodiphenyl sulfone|diphenyl sulfone", "2930", {
    splits: [
      ...later("2930"),
      to({ words: ["thiocarbamate", "dithiocarbamate"] }, "293020"),
      to({ words: ["thiuram"] }, "293030"),
      to({ words: ["methionine"] }, "293040"),
      to({ words: ["cysteine", "cystine"] }, "293090"),
    ],
    note: `organo-sulphur compounds → 2930 (dithiocarbamates 293020, thiuram sulphides 293030, methionine 293040, other 293090); ${NOTE3}`,
  }),
  e("organo-inorganic compound|organometallic compound|organometallic|organosilicon compound|organosilane|silane|silanes|silane coupling agent|alkoxysilane|chlorosilane|organophosphorus compound|phosphonate|phosphonic acid|bisphosphonate|organotin compound|organotin|tetraethyl lead|boronic acid|grignard reagent|metallocene|ferrocene|trimethylaluminium|triethylaluminium|organoaluminium", "2931", {
    splits: [
      ...later("2931"),
      to({ words: ["tetraethyl lead", "tetramethyl lead"] }, "293110"),
      to({ words: ["organotin", "tributyltin"] }, "293120"),
    ],
    note: `other organo-inorganic compounds (organo-silicon, -phosphorus, -metallic) → 2931; ${NOTE3}`,
  }),
  e(plus("oxygen heterocycle|heterocyclic compound with oxygen|furan|tetrahydrofuran|thf|furfural|furfuryl alcohol|lactone|lactones|coumarin|butyrolactone|gamma butyrolactone|pyran|dioxane|dioxolane|benzodioxole|safrole|piperonal|sucralose|ascorbyl compound|oxygen hetero-atom", fused(O_RINGS)), "2932", {
    splits: [
      ...later("2932"),
      to({ words: ["tetrahydrofuran", "thf"] }, "293211"),
      to({ words: ["furfural"] }, "293212"),
      to({ words: ["furfuryl"] }, "293213"),
      to({ words: ["sucralose"] }, "293214"),
      to({ words: ["coumarin"] }, "293220"),
      to({ words: ["lactone", "lactones", "butyrolactone"] }, "293220"),
      to({ words: ["piperonal", "safrole", "benzodioxole"] }, "293293"),
    ],
    note: `heterocyclic compounds with oxygen hetero-atom(s) only → 2932 (furans 29321x, lactones 293220, other 29329x); ${NOTE3}`,
  }),
  e(plus("nitrogen heterocycle|heterocyclic compound with nitrogen|pyridine|pyridines|picoline|piperidine|pyrimidine|pyrimidines|piperazine|triazine|triazines|imidazole|imidazoles|benzimidazole|pyrazole|pyrazolone|pyrrole|pyrrolidine|pyrrolidone|n-methylpyrrolidone|nmp|indole|quinoline|isoquinoline|quinazoline|triazole|triazoles|benzotriazole|tetrazole|pyrazine|pyridazine|purine|pteridine|carbazole|acridine|hexamethylenetetramine|hexamine powder|lactam|lactams|caprolactam|laurolactam|hydantoin|barbituric acid|barbiturate|diazepine|benzodiazepine|azepine|nicotinic acid|isonicotinic acid|niacinamide powder|cyanuric acid|atrazine|indazole|aziridine|azetidine", fused(N_RINGS)), "2933", {
    splits: [
      ...later("2933"),
      to({ words: ["pyrazole", "pyrazolone", ...fused(["pyrazole"])] }, "293319"),
      to({ words: ["hydantoin"] }, "293321"),
      to({ words: ["imidazole", "imidazoles", "benzimidazole", ...fused(["imidazole", "benzimidazole"])] }, "293329"),
      to({ words: ["pyridine", "pyridines"] }, "293331"),
      to({ words: fused(["pyridine", "piperidine"]) }, "293339"),
      to({ words: ["quinoline", "isoquinoline", ...fused(["quinoline"])] }, "293349"),
      to({ words: ["barbituric", "barbiturate"] }, "293353"),
      to({ words: ["pyrimidine", "pyrimidines", "piperazine", ...fused(["pyrimidine", "piperazine"])] }, "293359"),
      to({ words: ["melamine"] }, "293361"),
      to({ words: ["triazine", "triazines", "cyanuric", "atrazine", ...fused(["triazine"])] }, "293369"),
      to({ words: ["caprolactam"] }, "293371"),
      to({ words: ["lactam", "lactams", "laurolactam", "pyrrolidone", "n-methylpyrrolidone", "nmp"] }, "293379"),
      to({ words: ["benzodiazepine", "diazepine"] }, "293391"),
      // Nicotinic acid and nicotinamide are vitamin PP / B3: heading 2936 (ch. 29 note 3, the later heading; EN 29.36).
      to({ words: ["nicotinic acid", "niacinamide", "nicotinamide", "niacin"], unless: ["isonicotinic"] }, "293629"),
      to({ words: ["nicotinic", "isonicotinic", "niacinamide", "piperidine", "picoline"] }, "293339"),
      to({}, "293399"),
    ],
    note: `heterocyclic compounds with nitrogen hetero-atom(s) only → 2933 (pyrazole 29331x, imidazole 29332x, pyridine 29333x, quinoline 29334x, pyrimidine/piperazine 29335x, triazine 29336x, lactams 29337x, other 29339x); ${NOTE3}`,
  }),
  e(plus("heterocyclic compound|heterocyclic compounds|heterocycle|nucleic acid|nucleic acids|nucleotide|nucleoside|thiazole|benzothiazole|mercaptobenzothiazole|thiophene|morpholine|oxazole|isoxazole|oxazolidinone|phenothiazine|thiadiazole|oxadiazole|sultone|sultam", fused(NS_RINGS)), "2934", {
    splits: [
      to({ words: ["sulfonamide", "sulphonamide"] }, "2935"),
      to({ words: ["thiazole", "thiazolyl", ...fused(["thiazole"])] }, "293410"),
      to({ words: ["benzothiazole", "mercaptobenzothiazole", ...fused(["benzothiazole"])] }, "293420"),
      to({ words: ["phenothiazine"] }, "293430"),
      to({ words: ["sultone", "sultam"] }, "293499"),
      to({ words: ["nitrogen", "pyridine", "pyrimidine", "piperazine", "triazine", "imidazole", "pyrazole", "indole", "quinoline", "triazole", "lactam"] }, "2933"),
      to({ words: ["oxygen", "furan", "pyran", "lactone", "dioxole"] }, "2932"),
      to({}, "293499"),
    ],
    note: "nucleic acids and salts; other heterocyclic compounds (thiazole, benzothiazole, phenothiazine, oxazole, morpholine — rings with N and O/S or S) → 2934; N-only rings 2933, O-only 2932",
  }),
  e("sulfonamide|sulfonamides|sulphonamide|sulphonamides|sulfa drug|sulfanilamide|sulfamethoxazole|sulfadiazine", "2935", {
    note: "sulphonamides → 2935 (perfluorooctane sulphonamides 29351x–29354x, other 293590)",
  }),
  // Vitamins, hormones, glycosides, alkaloids, sugars, antibiotics in bulk, other (2936–2942).
  e("provitamin|vitamin intermediate|vitamin a acetate|vitamin e acetate|tocopherol|tocopheryl acetate|ascorbic acid|sodium ascorbate|thiamine|riboflavin|pyridoxine|cyanocobalamin|calcium pantothenate|folic acid|biotin powder|cholecalciferol|retinol powder", "2936", {
    splits: [
      // Chapter 29 takes vitamins as chemicals (note 1); put up as tablets, capsules or gummies for use as a food
      // supplement they are food preparations (2106.90; note 1(a) to chapter 30 leaves supplements out of medicaments).
      // (The goods' words are on this split too: the term named decides first, with the other conditions.)
      to({
        words: ["vitamin", "provitamin", "retinol", "thiamine", "riboflavin", "pantothenate", "pyridoxine", "cyanocobalamin", "ascorbic", "ascorbate", "tocopherol", "tocopheryl", "cholecalciferol", "folic", "biotin"],
        allOf: [["tablet", "tablets", "capsule", "capsules", "softgel", "softgels", "gummies", "chewable", "dietary supplement", "food supplement", "supplement"]],
      }, "210690"),
      to({ words: ["vitamin a", "retinol"] }, "293621"),
      to({ words: ["thiamine"] }, "293622"),
      to({ words: ["riboflavin"] }, "293623"),
      to({ words: ["pantothenate", "pantothenic"] }, "293624"),
      to({ words: ["pyridoxine"] }, "293625"),
      to({ words: ["cyanocobalamin"] }, "293626"),
      to({ words: ["ascorbic", "ascorbate"] }, "293627"),
      to({ words: ["tocopherol", "tocopheryl", "vitamin e"] }, "293628"),
      to({ words: ["cholecalciferol"] }, "293629"),
      to({ words: ["folic", "biotin"] }, "293629"),
    ],
    note: "provitamins and vitamins (natural or synthetic, unmixed or mixed, in bulk) → 2936; retail dosed vitamins 300450",
  }),
  e("hormone|hormones|steroid|steroids|steroidal compound|corticosteroid|prostaglandin|cortisone|hydrocortisone powder|prednisolone|dexamethasone|estradiol|progesterone|testosterone|oxytocin|somatotropin|growth hormone|epinephrine|adrenaline|thyroxine", "2937", {
    splits: [
      to({ words: ["somatotropin", "growth hormone"] }, "293711"),
      to({ words: ["oxytocin"] }, "293719"),
      to({ words: ["cortisone", "hydrocortisone", "prednisolone", "dexamethasone", "corticosteroid"] }, "293722"),
      to({ words: ["estradiol", "progesterone", "testosterone"] }, "293723"),
      to({ words: ["epinephrine", "adrenaline"] }, "293790"),
      to({ words: ["thyroxine"] }, "293790"),
      to({ words: ["prostaglandin"] }, "293750"),
    ],
    note: "hormones, prostaglandins, thromboxanes, leukotrienes (natural or synthetic), derivatives and structural analogues, steroids used as hormones → 2937",
  }),
  e("glycoside|glycosides|rutin|stevioside|steviol glycoside|rebaudioside|saponin|digoxin", "2938", {
    splits: [to({ words: ["rutin"] }, "293810")],
    note: "glycosides (natural or synthetic), their salts, ethers, esters → 2938 (rutoside 293810, other 293890)",
  }),
  e("alkaloid|alkaloids|caffeine|theobromine|theophylline|nicotine base|ephedrine|pseudoephedrine|quinine|berberine|atropine|papaverine|ergometrine|huperzine", "2939", {
    splits: [
      to({ words: ["caffeine"] }, "293930"),
      to({ words: ["theophylline", "theobromine"] }, "293959"),
      to({ words: ["pseudoephedrine"] }, "293942"),
      to({ words: ["ephedrine"] }, "293941"),
      to({ words: ["quinine"] }, "293920"),
      to({ words: ["nicotine"] }, "293979"),
    ],
    note: "alkaloids (natural or synthetic), their salts, ethers, esters and derivatives → 2939",
  }),
  e("chemically pure sugar|sugar ester|sugar ether|galactose|mannose|rhamnose|xylose|trehalose|tagatose|raffinose", "2940", {
    note: "sugars chemically pure (other than sucrose, lactose, maltose, glucose, fructose); sugar ethers, acetals and esters → 294000",
  }),
  e("antibiotic bulk|antibiotic powder|penicillin|penicillins|amoxicillin trihydrate|ampicillin|streptomycin|tetracycline|chloramphenicol|erythromycin|cephalosporin|cephalexin|ceftriaxone|azithromycin|vancomycin|rifampicin", "2941", {
    splits: [
      to({ words: ["penicillin", "penicillins", "amoxicillin", "ampicillin"] }, "294110"),
      to({ words: ["streptomycin"] }, "294120"),
      to({ words: ["tetracycline"] }, "294130"),
      to({ words: ["chloramphenicol"] }, "294140"),
      to({ words: ["erythromycin", "azithromycin"] }, "294150"),
    ],
    note: "antibiotics in bulk (not dosed) → 2941; dosed or retail 3004",
  }),
  e("organic compound|organic compounds|organic chemical|organic chemicals|organic intermediate|chemical intermediate|pharmaceutical intermediate|active pharmaceutical ingredient|drug substance|bulk drug substance|fine chemical|specialty chemical compound|chemically defined compound|ketene", "2942", {
    splits: [
      ...later("2920"),
      to({ words: ["ester", "esters", "acid", "carboxylic"] }, "2918"),
      to({ words: ["ketone"] }, "2914"),
      to({ words: ["aldehyde"] }, "2912"),
      to({ words: ["phenol"] }, "2907"),
    ],
    note: `separate chemically defined organic compounds go to ch. 29 by structure; only compounds not covered elsewhere → 294200; ${NOTE3}`,
  }),
  // Salt forms of organic compounds: the salt goes with its parent compound (ch. 29 Note 5).
  e("hydrochloride|dihydrochloride|hydrochlorides|hydrobromide|hydroiodide|mesylate|mesilate|besylate|besilate|tosylate|fumarate salt|maleate salt|tartrate salt|succinate salt|hemisulfate|hydrogen sulfate salt|monohydrochloride|free base", "2933", {
    splits: [
      ...later("2921"),
      to({ words: ["amine", "amino", "amines"] }, "2921"),
    ],
    note: `salts of organic bases (hydrochlorides, mesylates, ...) are classified with the base (ch. 29 Note 5); most drug bases are N-heterocycles (2933); ${NOTE3}`,
  }),
  e("sodium salt|potassium salt|calcium salt|disodium salt|trisodium salt|tetrasodium salt|dipotassium salt|ammonium salt|magnesium salt|lithium salt|zinc salt|monosodium salt|metal salt", "2942", {
    splits: [
      ...later("2920", true),
      to({ words: ["sulfonic", "sulphonic", "disulfonic", "sulfonate", "naphthalenesulfonic"] }, "2904"),
      to({ words: ["hydroxy", "citric", "lactic", "gluconic", "tartaric", "salicylic", "carboxylic"] }, "2918"),
      to({ words: ["phthalic", "terephthalic", "maleic", "succinic", "adipic", "dicarboxylic"] }, "2917"),
      to({ words: ["benzoic", "acrylic", "methacrylic", "oleic", "sorbic"] }, "2916"),
      to({ words: ["acetic", "propionic", "formic", "stearic", "palmitic"] }, "2915"),
      to({ words: ["phenol", "phenols", "naphthol"] }, "2907"),
    ],
    note: `salts of organic acids are classified with the acid (ch. 29 Note 5): sulfonic 2904, monocarboxylic 2915/2916, polycarboxylic 2917, hydroxy/oxo acids 2918; ${NOTE3}`,
  }),
];

/** Element words → ch. 28 code for oxides and hydroxides. */
const OXIDE_SPLITS: Split[] = [
  to({ words: ["ethylene oxide"] }, "291010"),
  to({ words: ["propylene oxide"] }, "291020"),
  to({ words: ["amine oxide"] }, "2921"),
  to({ words: ["zinc"] }, "281700"),
  to({ words: ["aluminium", "aluminum", "alumina"] }, "281820"),
  to({ words: ["chromium", "chrome", "chromic"] }, "2819"),
  to({ words: ["manganese"] }, "2820"),
  to({ words: ["iron", "ferric", "ferrous"] }, "282110"),
  to({ words: ["cobalt"] }, "282200"),
  to({ words: ["titanium"] }, "2823"),
  to({ words: ["lead"] }, "2824"),
  to({ words: ["lithium"] }, "282520"),
  to({ words: ["vanadium"] }, "282530"),
  to({ words: ["nickel"] }, "282540"),
  to({ words: ["copper", "cupric", "cuprous"] }, "282550"),
  to({ words: ["germanium", "zirconium"] }, "282560"),
  to({ words: ["molybdenum"] }, "282570"),
  to({ words: ["antimony"] }, "282580"),
  to({ words: ["silicon", "silica"] }, "281122"),
  to({ words: ["boron"] }, "281000"),
  to({ words: ["phosphorus"] }, "280910"),
  to({ words: ["carbon dioxide"] }, "281121"),
  to({ words: ["carbon monoxide", "nitrogen", "nitrous", "nitric", "sulfur", "sulphur", "arsenic", "selenium"] }, "281129"),
  to({ words: ["magnesium"] }, "2519"),
  to({ words: ["calcium"] }, "252210"),
  to({ words: ["barium", "strontium"] }, "281640"),
  to({ words: ["cerium", "lanthanum", "yttrium", "neodymium", "europium", "gadolinium", "rare earth", "scandium"] }, "2846"),
  to({ words: ["silver"] }, "2843"),
  to({ words: ["mercury"] }, "2852"),
];

const inorganic: LexiconEntry[] = [
  e("oxide|oxides|dioxide|trioxide|pentoxide|tetroxide|monoxide|sesquioxide|metal oxide|metallic oxide|peroxide|inorganic peroxide|iron oxide|ferric oxide|aluminium oxide|aluminum oxide|alumina|chromium oxide|manganese dioxide|cobalt oxide|lead oxide|litharge|red lead|nickel oxide|copper oxide|cupric oxide|cuprous oxide|antimony trioxide|vanadium pentoxide|molybdenum trioxide|zirconium dioxide|zirconia|germanium dioxide|tin oxide|bismuth oxide|tungsten oxide|magnesium oxide|calcium oxide|barium oxide|cerium oxide|yttrium oxide|lithium oxide|silicon dioxide|fumed silica|precipitated silica|colloidal silica|boron oxide|phosphorus pentoxide|sulfur dioxide|sulphur dioxide|carbon dioxide|nitrous oxide|silver oxide powder", "2825", {
    splits: [...OXIDE_SPLITS, to({ words: ["peroxide"] }, "282590")],
    note: "metal oxides by element: zinc 2817, aluminium 2818, chromium 2819, manganese 2820, iron 2821, cobalt 2822, titanium 2823, lead 2824, other metals 2825; oxides of non-metals 2811; magnesia 2519, quicklime 2522",
  }),
  e("hydroxide|hydroxides|aluminium hydroxide|aluminum hydroxide|magnesium hydroxide|calcium hydroxide|lithium hydroxide|nickel hydroxide|barium hydroxide|strontium hydroxide|ferric hydroxide|cobalt hydroxide|copper hydroxide|cupric hydroxide|inorganic base|hydrazine|hydroxylamine", "2825", {
    splits: [
      to({ words: ["hydrazine", "hydroxylamine"] }, "282510"),
      to({ words: ["sodium"] }, "281512"),
      to({ words: ["potassium"] }, "281520"),
      to({ words: ["magnesium"] }, "281610"),
      to({ words: ["calcium"] }, "252220"),
      to({ words: ["tetramethylammonium", "quaternary"] }, "292390"),
      to({ words: ["aluminium", "aluminum"] }, "281830"),
      to({ words: ["barium", "strontium"] }, "281640"),
      ...OXIDE_SPLITS.filter((s) => !["291010", "291020", "2921", "281122", "281000", "280910", "281121", "281129", "2519", "252210", "281820"].includes(s.subheading ?? s.heading ?? "")),
    ],
    note: "hydroxides by element (sodium/potassium 2815, magnesium/barium 2816, aluminium 281830, other metals 2825); hydrazine and hydroxylamine and their inorganic salts 282510",
  }),
  e("inorganic acid|mineral acid|hydrofluoric acid|hydrobromic acid|hydroiodic acid|perchloric acid|chlorosulfonic acid|sulfamic acid|sulphamic acid|polyphosphoric acid|hydrocyanic acid|oleum|fuming sulfuric acid|selenious acid|arsenic acid", "2811", {
    splits: [
      to({ words: ["hydrofluoric"] }, "281111"),
      to({ words: ["hydrocyanic"] }, "281112"),
      to({ words: ["oleum", "fuming"] }, "280700"),
      to({ words: ["polyphosphoric"] }, "280920"),
      to({ words: ["sulfamic", "sulphamic", "hydrobromic", "hydroiodic", "perchloric", "chlorosulfonic", "selenious", "arsenic acid"] }, "281119"),
    ],
    note: "other inorganic acids and inorganic oxygen compounds of non-metals → 2811 (HF 281111, HCN 281112, other 281119); sulphuric acid and oleum 280700; phosphoric acids 2809",
  }),
  e("chemical element|metalloid|non-metal element|elemental silicon|polysilicon|phosphorus|red phosphorus|yellow phosphorus|selenium|tellurium|arsenic|boron powder|elemental boron|sodium metal|calcium metal|lithium metal|rare earth metal|mercury metal|hydrogen gas|argon|helium|neon|xenon|krypton|oxygen gas|nitrogen gas|bromine|fluorine", "2804", {
    splits: [
      to({ words: ["bromine", "fluorine"] }, "2801"),
      to({ words: ["sodium", "calcium", "lithium", "rare earth", "alkali"] }, "2805"),
      to({ words: ["mercury"] }, "2805"),
      to({ words: ["hydrogen"] }, "280410"),
      to({ words: ["argon"] }, "280421"),
      to({ words: ["helium", "neon", "xenon", "krypton"] }, "280429"),
      to({ words: ["nitrogen"] }, "280430"),
      to({ words: ["oxygen"] }, "280440"),
      to({ words: ["boron", "tellurium"] }, "280450"),
      to({ words: ["silicon", "polysilicon"] }, "2804"),
      to({ words: ["phosphorus"] }, "280470"),
      to({ words: ["arsenic"] }, "280480"),
      to({ words: ["selenium"] }, "280490"),
    ],
    note: "hydrogen, rare gases and other non-metals → 2804 (silicon 28046x, phosphorus 280470, arsenic 280480, selenium 280490); alkali and alkaline-earth metals, rare-earth metals, mercury 2805; halogens 2801",
  }),
  e("halide|fluoride|fluorides|bifluoride|fluorosilicate|fluoroaluminate|cryolite|sodium fluoride|calcium fluoride|aluminium fluoride|ammonium fluoride|sodium fluorosilicate", "2826", {
    splits: [
      to({ words: ["aluminium", "aluminum"] }, "282612"),
      to({ words: ["fluorosilicate", "hexafluorosilicate"] }, "282690"),
      to({ words: ["cryolite", "fluoroaluminate"] }, "282630"),
      to({}, "282619"),
    ],
    note: "fluorides, fluorosilicates, fluoroaluminates and other complex fluorine salts → 2826",
  }),
  e("chloride|chlorides|oxychloride|chloride oxide|chloride hydroxide|ammonium chloride|magnesium chloride|aluminium chloride|aluminum chloride|polyaluminium chloride|polyaluminum chloride|pac coagulant|ferric chloride|ferrous chloride|iron chloride|nickel chloride|zinc chloride|cobalt chloride|copper chloride|cupric chloride|stannous chloride|tin chloride|barium chloride|lithium chloride|bromide|bromides|sodium bromide|potassium bromide|calcium bromide|iodide|iodides|potassium iodide|sodium iodide|iodate|potassium iodate|thionyl chloride|phosphorus trichloride|phosphorus oxychloride|phosphorus pentachloride|sulfuryl chloride|phosgene|silicon tetrachloride|titanium tetrachloride", "2827", {
    splits: [
      to({ words: ["polyvinyl", "vinylidene"] }, "3904"),
      to({ words: ["vinyl", "methylene", "methyl", "ethyl", "benzyl", "allyl", "chloroethyl"] }, "2903"),
      to({ words: ["acetyl", "acyl", "chloroacetyl", "propionyl"] }, "2915"),
      to({ words: ["benzoyl", "acryloyl", "methacryloyl"] }, "2916"),
      to({ words: ["sulfonyl", "sulphonyl"] }, "2904"),
      to({ words: ["benzalkonium", "cetrimonium", "quaternary", "trimethylammonium", "choline"] }, "2923"),
      ...later("2921").filter((s) => s.heading !== "2921"),
      to({ words: ["phosgene", "carbonyl"] }, "281211"),
      to({ words: ["phosphorus oxychloride"] }, "281212"),
      to({ words: ["phosphorus trichloride"] }, "281213"),
      to({ words: ["phosphorus pentachloride"] }, "281214"),
      to({ words: ["thionyl"] }, "281217"),
      to({ words: ["sulfuryl", "sulphuryl", "silicon tetrachloride"] }, "281219"),
      to({ words: ["titanium tetrachloride"] }, "282739"),
      to({ words: ["iodate"] }, "282990"),
      // Sodium chloride (salt, pure or not) is heading 2501, not a chloride of 2827.
      to({ words: ["sodium chloride"] }, "250100"),
      to({ words: ["sodium"] }, "2827"),
      to({ words: ["potassium"] }, "3104"),
      to({ words: ["ammonium"] }, "282710"),
      to({ words: ["calcium"] }, "282720"),
      to({ words: ["magnesium"] }, "282731"),
      to({ words: ["polyaluminium", "polyaluminum", "pac coagulant", "oxychloride", "hydroxide"] }, "282749"),
      to({ words: ["aluminium", "aluminum"] }, "282732"),
      to({ words: ["nickel"] }, "282735"),
      to({ words: ["bromide", "bromides"] }, "282759"),
      to({ words: ["iodide", "iodides"] }, "282760"),
      to({}, "282739"),
    ],
    note: "chlorides, chloride oxides and hydroxides, bromides, iodides → 2827 (ammonium 282710, calcium 282720, magnesium 282731, aluminium 282732, nickel 282735, other 282739); non-metal halides 2812; potassium chloride 3104; organic chlorides (vinyl, methylene) 2903, acyl chlorides 2915/2916",
  }),
  e("hypochlorite|chlorite|sodium chlorite|hypobromite", "2828", {
    splits: [to({ words: ["calcium"] }, "282810")], note: "hypochlorites, commercial calcium hypochlorite, chlorites, hypobromites → 2828 (calcium hypochlorite 282810, other 282890)",
  }),
  e("chlorate|sodium chlorate|potassium chlorate|perchlorate|ammonium perchlorate|bromate|perbromate", "2829", {
    splits: [to({ words: ["sodium chlorate"] }, "282911"), to({ words: ["perchlorate", "bromate", "perbromate"] }, "282990"), to({}, "282919")],
    note: "chlorates and perchlorates, bromates, iodates, periodates → 2829",
  }),
  e("sulfide|sulphide|sulfides|sulphides|polysulfide|polysulphide|sodium sulfide|sodium sulphide|sodium hydrosulfide|zinc sulfide|molybdenum disulfide|iron sulfide", "2830", {
    splits: [
      to({ words: ["dimethyl", "diethyl", "diphenyl", "dialkyl", "thiuram", "allyl", "organic"] }, "2930"),
      to({ words: ["sodium"] }, "283010"),
      to({ words: ["zinc"] }, "320642"),
      to({ words: ["molybdenum"] }, "2613"),
      to({}, "283090"),
    ],
    note: "inorganic sulphides and polysulphides → 2830 (sodium 283010, other 283090); organic sulphides 2930; natural molybdenite 2613",
  }),
  e("dithionite|sodium dithionite|hydrosulfite|sodium hydrosulfite|sulfoxylate|sulphoxylate", "2831", { note: "dithionites and sulphoxylates → 2831" }),
  e("sulfite|sulphite|sulfites|bisulfite|metabisulfite|sodium metabisulfite|sodium sulfite|sodium bisulfite|thiosulfate|thiosulphate|sodium thiosulfate|ammonium thiosulfate", "2832", {
    splits: [to({ words: ["thiosulfate", "thiosulphate"] }, "283230"), to({ words: ["sodium"] }, "283210"), to({}, "283220")],
    note: "sulphites (sodium 283210, other 283220) and thiosulphates 283230",
  }),
  e("sulfate|sulphate|sulfates|sulphates|sodium sulfate|sodium sulphate|glauber salt|aluminium sulfate|aluminum sulfate|nickel sulfate|ferrous sulfate|iron sulfate|zinc sulfate|manganese sulfate|cobalt sulfate|barium sulfate|calcium sulfate|sodium bisulfate|persulfate|persulphate|sodium persulfate|ammonium persulfate|potassium persulfate|peroxosulfate|potassium alum|ammonium alum|sodium lauryl sulfate|sodium laureth sulfate|sodium lauryl ether sulfate", "2833", {
    splits: [
      to({ words: ["lauryl", "laureth", "alkyl", "ether sulfate"] }, "340239"),
      to({ words: ["dimethyl", "diethyl"] }, "2920"),
      to({ words: ["hydrazine", "hydroxylamine"] }, "282510"),
      ...later("2920").filter((s) => s.heading !== "2921"),
      to({ words: ["amine", "amino"] }, "2921"),
      to({ words: ["persulfate", "persulphate", "peroxosulfate"] }, "283340"),
      to({ words: ["alum", "alums"] }, "283330"),
      to({ words: ["potassium"] }, "310430"),
      to({ words: ["ammonium"] }, "310221"),
      to({ words: ["disodium", "sodium"] }, "283311"),
      to({ words: ["magnesium"] }, "283321"),
      to({ words: ["aluminium", "aluminum"] }, "283322"),
      to({ words: ["nickel"] }, "283324"),
      to({ words: ["copper"] }, "283325"),
      to({ words: ["barium"] }, "283327"),
      to({}, "283329"),
    ],
    note: "sulphates, alums, peroxosulphates → 2833 (sodium 28331x, magnesium 283321, aluminium 283322, nickel 283324, copper 283325, barium 283327, other 283329); potassium/ammonium sulphate fertilisers 3104/3102; hydrazine sulphate 282510; alkyl sulphate surfactants 3402",
  }),
  e("nitrite|nitrites|sodium nitrite|potassium nitrite|nitrate|nitrates|potassium nitrate|sodium nitrate|calcium nitrate|silver nitrate|magnesium nitrate|cobalt nitrate|nickel nitrate|strontium nitrate|barium nitrate|bismuth nitrate|zinc nitrate|cerium nitrate", "2834", {
    splits: [
      to({ words: ["silver"] }, "284321"),
      to({ words: ["cerium", "lanthanum", "yttrium", "rare earth"] }, "2846"),
      to({ words: ["nitrite", "nitrites"] }, "283410"),
      to({ words: ["sodium nitrate"] }, "310250"),
      to({ words: ["potassium"] }, "283421"),
      to({ words: ["ester", "cellulose", "glyceryl", "isosorbide"] }, "2920"),
      to({}, "283429"),
    ],
    note: "nitrites 283410 and nitrates 28342x (potassium 283421, other 283429); sodium nitrate fertiliser 310250; silver nitrate 284321",
  }),
  e("phosphate|phosphates|orthophosphate|polyphosphate|pyrophosphate|metaphosphate|tripolyphosphate|sodium tripolyphosphate|stpp|sodium hexametaphosphate|monosodium phosphate|disodium phosphate|trisodium phosphate|dicalcium phosphate|tricalcium phosphate|monocalcium phosphate|calcium phosphate|potassium phosphate|monopotassium phosphate|dipotassium phosphate|phosphinate|hypophosphite|sodium hypophosphite|phosphite salt|zinc phosphate|aluminium phosphate|iron phosphate|lithium iron phosphate|diammonium phosphate|monoammonium phosphate|ammonium phosphate", "2835", {
    splits: [
      to({ words: ["ester", "triphenyl", "tributyl", "tricresyl", "trioctyl", "organophosphate", "glycerophosphate"] }, "2919"),
      ...later("2920").filter((s) => s.heading !== "2921"),
      to({ words: ["diammonium"] }, "310530"),
      to({ words: ["monoammonium"] }, "310540"),
      to({ words: ["ammonium"] }, "310540"),
      to({ words: ["phosphinate", "hypophosphite", "phosphite"] }, "283510"),
      to({ words: ["tripolyphosphate", "stpp", "triphosphate"] }, "283531"),
      to({ words: ["polyphosphate", "hexametaphosphate", "pyrophosphate", "metaphosphate"] }, "283539"),
      to({ words: ["monosodium", "disodium"] }, "283522"),
      to({ words: ["potassium", "monopotassium", "dipotassium"] }, "283524"),
      to({ words: ["dicalcium", "calcium hydrogen"] }, "283525"),
      to({ words: ["calcium", "tricalcium", "monocalcium"] }, "283526"),
      to({}, "283529"),
    ],
    note: "phosphinates, phosphonates (phosphites), phosphates and polyphosphates → 2835 (sodium 283522, potassium 283524, calcium 28352x, triphosphate 283531, other polyphosphates 283539); ammonium phosphates fertilisers 3105; phosphoric esters 2919",
  }),
  e("carbonate|carbonates|bicarbonate|hydrogencarbonate|percarbonate|sodium percarbonate|potassium carbonate|potassium bicarbonate|calcium carbonate|precipitated calcium carbonate|barium carbonate|strontium carbonate|magnesium carbonate|ammonium carbonate|ammonium bicarbonate|cobalt carbonate|nickel carbonate|zinc carbonate|manganese carbonate|copper carbonate|basic copper carbonate|cerium carbonate", "2836", {
    splits: [
      to({ words: ["dimethyl", "diethyl", "ethylene", "propylene", "diphenyl", "ester"] }, "2920"),
      to({ words: ["polycarbonate"] }, "390740"),
      to({ words: ["percarbonate"] }, "283699"),
      to({ words: ["cerium", "lanthanum", "rare earth"] }, "2846"),
      to({ words: ["sodium bicarbonate", "sodium hydrogencarbonate"] }, "283630"),
      to({ words: ["ammonium"] }, "283699"),
      to({ words: ["potassium"] }, "283640"),
      to({ words: ["calcium"] }, "283650"),
      to({ words: ["barium"] }, "283660"),
      to({ words: ["lithium"] }, "283691"),
      to({ words: ["strontium"] }, "283692"),
      to({ words: ["disodium", "sodium"] }, "283620"),
      to({}, "283699"),
    ],
    note: "carbonates, peroxocarbonates, commercial ammonium carbonate → 2836 (disodium 283620, bicarbonate 283630, potassium 283640, calcium 283650, barium 283660, lithium 283691, strontium 283692, other 283699); organic carbonates 2920",
  }),
  e("cyanide|cyanides|sodium cyanide|potassium cyanide|ferrocyanide|ferricyanide|cyanide oxide|complex cyanide|prussian blue", "2837", {
    splits: [to({ words: ["prussian blue"] }, "320649"), to({ words: ["organic", "benzyl", "alkyl"] }, "2926"), to({ words: ["sodium"] }, "283711"), to({ words: ["ferrocyanide", "ferricyanide", "complex"] }, "283720"), to({}, "283719")],
    note: "cyanides, cyanide oxides and complex cyanides → 2837 (sodium cyanide 283711, other 283719, complex 283720); organic cyanides (nitriles) 2926",
  }),
  e("silicate|silicates|metasilicate|sodium metasilicate|potassium silicate|calcium silicate|magnesium silicate|aluminosilicate|zeolite|synthetic zeolite|molecular sieve", "2839", {
    splits: [
      to({ words: ["zeolite", "molecular sieve", "aluminosilicate"] }, "284290"),
      to({ words: ["metasilicate"] }, "283911"),
      to({ words: ["sodium"] }, "283919"),
      to({}, "283990"),
    ],
    note: "silicates, commercial alkali silicates → 2839 (sodium metasilicate 283911, other sodium 283919, other 283990); aluminosilicates (synthetic zeolites) 2842",
  }),
  e("borate|borates|perborate|sodium perborate|disodium tetraborate|sodium tetraborate|anhydrous borax|zinc borate|calcium borate", "2840", {
    splits: [to({ words: ["perborate"] }, "284030"), to({ words: ["anhydrous"] }, "284011"), to({ words: ["tetraborate"] }, "284019"), to({}, "284020")],
    note: "borates and peroxoborates → 2840 (disodium tetraborate 28401x, other borates 284020, perborates 284030); natural borax 2528",
  }),
  e("chromate|dichromate|sodium dichromate|potassium dichromate|zinc chromate|manganate|molybdate|ammonium molybdate|sodium molybdate|tungstate|sodium tungstate|ammonium paratungstate|aluminate|sodium aluminate|titanate|barium titanate|lithium titanate|vanadate|ammonium metavanadate|zincate|stannate|ferrite powder|oxometallic salt|peroxometallic salt|lithium cobalt oxide|lithium manganese oxide", "2841", {
    splits: [
      to({ words: ["aluminate"] }, "284190"),
      to({ words: ["sodium dichromate"] }, "284130"),
      to({ words: ["chromate", "dichromate"] }, "284150"),
      to({ words: ["manganate", "manganese"] }, "284169"),
      to({ words: ["molybdate"] }, "284170"),
      to({ words: ["tungstate", "paratungstate"] }, "284180"),
      to({}, "284190"),
    ],
    note: "salts of oxometallic or peroxometallic acids → 2841 (aluminates 284110, chromates 28413x–284150, manganites/manganates 28416x, molybdates 284170, tungstates 284180, other incl. titanates, vanadates, lithium cobalt oxide 284190)",
  }),
  e("inorganic salt|inorganic salts|double salt|complex salt|inorganic compound|inorganic chemical|inorganic chemicals|thiocyanate|ammonium thiocyanate|sodium thiocyanate|selenate|selenide|azide|sodium azide|fulminate|cyanate|silver compound|gold compound|precious metal compound|colloidal precious metal|platinum compound|palladium chloride|radioactive isotope|isotope|stable isotope|deuterium|heavy water|cerium compound|rare earth compound|carbide|calcium carbide|silicon carbide|boron carbide|tungsten carbide powder|hydride|nitride|boron nitride|silicon nitride|aluminium nitride|phosphide|aluminium phosphide|silicide|boride", "2842", {
    splits: [
      to({ words: ["silver", "gold", "platinum", "palladium", "rhodium", "precious"] }, "2843"),
      to({ words: ["radioactive"] }, "2844"),
      to({ words: ["isotope", "deuterium", "heavy water"] }, "2845"),
      to({ words: ["cerium", "rare earth"] }, "2846"),
      to({ words: ["calcium carbide"] }, "284910"),
      to({ words: ["silicon carbide"] }, "284920"),
      to({ words: ["carbide"] }, "284990"),
      to({ words: ["hydride", "nitride", "azide", "silicide", "boride"] }, "2850"),
      to({ words: ["phosphide"] }, "285390"),
      to({}, "284290"),
    ],
    note: "other salts of inorganic acids 2842; precious-metal compounds 2843; isotopes 2845; rare-earth compounds 2846; carbides 2849; hydrides, nitrides, azides, silicides, borides 2850; other inorganic compounds 2853",
  }),
];

const colouring: LexiconEntry[] = [
  e("azo dye|azo dyes|disperse dye|disperse dyes|acid dye|acid dyes|mordant dye|basic dye|basic dyes|direct dye|direct dyes|vat dye|vat dyes|reactive dye|reactive dyes|sulfur dye|sulphur dye|solvent dye|solvent dyes|synthetic dye|synthetic organic dye|organic dye|food dye|organic pigment|organic pigments|pigment red|pigment yellow|pigment blue|pigment green|pigment violet|pigment orange|pigment brown|phthalocyanine pigment|phthalocyanine blue|quinacridone|disperse red|disperse blue|disperse yellow|acid red|acid blue|acid black|reactive red|reactive blue|reactive black|direct red|direct black|solvent red|solvent yellow|vat blue|optical brightener|optical brighteners|fluorescent brightener|fluorescent whitening agent|colouring matter|coloring matter|colorant|colourant|carotenoid colorant|beta carotene|lutein colorant|indigo dye|synthetic indigo", "3204", {
    splits: [
      to({ words: ["disperse"] }, "320411"),
      to({ words: ["acid dye", "acid dyes", "acid red", "acid blue", "acid black", "mordant"] }, "320412"),
      to({ words: ["basic dye", "basic dyes"] }, "320413"),
      to({ words: ["direct dye", "direct dyes", "direct red", "direct black"] }, "320414"),
      to({ words: ["vat", "indigo"] }, "320415"),
      to({ words: ["reactive"] }, "320416"),
      to({ words: ["pigment", "pigments", "phthalocyanine", "quinacridone"] }, "320417"),
      to({ words: ["carotene", "carotenoid", "lutein"] }, "320418"),
      to({ words: ["optical", "brightener", "brighteners", "whitening"] }, "320420"),
      to({ words: ["solvent", "sulfur dye", "sulphur dye"] }, "320419"),
      to({}, "320419"),
    ],
    note: "synthetic organic colouring matter and preparations based thereon → 3204 (disperse 320411, acid/mordant 320412, basic 320413, direct 320414, vat 320415, reactive 320416, pigments 320417, carotenoids 320418, other 320419, optical brighteners 320420)",
  }),
  e("natural dye|vegetable dye|plant dye|natural colorant|annatto|cochineal|carmine|logwood extract|chlorophyll colorant|tanning extract|tannin|tannic acid|quebracho extract|mimosa extract", "3203", {
    splits: [
      to({ words: ["tanning extract", "quebracho", "mimosa"] }, "3201"),
      to({ words: ["tannin", "tannic"] }, "320190"),
    ],
    note: "colouring matter of vegetable or animal origin → 320300; tanning extracts and tannins 3201",
  }),
  e("colour lake|color lake|lake pigment|aluminium lake|aluminum lake", "320500", { note: "colour lakes and preparations based on them → 320500" }),
  e("inorganic pigment|inorganic pigments|titanium dioxide pigment|rutile pigment|anatase pigment|iron oxide pigment|iron oxide red|iron oxide yellow|iron oxide black|chrome yellow|chromium pigment|ultramarine|ultramarine blue|lithopone|cadmium pigment|luminophore|phosphorescent pigment|glow pigment|pearlescent pigment|effect pigment|pigment preparation|pigment paste|pigment dispersion|colour concentrate|color concentrate|carbon black|lamp black", "3206", {
    splits: [
      to({ words: ["carbon black", "lamp black"] }, "280300"),
      to({ words: ["iron oxide"] }, "282110"),
      to({ words: ["titanium", "rutile", "anatase"] }, "320611"),
      to({ words: ["chrome", "chromium"] }, "320620"),
      to({ words: ["ultramarine"] }, "320641"),
      to({ words: ["lithopone"] }, "320642"),
      to({ words: ["luminophore", "phosphorescent", "glow"] }, "320650"),
      to({}, "320649"),
    ],
    note: "other colouring matter and pigments → 3206 (TiO2 pigments 32061x, chromium 320620, ultramarine 320641, lithopone 320642, other 320649, luminophores 320650); carbon black 2803; iron oxides 2821",
  }),
];

export const CHEMISTRY: LexiconEntry[] = [...organic, ...inorganic, ...colouring];
