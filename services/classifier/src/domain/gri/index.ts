/**
 * GRI and legal notes as executable rules over ranked candidates.
 *
 *   const { candidates, applied } = applyRules(candidates, attrs);
 *
 * Rules run in legal order: GRI 1 and 2(a), then the section and chapter notes that move goods between headings
 * and subheadings (Section XI, XIV/XV, XVI, XVII, chapters 39/40, 42, 64, 94, 95), then GRI 3 (a)-(c) between the
 * headings still competing, then GRI 6 inside the leading heading. Each rule records an {@link AppliedRule} only
 * when it changed or decided something. Duplicated codes are merged first; probabilities, when all candidates
 * carry one, are re-spread over the new scores keeping their total.
 */
import type { AppliedRule, Candidate, ExtractedAttributes } from "../types.js";
import { GOODS_RULES, ch30BulkDrugs, ch35Adhesives, ch35RetailAdhesives, ch87MotorcycleParts, ch39PrimaryForms, ch39vs40, ch42Containers, ch64Footwear, ch23PetFood, ch61CoatedGloves, ch68WorkedStone, ch70Glassware, ch94Furniture, ch94Seats, ch95Exclusions, ch95Headings } from "./goods-rules.js";
import { gri1, gri2a, gri3a, gri3b, gri3c, gri6 } from "./gri-rules.js";
import { MACHINERY_RULES, xviMachineParts, xviiTrailerParts, xviiVehicleParts } from "./machinery-rules.js";
import { METAL_RULES, ch71Jewellery, xvArticlesByMetal, xvGeneralUseParts } from "./metal-rules.js";
import { runRules, type GriRule } from "./rule.js";
import { TEXTILE_RULES, xiBabiesGarments, xiCoatedFabricGarments, xiFibreNotStated, xiFibreSubheading, xiGarmentGender, xiKnittedOrWoven } from "./textile-rules.js";

/** All rules, in the order they run. */
export const RULES: readonly GriRule[] = [
  gri1,
  gri2a,
  ch95Exclusions,
  xvGeneralUseParts,
  xviMachineParts,
  xviiVehicleParts,
  xviiTrailerParts,
  ch87MotorcycleParts,
  xiKnittedOrWoven,
  xiCoatedFabricGarments,
  xiBabiesGarments,
  xiGarmentGender,
  xiFibreSubheading,
  xiFibreNotStated,
  ch64Footwear,
  ch42Containers,
  ch71Jewellery,
  ch39vs40,
  ch61CoatedGloves,
  ch35Adhesives,
  ch35RetailAdhesives,
  ch30BulkDrugs,
  ch39PrimaryForms,
  xvArticlesByMetal,
  ch94Seats,
  ch94Furniture,
  ch70Glassware,
  ch68WorkedStone,
  ch23PetFood,
  ch95Headings,
  gri3a,
  gri3b,
  gri3c,
  gri6,
];

/**
 * Applies the GRI and legal-note rules to candidates. Pure: the inputs are not modified. Returns the candidates,
 * re-ranked (highest score first), and the rules applied with their legal reason, in the order applied.
 */
export function applyRules(
  candidates: Candidate[],
  attrs: ExtractedAttributes,
  rules: readonly GriRule[] = RULES,
): { candidates: Candidate[]; applied: AppliedRule[] } {
  return runRules(rules, candidates, attrs);
}

export { gri1, gri2a, gri3a, gri3b, gri3c, gri6, EQUAL_TOLERANCE, RESIDUAL_HEADINGS, oneDashKey } from "./gri-rules.js";
export {
  xiKnittedOrWoven, xiCoatedFabricGarments, xiBabiesGarments, xiGarmentGender, xiFibreSubheading, xiFibreNotStated, garmentSetNote14, garmentSide, isTextileGarment,
} from "./textile-rules.js";
export { ch71Jewellery, xvGeneralUseParts, xvArticlesByMetal, preciousMetalStatus, genuineStones } from "./metal-rules.js";
export { xviMachineParts, xviiVehicleParts, xviiTrailerParts, MACHINE_PARTS, isMachinePartsCode } from "./machinery-rules.js";
export { ch30BulkDrugs, ch95Exclusions, ch95Headings, ch95Heading, ch64Footwear, footwearMaterials, ch42Containers, ch39vs40, ch35Adhesives, ch35RetailAdhesives, ch87MotorcycleParts, ch39PrimaryForms, ch94Furniture, ch70Glassware, ch68WorkedStone, ch23PetFood, ch61CoatedGloves, ch94Seats } from "./goods-rules.js";
export { subheadingForMaterial, pickByMaterial, materialLevelOf, resolveLevel, builtInSubheadings, type SubheadingText } from "./subheading.js";
export {
  predominantTextile, productClasses, materialSpecOf, specFit, classesOf, shareOf, imitationLeather,
  type MaterialClass, type MaterialSpec, type PredominantTextile,
} from "./materials.js";
export { applyEffect, runRules, mergeDuplicates, EffectBuilder, type GriRule } from "./rule.js";
export { GOODS_RULES, MACHINERY_RULES, METAL_RULES, TEXTILE_RULES };
