/**
 * Picking the material subheading of a heading: "of cotton" / "of synthetic fibres" / "of wool or fine animal
 * hair" / "of textile materials (other than …)" for garments (Section XI note 2, subheading note 2), "with outer
 * surface of leather" / "of plastics or of textile materials" / other for heading 4202 (ch. 42 additional note 1).
 *
 * Subheadings are compared at the same level (GRI 6): a two-dash code is chosen among the two-dash codes of its
 * one-dash group (6104.61/.62/.63/.69 under "trousers"), a one-dash code among the one-dash codes of its heading.
 * A one-dash group split only by wool / fine animal hair (6110.11/.12/.19) counts as one "of wool or fine animal
 * hair" node at the one-dash level.
 */
import type { ExtractedAttributes } from "../types.js";
import { TEXTILE_SUBHEADINGS } from "./hs-textile-subheadings.js";
import { materialSpecOf, productClasses, specFit, type MaterialClass, type MaterialSpec } from "./materials.js";
import { digits } from "./rule.js";

export interface SubheadingText {
  code: string;
  description: string;
}

/** Heading 4202 subheadings (HS 2022 wording; "Other" where the HS says "Other"). */
const CONTAINERS_4202: SubheadingText[] = [
  ["420211", "Trunks, suitcases, vanity-cases, executive-cases, briefcases, school satchels and similar containers: with outer surface of leather or of composition leather"],
  ["420212", "Trunks, suitcases, vanity-cases, executive-cases, briefcases, school satchels and similar containers: with outer surface of plastics or of textile materials"],
  ["420219", "Trunks, suitcases, vanity-cases, executive-cases, briefcases, school satchels and similar containers: other"],
  ["420221", "Handbags, whether or not with shoulder strap, including those without handle: with outer surface of leather or of composition leather"],
  ["420222", "Handbags, whether or not with shoulder strap, including those without handle: with outer surface of sheeting of plastics or of textile materials"],
  ["420229", "Handbags, whether or not with shoulder strap, including those without handle: other"],
  ["420231", "Articles of a kind normally carried in the pocket or in the handbag: with outer surface of leather or of composition leather"],
  ["420232", "Articles of a kind normally carried in the pocket or in the handbag: with outer surface of sheeting of plastics or of textile materials"],
  ["420239", "Articles of a kind normally carried in the pocket or in the handbag: other"],
  ["420291", "Other: with outer surface of leather or of composition leather"],
  ["420292", "Other: with outer surface of sheeting of plastics or of textile materials"],
  ["420299", "Other: other"],
].map(([code, description]) => ({ code: code!, description: description! }));

const BUILT_IN = new Map<string, SubheadingText[]>();
for (const [code, description] of TEXTILE_SUBHEADINGS) {
  const h = code.slice(0, 4);
  if (!BUILT_IN.has(h)) BUILT_IN.set(h, []);
  BUILT_IN.get(h)!.push({ code, description });
}
BUILT_IN.set("4202", CONTAINERS_4202);

/** Built-in subheadings of a heading (chapters 61, 62, 63 and heading 4202), or undefined. */
export function builtInSubheadings(heading: string): SubheadingText[] | undefined {
  return BUILT_IN.get(heading);
}

/** The part of a description that is about material: 4202 texts after ":" ("… containers: other"). */
function materialPart(description: string): string {
  const i = description.lastIndexOf(":");
  return i >= 0 ? description.slice(i + 1) : description;
}

interface LevelNode {
  /** A 6-digit code, or a 5-digit one-dash group whose members are two-dash codes. */
  key: string;
  codes: string[];
  spec?: MaterialSpec;
}

const WOOL_FAMILY: MaterialClass[] = ["wool", "fine_animal_hair", "cashmere"];

function specOfCode(entries: SubheadingText[], code: string): MaterialSpec | undefined {
  const e = entries.find((x) => x.code === code);
  return e ? materialSpecOf(materialPart(e.description)) : undefined;
}

const WOOL_GROUPS = new WeakMap<SubheadingText[], Map<string, boolean>>();

/** True when a 5-digit group is split only by wool / fine animal hair (so it is "of wool" at the one-dash level). */
function isWoolGroup(entries: SubheadingText[], group: string): boolean {
  let byGroup = WOOL_GROUPS.get(entries);
  if (!byGroup) WOOL_GROUPS.set(entries, (byGroup = new Map()));
  let v = byGroup.get(group);
  if (v === undefined) byGroup.set(group, (v = isWoolGroupUncached(entries, group)));
  return v;
}

function isWoolGroupUncached(entries: SubheadingText[], group: string): boolean {
  const members = entries.filter((e) => e.code.startsWith(group));
  if (members.length === 0) return false;
  return members.every((m) => {
    const s = specOfCode(entries, m.code);
    return s !== undefined && s.includes.length > 0 && s.includes.every((c) => WOOL_FAMILY.includes(c));
  });
}

/** Levels of a subheading list, per list and key: the lists are the built-in tables or a heading's own, read often. */
const LEVELS = new WeakMap<SubheadingText[], Map<string, readonly LevelNode[]>>();

/** The nodes of a level (see {@link levelNodesUncached}); shared, not to be changed. */
function levelNodes(entries: SubheadingText[], key: string): readonly LevelNode[] {
  let byKey = LEVELS.get(entries);
  if (!byKey) LEVELS.set(entries, (byKey = new Map()));
  let nodes = byKey.get(key);
  if (!nodes) byKey.set(key, (nodes = levelNodesUncached(entries, key)));
  return nodes;
}

function levelNodesUncached(entries: SubheadingText[], key: string): LevelNode[] {
  if (key.length >= 6) return [{ key, codes: [key], spec: specOfCode(entries, key) }];
  if (key.length === 5) {
    return entries.filter((e) => e.code.startsWith(key)).map((e) => ({ key: e.code, codes: [e.code], spec: specOfCode(entries, e.code) }));
  }
  // One-dash level of a heading: one-dash codes (6th digit 0) and two-dash groups (5 digits).
  const nodes: LevelNode[] = [];
  for (const e of entries.filter((x) => x.code.startsWith(key))) {
    if (e.code[5] === "0") nodes.push({ key: e.code, codes: [e.code], spec: specOfCode(entries, e.code) });
    else {
      const g = e.code.slice(0, 5);
      const node = nodes.find((n) => n.key === g);
      if (node) node.codes.push(e.code);
      else nodes.push({ key: g, codes: [e.code] });
    }
  }
  for (const n of nodes) {
    if (n.key.length === 5 && isWoolGroup(entries, n.key)) n.spec = { includes: [...WOOL_FAMILY], excludes: [], residual: false };
  }
  return nodes;
}

/** The level a code is compared at: its one-dash group for two-dash codes, else its heading. */
export function materialLevelOf(hs6: string, entries?: SubheadingText[]): string {
  const code = digits(hs6);
  const list = entries ?? builtInSubheadings(code.slice(0, 4)) ?? [];
  if (code.length >= 6 && code[5] !== "0") {
    const g = code.slice(0, 5);
    return isWoolGroup(list, g) ? code.slice(0, 4) : g;
  }
  return code.slice(0, 4);
}

function bestNode(nodes: readonly LevelNode[], classes: MaterialClass[], attrs: ExtractedAttributes): LevelNode | undefined {
  const withSpec = nodes.filter((n) => n.spec);
  // A level is split by material only when at least one line names a material and another line can compare.
  if (withSpec.length < 2 || !withSpec.some((n) => n.spec!.includes.length > 0)) return undefined;
  // Goods known only as "textile": a line naming textiles in general fits, a fibre line or a residual cannot be told.
  if (classes[0] === "textile") {
    const general = withSpec.filter((n) => n.spec!.includes.includes("textile") && !n.spec!.residual);
    return general.length > 0 ? general[general.length - 1] : undefined;
  }
  let best: LevelNode | undefined;
  let bestFit = 0;
  for (const n of withSpec) {
    const fit = specFit(n.spec!, classes, attrs);
    // Ties: the one last in numerical order (Section XI note 2 (A), GRI 3(c)).
    if (fit > 0 && fit >= bestFit) {
      best = n;
      bestFit = fit;
    }
  }
  return best;
}

/**
 * Picks the subheading of a level (a heading "6109", a one-dash group "61046", or the level of a given code) that
 * fits the goods' material, descending into two-dash groups. Returns undefined when the level is not split by
 * material or the material is unknown.
 */
export function pickByMaterial(
  level: string,
  attrs: ExtractedAttributes,
  subheadings?: SubheadingText[],
  classes: MaterialClass[] = productClasses(attrs),
): string | undefined {
  const key = digits(level);
  const entries = subheadings ?? builtInSubheadings(key.slice(0, 4));
  if (!entries || classes.length === 0) return undefined;
  if (key.length >= 6) return key;
  const node = bestNode(levelNodes(entries, key), classes, attrs);
  if (!node) return undefined;
  if (node.key.length === 6) return node.key;
  return bestNode(levelNodes(entries, node.key), classes, attrs)?.key ?? node.codes[0];
}

/**
 * The material subheading for a heading or a code (Section XI note 2 / subheading note 2; ch. 42 additional note 1):
 * `subheadingForMaterial("6109", attrs)` → "610910" for cotton; `subheadingForMaterial("610462", attrs)` → the
 * trousers subheading for the goods' fibre. `subheadings` (code + description) may be given for headings outside
 * the built-in table (chapters 61-63, heading 4202). Undefined when the level is not split by material or the
 * material is unknown.
 */
export function subheadingForMaterial(
  codeOrHeading: string,
  attrs: ExtractedAttributes,
  subheadings?: SubheadingText[],
): string | undefined {
  const code = digits(codeOrHeading);
  if (code.length < 4) return undefined;
  const level = code.length >= 6 ? materialLevelOf(code, subheadings) : code;
  return pickByMaterial(level, attrs, subheadings);
}

/**
 * Resolves a target level for goods moved between parallel headings: the material pick when the material is known,
 * otherwise the node matching the material the source code named (6105.20 "of man-made fibres" → 6205.30), otherwise
 * the residual ("other") node, otherwise the level itself when it is a code.
 */
export function resolveLevel(level: string, attrs: ExtractedAttributes, sourceCode?: string): string | undefined {
  const key = digits(level);
  if (key.length >= 6) return key;
  const byMaterial = pickByMaterial(key, attrs);
  if (byMaterial) return byMaterial;
  const entries = builtInSubheadings(key.slice(0, 4));
  if (!entries) return undefined;
  const members = entries.filter((e) => e.code.startsWith(key));
  if (members.length === 1) return members[0]!.code;
  if (sourceCode) {
    const srcEntries = builtInSubheadings(sourceCode.slice(0, 4));
    const srcSpec = srcEntries ? specOfCode(srcEntries, sourceCode) : undefined;
    if (srcSpec && srcSpec.includes.length > 0 && !srcSpec.residual) {
      const viaSource = pickByMaterial(key, attrs, undefined, expand(srcSpec.includes));
      if (viaSource) return viaSource;
    }
  }
  // Residual: the last member ("of other textile materials") is the catch-all of the level.
  return members.length > 0 ? members[members.length - 1]!.code : undefined;
}

function expand(includes: MaterialClass[]): MaterialClass[] {
  const out = [...includes];
  if (includes.includes("synthetic") || includes.includes("artificial")) out.push("man_made");
  out.push("textile");
  return out;
}
