/** National line choice under an HS6 (US HTSUS 10-digit, EU CN/TARIC 10-digit) by GRI 6. */
export { chooseNationalLine, cleanDescription, isResidualLine, valueThreshold, weightThreshold } from "./choose.js";
export { buildNationalSubtree } from "./subtree.js";
export type { DecisiveAttribute, NationalChoice, NationalLevel, NationalLine, ScheduleRow } from "./types.js";
export { referencedCodes } from "./refs.js";
