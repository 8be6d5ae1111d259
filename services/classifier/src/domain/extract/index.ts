/**
 * Extraction stage of the classifier: product fields → `ExtractedAttributes`.
 */
export { cleanProductName, normalizeText, stripNoise, withoutPacking, isModelCode, words, NEVER_BRAND_WORDS, type CleanNameHints } from "./normalize.js";
export {
  extractMaterials,
  parseComposition,
  parseCompositionParts,
  scanMaterials,
  scanMaterialTokens,
  lookupMaterial,
  isMaterialId,
  isTextileProduct,
  materialVocabulary,
  MATERIAL_VOCABULARY_SIZE,
  type CompositionPart,
  type MaterialHit,
  type ScanOptions,
  type ScanMode,
} from "./materials.js";
export { extractAttributes, parseConstruction, parseGender, parseAge, parsePowerSource, PROCESSES } from "./attributes.js";
export {
  parseWeightKg,
  parseGsm,
  parsePowerW,
  parseVoltageV,
  parseDimensions,
  parseLengthCm,
  parsePieces,
  type Dimensions,
  type WeightOptions,
} from "./measures.js";
export { toUsd, currencyCode, USD_PER_UNIT } from "./currency.js";
