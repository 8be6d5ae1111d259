/**
 * The product-term lexicon: product nouns and phrases → HS headings, with the conditions (material,
 * construction, gender, use, ...) that split them into subheadings. One file per HS section or group
 * of chapters; `LEXICON` combines them. See `match.ts` for phrase matching and `resolve.ts` for splits.
 */
import type { LexiconEntry } from "../types.js";
import { TEXTILES } from "./textiles.js";
import { FOOTWEAR_HEADGEAR } from "./footwear-headgear.js";
import { JEWELLERY } from "./jewellery.js";
import { LEATHER_WOOD_PAPER } from "./leather-wood-paper.js";
import { METALS } from "./metals.js";
import { MACHINERY } from "./machinery.js";
import { ELECTRICAL } from "./electrical.js";
import { VEHICLES } from "./vehicles.js";
import { INSTRUMENTS } from "./instruments.js";
import { FURNITURE_TOYS_MISC } from "./furniture-toys-misc.js";
import { FOOD } from "./food.js";
import { CHEMICALS_PLASTICS_RUBBER } from "./chemicals-plastics-rubber.js";
import { STONE_GLASS_CERAMICS } from "./stone-glass-ceramics.js";
import { CHEMISTRY } from "./chemistry.js";
import { ARTICLES_BY_MATERIAL } from "./articles-by-material.js";
import { BASE_METAL_ARTICLES } from "./base-metal-articles.js";
import { PLASTICS_ARTICLES } from "./plastics-articles.js";
import { HOME_LEISURE } from "./home-leisure.js";
import { FOOD_PRODUCE } from "./food-produce.js";
import { PAPER_WOOD_STONE_GLASS } from "./paper-wood-stone-glass.js";
import { MACHINES_BY_INDUSTRY } from "./machines-by-industry.js";
import { ELECTRONICS } from "./electronics.js";
import { INSTRUMENTS_MORE } from "./instruments-more.js";
import { TRANSPORT } from "./transport.js";
import { MACHINE_PART_TERMS } from "./machine-parts.js";
import { MARKETPLACE } from "./marketplace.js";

export { buildLexiconIndex, termKey, termVariants, FIELD_WEIGHT } from "./match.js";
export type { LexiconIndex, LexiconMatch, MatchField } from "./match.js";
export { resolveSplit, conditionMatches, materialMatches, prepareSplits } from "./resolve.js";
export type { SplitResolution } from "./resolve.js";
export { AMBIGUOUS_TERMS } from "./ambiguity.js";
export { hypernymFallback, loadWordNet, wordNetStats, wordNetDir, NOT_GOODS } from "./wordnet.js";
export type { WordNetStats } from "./wordnet.js";

/** Lexicon parts by file, for reporting and tests. */
export const LEXICON_PARTS: Record<string, readonly LexiconEntry[]> = {
  textiles: TEXTILES,
  "footwear-headgear": FOOTWEAR_HEADGEAR,
  jewellery: JEWELLERY,
  "leather-wood-paper": LEATHER_WOOD_PAPER,
  metals: METALS,
  machinery: MACHINERY,
  electrical: ELECTRICAL,
  vehicles: VEHICLES,
  instruments: INSTRUMENTS,
  "furniture-toys-misc": FURNITURE_TOYS_MISC,
  food: FOOD,
  "chemicals-plastics-rubber": CHEMICALS_PLASTICS_RUBBER,
  "stone-glass-ceramics": STONE_GLASS_CERAMICS,
  chemistry: CHEMISTRY,
  "articles-by-material": ARTICLES_BY_MATERIAL,
  "base-metal-articles": BASE_METAL_ARTICLES,
  "plastics-articles": PLASTICS_ARTICLES,
  "home-leisure": HOME_LEISURE,
  "food-produce": FOOD_PRODUCE,
  "paper-wood-stone-glass": PAPER_WOOD_STONE_GLASS,
  "machines-by-industry": MACHINES_BY_INDUSTRY,
  electronics: ELECTRONICS,
  "instruments-more": INSTRUMENTS_MORE,
  transport: TRANSPORT,
  "machine-parts": MACHINE_PART_TERMS,
  marketplace: MARKETPLACE,
};

/** All lexicon entries. */
export const LEXICON: readonly LexiconEntry[] = Object.values(LEXICON_PARTS).flat();
