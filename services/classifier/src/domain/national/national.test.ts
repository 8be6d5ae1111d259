/**
 * National line choice on the real schedules: US HTSUS 2026 rev. 4 and EU TARIC 2026 subtrees, read here from the
 * staged data files (HS_DATA_DIR, default <repo>/../shared/data).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../../../../packages/shared/src/csv.js";
import type { ExtractedAttributes, Material, MaterialShare } from "../types.js";
import { buildNationalSubtree, chooseNationalLine, isResidualLine, type NationalLine, type ScheduleRow } from "./index.js";
import { judgeLine } from "./choose.js";
import { parseLine } from "./lines.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = process.env.HS_DATA_DIR ?? path.resolve(here, "../../../../../../shared/data");

let usRows: ScheduleRow[] = [];
let euRows: ScheduleRow[] = [];

beforeAll(() => {
  const us = parseCsv(readFileSync(path.join(dataDir, "us-hts-usitc-2026-rev4/hts_2026_revision_4.csv"), "utf8"));
  const h = us[0]!;
  const [code, indent, desc] = ["HTS Number", "Indent", "Description"].map((c) => h.indexOf(c));
  usRows = us.slice(1).map((r) => ({ code: r[code!]!, indent: Number(r[indent!]), description: r[desc!]! }));
  const eu = parseCsv(readFileSync(path.join(dataDir, "eu-taric-nomenclature-2026/taric_nomenclature_en.csv"), "utf8"));
  const e = eu[0]!;
  const [gc, suffix, end, pos, ind, d] = ["goods_code", "product_line_suffix", "end_date", "hier_pos", "indent", "description"].map((c) => e.indexOf(c));
  // Grouping lines (suffix other than 80) have no code of their own; codes are trimmed to their hierarchy level.
  euRows = eu
    .slice(1)
    .filter((r) => r[end!] === "")
    .map((r) => ({ code: r[suffix!] === "80" ? r[gc!]!.slice(0, Number(r[pos!])) : "", indent: Number(r[ind!]), description: r[d!]! }));
});

const us = (hs6: string): NationalLine[] => buildNationalSubtree(usRows, hs6);
const eu = (hs6: string): NationalLine[] => buildNationalSubtree(euRows, hs6);

function attrs(over: Partial<ExtractedAttributes> & { mats?: Array<Material | [Material, number]> } = {}): ExtractedAttributes {
  const { mats, ...rest } = over;
  const materials: MaterialShare[] = (mats ?? []).map((m) =>
    Array.isArray(m) ? { material: m[0], percent: m[1], term: m[0], source: "composition" } : { material: m, term: m, source: "material" },
  );
  const text = (rest.text ?? "").toLowerCase();
  return { cleanName: text, processing: [], uses: [], isSet: false, isPart: false, materials, ...rest, text };
}

describe("buildNationalSubtree", () => {
  it("takes the single 8-digit line standing for an HS6 with no 6-digit row (6109.10.00) and its group lines", () => {
    const lines = us("610910");
    // The heading above the subtree comes first, as context (what all its goods are), never a choice.
    expect(lines[0]).toEqual(expect.objectContaining({ code: "6109", level: "context", parentIndex: null, declarable: false }));
    expect(lines[1]).toEqual(expect.objectContaining({ code: "6109.10.00", parentIndex: 0, declarable: false }));
    expect(lines.some((l) => l.level === "group" && /Men's or boys'/.test(l.description))).toBe(true);
    expect(lines.at(-1)!.code).toBe("6109.10.00.70");
    expect(lines.filter((l) => l.level !== "context").every((l) => !l.code || l.code.replace(/\D/g, "").startsWith("610910"))).toBe(true);
  });

  it("keeps the heading and the group lines above the HS6 as context (6402.99: 'Other footwear:')", () => {
    const lines = us("640299");
    const context = lines.filter((l) => l.level === "context").map((l) => l.description);
    expect(context[0]).toMatch(/^Other footwear with outer soles and uppers of rubber or plastics/);
    expect(context).toContain("Other footwear:");
    expect(lines.find((l) => l.level !== "context")!.code).toBe("6402.99");
  });

  it("stops at the next subheading and links parents by indent (7117.19)", () => {
    const lines = us("711719").filter((l) => l.level !== "context");
    expect(lines[0]!.code).toBe("7117.19");
    expect(lines.map((l) => l.code)).not.toContain("7117.90");
    const all = us("711719");
    const toy = all.findIndex((l) => l.code === "7117.19.60.00");
    expect(all[all[toy]!.parentIndex!]!.description).toMatch(/^Other/);
  });
});

describe("US HTSUS: T-shirts (6109)", () => {
  it("men's cotton knitted T-shirt → 6109.10.00.12: 'Men's or boys'' by gender, 'Other T-shirts' names the goods (not the all-white line), then 'Men's'", () => {
    const c = chooseNationalLine("610910", us("610910"), attrs({ text: "men's cotton crew neck t-shirt short sleeve", gender: "men", mats: ["cotton"], construction: "knitted" }));
    expect(c.code).toBe("6109.10.00.12");
    expect(c.residual).toBe(false);
    expect(c.decisive).toEqual([]);
    expect(c.confidence).toBeGreaterThan(0.8);
    expect(c.path.map((p) => p.description)).toContain("Other T-shirts:");
  });

  it("women's cotton T-shirt → 6109.10.00.40: not 'Underwear', so the residual 'Other:' group, then 'T-shirts:' and 'Women's'", () => {
    const c = chooseNationalLine("610910", us("610910"), attrs({ text: "women's cotton graphic t-shirt", gender: "women", mats: ["cotton"] }));
    expect(c.code).toBe("6109.10.00.40");
    expect(c.residual).toBe(true);
  });

  it("girls' cotton T-shirt → 6109.10.00.45 (gender 'Girls'')", () => {
    expect(chooseNationalLine("610910", us("610910"), attrs({ text: "girls cotton t-shirt", gender: "girls", mats: ["cotton"] })).code).toBe("6109.10.00.45");
  });

  it("T-shirt of unidentified gender → women's 6109.10.00.40 by ch. 61 note 9, with gender decisive and lower confidence", () => {
    const c = chooseNationalLine("610910", us("610910"), attrs({ text: "cotton t-shirt", mats: ["cotton"] }));
    expect(c.code).toBe("6109.10.00.40");
    expect(c.decisive).toContain("gender");
    expect(c.reasons.join(" ")).toMatch(/note 9/);
    expect(c.confidence).toBeLessThan(0.8);
  });

  it("men's cotton tank top → 6109.10.00.18 ('Tank tops and other singlets' names the goods)", () => {
    expect(chooseNationalLine("610910", us("610910"), attrs({ text: "men cotton gym tank top sleeveless", gender: "men", mats: ["cotton"] })).code).toBe("6109.10.00.18");
  });

  it("men's polyester T-shirt → 6109.90.10.07: 'Of man-made fibers' by material (not wool, silk or 'Other')", () => {
    const c = chooseNationalLine("610990", us("610990"), attrs({ text: "men's polyester printed t-shirt", gender: "men", mats: ["synthetic"] }));
    expect(c.code).toBe("6109.90.10.07");
    expect(c.path[1]!.code).toBe("6109.90.10");
  });

  it("women's silk T-shirt 100% silk → 6109.90.40.20 ('Containing 70 percent or more by weight of silk')", () => {
    expect(chooseNationalLine("610990", us("610990"), attrs({ text: "women silk tee", gender: "women", mats: [["silk", 100]] })).code).toBe("6109.90.40.20");
  });

  it("60% silk / 40% viscose women's top misses the 70% silk line → 'Of man-made fibers' is not it either (silk predominates) → residual 6109.90.80", () => {
    const c = chooseNationalLine("610990", us("610990"), attrs({ text: "women silk blend t-shirt", gender: "women", mats: [["silk", 60], ["artificial", 40]] }));
    expect(c.code.startsWith("6109.90.80")).toBe(true);
    expect(c.residual).toBe(true);
  });
});

describe("US HTSUS: imitation jewellery (7117.19)", () => {
  it("zinc-alloy charm bracelet at $2.99 → 7117.19.90.00: not a chain in continuous lengths nor a religious article, and over 8¢ so not 'toy jewelry'", () => {
    const c = chooseNationalLine("711719", us("711719"), attrs({ text: "charm bracelet zinc alloy women fashion", gender: "women", mats: ["zinc"], valueUsd: 2.99 }));
    expect(c.code).toBe("7117.19.90.00");
    expect(c.residual).toBe(true);
    expect(c.reasons.join(" ")).toMatch(/value \$2\.99 outside/);
  });

  it("toy jewelry at 5¢ a piece → 7117.19.60.00 ('Toy jewelry valued not over 8 cents per piece')", () => {
    expect(chooseNationalLine("711719", us("711719"), attrs({ text: "toy jewelry ring for kids party favor", mats: ["zinc"], valueUsd: 0.05 })).code).toBe("7117.19.60.00");
  });

  it("chain sold in continuous lengths with unknown price per meter → the continuous-lengths group, value decisive", () => {
    const c = chooseNationalLine("711719", us("711719"), attrs({ text: "rope chain by the meter continuous length bulk", mats: ["iron_steel"] }));
    expect(c.path[1]!.description).toMatch(/^Rope, curb, cable, chain/);
    expect(c.decisive).toContain("value");
  });
});

describe("US HTSUS: handbags (4202.22)", () => {
  it("handbag with outer surface of plastics → 4202.22.15.00 ('With outer surface of sheeting of plastics')", () => {
    const c = chooseNationalLine("420222", us("420222"), attrs({ text: "pu shoulder handbag women", mats: ["plastic"] }));
    expect(c.code).toBe("4202.22.15.00");
    expect(c.residual).toBe(false);
  });

  it("polyester handbag → 4202.22.81.00: textile, not braid, not vegetable fibres, not silk → 'Of man-made fibers'", () => {
    expect(chooseNationalLine("420222", us("420222"), attrs({ text: "nylon tote handbag", mats: ["synthetic"] })).code).toBe("4202.22.81.00");
  });

  it("cotton canvas handbag → 4202.22.45.00 ('Of vegetable fibers and not of pile or tufted construction: Of cotton')", () => {
    expect(chooseNationalLine("420222", us("420222"), attrs({ text: "cotton canvas handbag", mats: ["cotton"] })).code).toBe("4202.22.45.00");
  });

  it("handbag of unknown material → material decisive", () => {
    const c = chooseNationalLine("420222", us("420222"), attrs({ text: "shoulder handbag" }));
    expect(c.decisive).toContain("material");
    expect(c.confidence).toBeLessThan(0.6);
  });
});

describe("US HTSUS: single-line and value-split subheadings", () => {
  it("smartphone → 8517.13.00.00, the only line under 8517.13", () => {
    const c = chooseNationalLine("851713", us("851713"), attrs({ text: "smartphone 5g 128gb" }));
    expect(c.code).toBe("8517.13.00.00");
    expect(c.confidence).toBe(1);
    expect(c.residual).toBe(false);
  });

  it("men's textile training shoes at $25/pair → 6404.11.90.20: uppers not over 50% leather, 'Valued over $12/pair', 'For men', not ski boots", () => {
    const c = chooseNationalLine("640411", us("640411"), attrs({ text: "men's mesh running shoes training sneakers", gender: "men", mats: ["synthetic"], valueUsd: 25 }));
    expect(c.code).toBe("6404.11.90.20");
  });

  it("training shoes without a price → value decisive", () => {
    const c = chooseNationalLine("640411", us("640411"), attrs({ text: "mesh running shoes", gender: "men", mats: ["synthetic"] }));
    expect(c.decisive).toContain("value");
  });

  it("silver bracelet at $20 a piece: 'Valued not over $18 per dozen' compares the dozen price ($240) → 7113.11.50.00", () => {
    const c = chooseNationalLine("711311", us("711311"), attrs({ text: "925 sterling silver bracelet", mats: ["silver"], valueUsd: 20 }));
    expect(c.code).toBe("7113.11.50.00");
  });
});

describe("EU TARIC", () => {
  it("cotton T-shirt → 6109100010 'T-shirts' (the line names the goods)", () => {
    const c = chooseNationalLine("610910", eu("610910"), attrs({ text: "cotton t-shirt", mats: ["cotton"] }));
    expect(c.code).toBe("6109100010");
    expect(c.residual).toBe(false);
  });

  it("cotton singlet → 6109100090 'Other' (residual: it is not a T-shirt)", () => {
    const c = chooseNationalLine("610910", eu("610910"), attrs({ text: "cotton singlet vest", mats: ["cotton"] }));
    expect(c.code).toBe("6109100090");
    expect(c.residual).toBe(true);
  });

  it("plastic-sheeting handbag → 4202221000 ('Of sheeting of plastics')", () => {
    expect(chooseNationalLine("420222", eu("420222"), attrs({ text: "pvc handbag", mats: ["plastic"] })).code).toBe("42022210");
  });

  it("polyester handbag, not hand-made → 4202229090 ('Of textile materials' › 'Other')", () => {
    const c = chooseNationalLine("420222", eu("420222"), attrs({ text: "polyester handbag", mats: ["synthetic"] }));
    expect(c.code).toBe("4202229090");
    expect(c.decisive).toContain("processing");
  });
});

describe("chooseNationalLine edge cases", () => {
  it("returns an empty choice for an empty subtree", () => {
    expect(chooseNationalLine("999999", [], attrs())).toEqual(expect.objectContaining({ code: "", confidence: 0 }));
  });

  it("ignores a trailing group line with nothing under it (a loader's spill-over from the next subheading)", () => {
    const lines: NationalLine[] = [
      { code: "640220", description: "Footwear with upper straps or thongs assembled to the sole by means of plugs", level: "subheading", indent: 1, declarable: true, parentIndex: null },
      { code: "", description: "Other footwear:", level: "group", indent: 1, declarable: false, parentIndex: null },
    ];
    expect(chooseNationalLine("640220", lines, attrs({ text: "flip flops" })).code).toBe("640220");
  });

  it("with no line matching and no residual, a line naming part of the goods beats the first; a generic word shared is no evidence", () => {
    const line = (code: string, description: string): NationalLine => ({ code, description, level: "statistical", indent: 2, declarable: true, parentIndex: null });
    const lines = [line("9999990010", "Sledge hammers"), line("9999990020", "Commercial kitchen grinders, hand operated")];
    // "grinder" is the goods' own noun: part of the line names them.
    expect(chooseNationalLine("999999", lines, attrs({ text: "coffee grinder" })).code).toBe("9999990020");
    // Only "hand", a generic word: the first line, as before.
    expect(chooseNationalLine("999999", lines, attrs({ text: "hand cream dispenser" })).code).toBe("9999990010");
  });
});

describe("residual lines with an 'including' clause", () => {
  it("'Other, including parts' is the residual line, not a line naming parts (so a specific sibling is not beaten by it)", () => {
    expect(isResidualLine("Other, including parts")).toBe(true);
    expect(isResidualLine("Other (including parts)")).toBe(true);
    expect(isResidualLine("Other, including parts and accessories")).toBe(true);
    expect(isResidualLine("Other T-shirts")).toBe(false);
  });

  it("a trailing ', including sets' does not let the word 'sets' alone name the goods (4421.99 scenery line)", () => {
    const c = chooseNationalLine("442199", us("442199"), attrs({ text: "wooden monitor stand riser, sets of 2, for desk", mats: ["wood"] }));
    expect(c.code).not.toBe("4421.99.93.00");
  });
});

describe("US HTSUS: reading line texts (conditions, residuals, clauses)", () => {
  it("7117.19.20.00 chain sold by the length: 'produced in continuous lengths' (sold in bulk by the foot) and 'Valued over 33 cents per meter' ($9.74 for 10 feet)", () => {
    const c = chooseNationalLine("711719", us("711719"), attrs({ text: "10 feet figaro link chain bulk stainless steel chain for jewelry making", mats: ["stainless_steel"], valueUsd: 9.74 }));
    expect(c.code).toBe("7117.19.20.00");
  });

  it("7117.19.90.00 a finished chain necklace is not 'produced in continuous lengths'", () => {
    const c = chooseNationalLine("711719", us("711719"), attrs({ text: "stainless steel cross pendant chain necklace", mats: ["stainless_steel"], valueUsd: 2.95 }));
    expect(c.code).toBe("7117.19.90.00");
  });

  it("9030.90.68.00 a sensor module is a printed circuit assembly; not one 'Of instruments of subheading 9030.40 or 9030.82' (not said), so 'Other'", () => {
    const c = chooseNationalLine("903090", us("903090"), attrs({ text: "ina219 i2c current power monitoring sensor module" }));
    expect(c.code).toBe("9030.90.68.00");
    expect(c.reasons.join(" ")).toMatch(/printed circuit assembly/);
  });

  it("8540.71.20.00 'Modified for use as parts of microwave ovens' states a condition the goods meet (magnetron, microwave oven parts)", () => {
    const c = chooseNationalLine("854071", us("854071"), attrs({ text: "magnetron for microwave oven parts 2m167b", isPart: true }));
    expect(c.code).toBe("8540.71.20.00");
  });

  it("8423.10.00.60 a scale 'not digital or electronic' is not the 'Digital electronic type'", () => {
    const c = chooseNationalLine("842310", us("842310"), attrs({ text: "a metal personal weighing scale that is not digital or electronic", mats: ["base_metal"] }));
    expect(c.code).toBe("8423.10.00.60");
    expect(c.reasons.join(" ")).toMatch(/residual/);
  });

  it("6113.00.10 'Having an outer surface … coated … with rubber or plastics': the goods contain plastics (coated), they need not be of it", () => {
    const c = chooseNationalLine("611300", us("611300"), attrs({ text: "women's jacket of cotton knit fabric coated with plastic", gender: "women", mats: [["cotton", 100], "plastic"], construction: "knitted", processing: ["coated"] }));
    expect(c.code.startsWith("6113.00.10")).toBe(true);
  });

  it("9405.99.40.90 'Lampposts and bases for lampposts, of aluminum' needs lampposts, not just aluminium", () => {
    const c = chooseNationalLine("940599", us("940599"), attrs({ text: "replaceable bulb wall lamp metal adjustable sconce", mats: ["aluminium"] }));
    expect(c.code).toBe("9405.99.40.90");
  });

  it("8481.80.50.90 a zinc pistol-grip hose nozzle: 'Hand operated', not of copper nor of iron or steel → 'Of other materials' (the material residual) → 'Other'", () => {
    const c = chooseNationalLine("848180", us("848180"), attrs({ text: "a chrome-plated zinc alloy pistol grip style hose nozzle", mats: ["zinc"] }));
    expect(c.code).toBe("8481.80.50.90");
  });

  it("4202.21.90.00 a cowhide shoulder bag is not 'Of reptile leather'; over $20 each", () => {
    const c = chooseNationalLine("420221", us("420221"), attrs({ text: "women genuine leather shoulder bag crossbody", gender: "women", mats: ["leather"], valueUsd: 95.2 }));
    expect(c.code).toBe("4202.21.90.00");
  });

  it("6203.11.90.00 a 100% wool suit: 'Of worsted wool fabric … 18.5 microns or less' is not shown — wool, as every line under 'Of wool', is no evidence for it", () => {
    const c = chooseNationalLine("620311", us("620311"), attrs({ text: "men's 100% wool suit", gender: "men", mats: [["wool", 100]], construction: "woven" }));
    expect(c.code).toBe("6203.11.90.00");
  });

  it("8443.99.25.10 toner cartridges for a printer: 'Parts and accessories of printers', not the printer units specified in U.S. note 2, then 'Ink cartridges'", () => {
    const c = chooseNationalLine("844399", us("844399"), attrs({ text: "toner cartridges for an inkjet printer" }));
    expect(c.code).toBe("8443.99.25.10");
  });

  it("8407.34.18.00 an engine block for a 1,500 cc engine: 'Of a cylinder capacity not exceeding 2,000 cc'", () => {
    const c = chooseNationalLine("840734", us("840734"), attrs({ text: "short block and cylinder head assembly used in a 1,500 cc gasoline engine" }));
    expect(c.code.startsWith("8407.34")).toBe(true);
    expect(c.reasons.join(" ")).toMatch(/cylinder capacity 1500 cc/);
  });

  it("8501.72.10.00 a 90 W generator: 'Of an output not exceeding 750 W'", () => {
    const c = chooseNationalLine("850172", us("850172"), attrs({ text: "90 watt off-grid generator", powerW: 90 }));
    expect(c.code).toBe("8501.72.10.00");
  });

  it("8436.80.00.20 'Forestry machinery' names harvesters used in forestry (the line's modifier is in the goods' use clause)", () => {
    const c = chooseNationalLine("843680", us("843680"), attrs({ text: "self-propelled tree harvesters used in forestry" }));
    expect(c.code).toBe("8436.80.00.20");
  });

  it("6110.90.90.26 a women's cotton/nylon sweater of other textile materials: 'Subject to cotton restraints' (cotton predominates)", () => {
    const c = chooseNationalLine("611090", us("611090"), attrs({ text: "women's sweater of cotton, nylon and metallic yarn", gender: "women", mats: ["cotton", "synthetic"], construction: "knitted" }));
    expect(c.code).toBe("6110.90.90.26");
  });

  it("6402.99: slippers are 'footwear with open toes or open heels … slip-on'; lace-up shoes are not, whatever an attribute says", () => {
    const line = "Footwear with open toes or open heels; footwear of the slip-on type, that is held to the foot without the use of laces or buckles or other fasteners";
    expect(judgeLine("640299", line, attrs({ text: "womens platform slippers", gender: "women", mats: ["plastic"] })).positive).toBe(true);
    expect(judgeLine("640299", line, attrs({ text: "lace-up women's vulcanized shoes ; closure type: slip-on", gender: "women" })).positive).toBe(false);
  });
});

describe("combination lines name every apparatus combined", () => {
  it("'Radio-phonograph combinations' is not a radio that 'combines' recording, nor a combine harvester; a radio with a record player is", () => {
    const line = "Radio-phonograph combinations";
    expect(judgeLine("852713", line, attrs({ text: "portable radio that combines fm reception and a digital voice recorder" })).positive).toBe(false);
    expect(judgeLine("852713", line, attrs({ text: "combine harvester radio" })).positive).toBe(false);
    expect(judgeLine("852713", line, attrs({ text: "retro radio phonograph combination with turntable" })).positive).toBe(true);
  });
});

describe("a bare noun after a qualified one shares the qualifier", () => {
  it("'Incorporating optical disc … players or recorders' is not a radio with a voice recorder; a radio with an optical disc recorder is", () => {
    const line = "Incorporating optical disc (including compact disc) players or recorders";
    expect(judgeLine("852713", line, attrs({ text: "pocket fm radio with built-in voice recorder for recording lectures" })).positive).toBe(false);
    expect(judgeLine("852713", line, attrs({ text: "am/fm radio with optical disc recorder" })).positive).toBe(true);
    expect(judgeLine("852713", line, attrs({ text: "tabletop radio with optical disc player" })).positive).toBe(true);
  });
});

describe("US HTSUS: negated coating lines (7323.99)", () => {
  it("a vinyl-coated steel wire shelf organizer is 'Not coated or plated with precious metal', not under 'Coated or plated with precious metal'", () => {
    const c = chooseNationalLine("732399", us("732399"), attrs({ text: "vinyl coated steel wire shelf organizer for pantry", mats: ["iron_steel", "plastic"] }));
    expect(c.code.startsWith("7323.99.9")).toBe(true);
  });
});

describe("US HTSUS: 'not including' excludes; 'set' before a noun names a kind (7318.15)", () => {
  it("hex cap screws 10 mm: not 'Machine screws … (not including cap screws)' nor 'Set screws', but 7318.15.80.66 'Cap screws'", () => {
    const c = chooseNationalLine("731815", us("731815"), attrs({ text: "zinc plated hex cap screws, 10 mm diameter, 30 mm long", mats: ["iron_steel"], dimensions: { diameterCm: 1.0, lengthCm: 3.0 } }));
    expect(c.code).toBe("7318.15.80.66");
  });
  it("'(including torque meter wrenches but not including tap wrenches)': tap wrenches are excluded, torque wrenches covered", () => {
    const line = "Hand-operated spanners and wrenches (including torque meter wrenches but not including tap wrenches)";
    expect(judgeLine("820411", line, attrs({ text: "adjustable tap wrench for hand taps" })).excluded).toBe(true);
    expect(judgeLine("820411", line, attrs({ text: "click type torque meter wrench 1/2 inch drive" })).excluded).toBe(false);
    expect(parseLine(line).included.map((a) => a.head)).toEqual(["wrench"]);
  });
});

describe("EU TARIC: reading line texts", () => {
  it("9403601000 wooden dining tables: 'of a kind used in the dining room and the living room'; 'Other wooden furniture' is the residual", () => {
    expect(chooseNationalLine("940360", eu("940360"), attrs({ text: "dining tables, wooden", mats: ["wood"], uses: ["table"] })).code).toBe("94036010");
    const shop = chooseNationalLine("940360", eu("940360"), attrs({ text: "wooden wardrobe", mats: ["wood"] }));
    expect(shop.code).toBe("94036090");
    expect(shop.residual).toBe(true);
  });

  it("4907001000 stamps: 'Postage, revenue and similar stamps' names stamps", () => {
    expect(chooseNationalLine("490700", eu("490700"), attrs({ text: "stamps" })).code).toBe("49070010");
  });

  it("8708299099 a roof rack for a car is not 'For the industrial assembly of …' (an end use the goods do not claim)", () => {
    expect(chooseNationalLine("870829", eu("870829"), attrs({ text: "roof rack, for car", uses: ["vehicle"] })).code).toBe("8708299099");
  });
});

describe("lines naming goods by number (the HS text of the referenced subheading)", () => {
  const withRefs = (lines: NationalLine[]) =>
    lines.map((l) => (/subheading 8481\.20/.test(l.description) ? { ...l, refs: ["Valves; for oleohydraulic or pneumatic transmissions"] } : l));

  it("8481.90.90.40 a spacer sleeve for a pneumatic control valve: 'Of valves of subheading 8481.20' (valves for pneumatic transmissions)", () => {
    const c = chooseNationalLine("848190", withRefs(us("848190")), attrs({ text: "a spacer sleeve used in a pneumatic control valve", isPart: true }));
    expect(c.code).toBe("8481.90.90.40");
  });

  it("8481.90.90.60 valve bodies for gas fuel control valves are not of subheading 8481.20 (nothing pneumatic or hydraulic)", () => {
    const c = chooseNationalLine("848190", withRefs(us("848190")), attrs({ text: "castings of valve bodies for gas fuel control valves", isPart: true }));
    expect(c.code).toBe("8481.90.90.60");
  });
});

describe("US HTSUS: screws and bolts (7318.15)", () => {
  it("7318.15.20.65 zinc-plated hex bolts M12: the bolts line ('… entered in the same shipment' is no condition on bolts alone), 6 mm or more, 'With hexagonal heads' (hex = hexagonal)", () => {
    const c = chooseNationalLine("731815", us("731815"), attrs({ text: "zinc plated hex bolts m12 x 60, grade 8.8", mats: ["iron_steel"], dimensions: { diameterCm: 1.2 } }));
    expect(c.code).toBe("7318.15.20.65");
  });

  it("7318.15.20.65 steel flange bolts M8 x 40 mm: the figures of 'Machine screws 9.5 mm or more in length …' do not name goods described in mm", () => {
    const c = chooseNationalLine("731815", us("731815"), attrs({ text: "steel hex flange bolts m8 x 40 mm, zinc plated", mats: ["iron_steel"], dimensions: { diameterCm: 0.8 } }));
    expect(c.code).toBe("7318.15.20.65");
  });

  it("socket set screws are not 'Machine screws' (a kind of screw the goods are not said to be) → under 'Other', 'Socket screws'", () => {
    const c = chooseNationalLine("731815", us("731815"), attrs({ text: "alloy steel socket set screws with cup point, m5 x 10", mats: ["iron_steel"], dimensions: { diameterCm: 0.5 } }));
    expect(c.code).not.toBe("7318.15.40.00");
    expect(c.code).toBe("7318.15.60.40");
  });

  it("7318.15.20.61 stainless hex head bolts of unstated size: of the two diameter lines, the one with a line below naming hexagonal heads, not the first", () => {
    const c = chooseNationalLine("731815", us("731815"), attrs({ text: "stainless steel hex head bolts", mats: ["stainless_steel"] }));
    expect(c.code).toBe("7318.15.20.61");
  });

  it("7318.15.20.55 galvanized steel carriage bolts of unstated size: a carriage bolt has a round head, so the 6 mm or more line with 'With round heads' below", () => {
    const c = chooseNationalLine("731815", us("731815"), attrs({ text: "galvanized steel carriage bolts", mats: ["iron_steel"] }));
    expect(c.code).toBe("7318.15.20.55");
  });

  it("7318.15.20.51 stainless carriage bolts 3/8 in: 'With round heads', 'Of stainless steel'", () => {
    const c = chooseNationalLine("731815", us("731815"), attrs({ text: "stainless steel carriage bolts with round heads", mats: ["stainless_steel"], dimensions: { diameterCm: 0.95 } }));
    expect(c.code).toBe("7318.15.20.51");
  });
});

describe("US HTSUS: overalls (6103.42)", () => {
  it("6103.42.20 boys' knit cotton dungarees and shortalls are 'Bib and brace overalls' (one garment, not bibs or braces)", () => {
    for (const text of ["boys' knitted cotton dungarees", "boys' cotton knit shortall with snap straps", "boys' knit denim overall"]) {
      const c = chooseNationalLine("610342", us("610342"), attrs({ text, gender: "boys", age: "child", mats: ["cotton"], construction: "knitted" }));
      expect(c.code.startsWith("6103.42.20"), text).toBe(true);
    }
  });

  it("'overall length' is a measure, not the garment; a baby bib is not 'Bib and brace overalls'", () => {
    const c = chooseNationalLine("610342", us("610342"), attrs({ text: "boys' knit cotton jogger trousers, overall length 60 cm", gender: "boys", age: "child", mats: ["cotton"], construction: "knitted" }));
    expect(c.code.startsWith("6103.42.10")).toBe(true);
    expect(parseLine("Bib and brace overalls").articles.map((a) => a.head)).toEqual(["overalls"]);
  });
});

describe("US HTSUS: words the schedule writes apart or as a material", () => {
  it("6302.31.90.20 cotton flat sheets: 'Sheets' names them ('sheeting', a material word, no longer drops 'sheet')", () => {
    const c = chooseNationalLine("630231", us("630231"), attrs({ text: "cotton percale flat sheets, king size", mats: ["cotton"] }));
    expect(c.code).toBe("6302.31.90.20");
    expect(parseLine("Sheets").articles.map((a) => a.head)).toEqual(["sheet"]);
  });

  it("'Cooking and kitchen ware' names kitchenware (one word in the goods' texts)", () => {
    expect(parseLine("Cooking and kitchen ware:").articles.map((a) => a.head)).toContain("kitchenwar");
  });
});

describe("US HTSUS: 'containing' a substance is a feature, 'containing N percent of' a fibre a material (3920.51)", () => {
  it("3920.51.50.50 a rigid PMMA sheet with flame retardant; 3920.51.50.90 a plain one is not 'Sheets … containing flame retardant'", () => {
    expect(chooseNationalLine("392051", us("392051"), attrs({ text: "rigid pmma acrylic sheet 3 mm, containing flame retardant, not flexible", mats: ["plastic"] })).code).toBe("3920.51.50.50");
    expect(chooseNationalLine("392051", us("392051"), attrs({ text: "clear cast acrylic sheet 5 mm", mats: ["plastic"] })).code).toBe("3920.51.50.90");
    expect(parseLine("Sheets, not flexible, containing flame retardant").features.flat().map((w) => w.t)).toContain("flame");
    expect(parseLine("Sweaters containing 70 percent or more by weight of silk").features).toEqual([]);
  });
});

describe("US HTSUS: a line is told from the lines above by its own words (8516.29)", () => {
  it("8516.29.00.90 electric space heaters not said to be portable are not 'Portable space heaters' ('space heaters' is what the lines above say)", () => {
    expect(chooseNationalLine("851629", us("851629"), attrs({ text: "electric space heaters for warehouses" })).code).toBe("8516.29.00.90");
    expect(chooseNationalLine("851629", us("851629"), attrs({ text: "portable fan-forced ceramic space heater" })).code).toBe("8516.29.00.30");
  });
});

describe("'non-' negates its own word only", () => {
  it("4202.92 a non-woven polypropylene shopping bag is still a bag (only 'woven' is negated)", () => {
    const j = judgeLine("420292", "Shopping bags", attrs({ text: "non-woven polypropylene shopping bag", mats: ["synthetic"] }));
    expect(j.positive).toBe(true);
    expect(j.mismatched).toEqual([]);
  });
});

describe("US HTSUS: trade names of the goods the lines name", () => {
  it("8516.71.00.20 an espresso machine is a coffee maker (pump type)", () => {
    expect(chooseNationalLine("851671", us("851671"), attrs({ text: "15 bar pump espresso machine with milk frother" })).code).toBe("8516.71.00.20");
  });

  it("9018.90.50.40 an upper-arm blood pressure monitor is a sphygmomanometer", () => {
    expect(chooseNationalLine("901890", us("901890"), attrs({ text: "upper arm blood pressure monitor with cuff" })).code).toBe("9018.90.50.40");
  });

  it("9404.30.40.00 a duck down sleeping bag: 'Containing 20 percent or more by weight of feathers and/or down'", () => {
    expect(chooseNationalLine("940430", us("940430"), attrs({ text: "mummy sleeping bag, white duck down fill", mats: ["synthetic"] })).code).toBe("9404.30.40.00");
  });

  it("4015.12.10 latex examination gloves are of a kind used for medical purposes", () => {
    expect(chooseNationalLine("401512", us("401512"), attrs({ text: "powder-free latex examination gloves, box of 100", mats: ["rubber"] })).code.startsWith("4015.12.10")).toBe(true);
  });
});

describe("US HTSUS: aluminium cookware (7615.10)", () => {
  it("7615.10.30.25 a nonstick aluminium frying pan: 'containing nonstick interior finishes', not the negated line", () => {
    const c = chooseNationalLine("761510", us("761510"), attrs({ text: "non-stick aluminium frying pan 28 cm", mats: ["aluminium"] }));
    expect(c.code).toBe("7615.10.30.25");
  });

  it("7615.10.71.55 a plain aluminium stock pot is 'Other cookware'; 7615.10.71.30 a roasting pan is bakeware", () => {
    expect(chooseNationalLine("761510", us("761510"), attrs({ text: "aluminium stock pot with lid, 20 quart", mats: ["aluminium"] })).code).toBe("7615.10.71.55");
    expect(chooseNationalLine("761510", us("761510"), attrs({ text: "aluminium roasting pan with rack", mats: ["aluminium"] })).code).toBe("7615.10.71.30");
  });
});

describe("US HTSUS: a line that only negates is the complement of its sibling (6505.00)", () => {
  it("6505.00.60.90 an acrylic knit beanie not said to be of braid: 'Not in part of braid', not the first line 'Wholly or in part of braid'", () => {
    const c = chooseNationalLine("650500", us("650500"), attrs({ text: "acrylic knit beanie hat with cuff", mats: ["synthetic"], construction: "knitted" }));
    expect(c.code).toBe("6505.00.60.90");
    expect(parseLine("Not napped").residualLike).toBe(true);
    expect(parseLine("Not coated or plated with precious metal:").residualLike).toBe(false);
  });

  it("6505.00.50.90 a knit cap in part of braid: 'Wholly or in part of braid'", () => {
    const c = chooseNationalLine("650500", us("650500"), attrs({ text: "acrylic knit cap with braided trim", mats: ["synthetic"], construction: "knitted" }));
    expect(c.code).toBe("6505.00.50.90");
  });
});

describe("US HTSUS: elastomeric yarn (6104.63)", () => {
  it("6104.63.20.06 women's knit leggings 80% nylon 20% elastane: 'Containing 5 percent or more by weight of elastomeric yarn or rubber thread' (elastane is one; the goods are not of rubber)", () => {
    const c = chooseNationalLine("610463", us("610463"), attrs({ text: "women's knit yoga leggings, 80% nylon 20% elastane", gender: "women", mats: [["synthetic", 100]], construction: "knitted" }));
    expect(c.code).toBe("6104.63.20.06");
  });

  it("6104.63.20.11 with 3% elastane, or with the share not stated, the residual", () => {
    for (const text of ["women's knit trousers, 97% polyester 3% elastane", "women's knit stretch trousers, polyester and spandex"]) {
      const c = chooseNationalLine("610463", us("610463"), attrs({ text, gender: "women", mats: ["synthetic"], construction: "knitted" }));
      expect(c.code, text).toBe("6104.63.20.11");
    }
  });
});

describe("US HTSUS: a material line that narrows the one above (4202.92)", () => {
  it("4202.92.31.20 a polyester backpack: 'With outer surface of textile materials' under '… of sheeting of plastics or of textile materials' tells textile from plastics", () => {
    const c = chooseNationalLine("420292", us("420292"), attrs({ text: "polyester hiking backpack with laptop sleeve", mats: ["synthetic"] }));
    expect(c.code).toBe("4202.92.31.20");
  });
});

describe("US HTSUS: exclusions about a part of the goods (6402.99)", () => {
  it("6402.99.49.60 women's rubber flip-flops: '… except footwear having a foxing … of rubber or plastics' excludes a foxing band, not goods of rubber", () => {
    const line = parseLine("Footwear with open toes or open heels; footwear of the slip-on type, the foregoing except footwear having a foxing or a foxing-like band wholly or almost wholly of rubber or plastics applied or molded at the sole and overlapping the upper:");
    expect(line.material?.excludes ?? []).toEqual([]);
    const c = chooseNationalLine("640299", us("640299"), attrs({ text: "women's rubber flip-flops with printed strap", gender: "women", mats: ["rubber"], valueUsd: 5 }));
    expect(c.code).toBe("6402.99.49.60");
  });
});

describe("non-slip soles", () => {
  it("6402.99.49.80 girls' EVA slip-on slippers with a non-slip sole: 'non-slip' is a grip, it does not deny the slip-on type", () => {
    const c = chooseNationalLine("640299", us("640299"), attrs({ text: "girls' warm eva slippers, non-slip sole, plush lining", gender: "girls", age: "child", mats: ["plastic"], valueUsd: 9 }));
    expect(c.code).toBe("6402.99.49.80");
  });
});

describe("US HTSUS: features shown by what the goods do", () => {
  it("9019.10.20.45 a heated massage foot bath with water jets is 'Electrically operated' (heating and jets need a current), not battery powered", () => {
    const c = chooseNationalLine("901910", us("901910"), attrs({ text: "foot bath massager with heating, water jets and bubbles, for home pedicure" }));
    expect(c.code).toBe("9019.10.20.45");
    // Nothing that needs a current: not shown, the residual.
    expect(chooseNationalLine("901910", us("901910"), attrs({ text: "wooden foot massage roller" })).code).toBe("9019.10.20.50");
  });

  it("9015.80.80.40 a downhole magnetometer and a borehole inclinometer are geophysical instruments; a rain gauge is not", () => {
    for (const text of ["fluxgate magnetometer for mineral exploration", "borehole inclinometer probe"]) {
      expect(chooseNationalLine("901580", us("901580"), attrs({ text })).code, text).toBe("9015.80.80.40");
    }
    expect(chooseNationalLine("901580", us("901580"), attrs({ text: "rain gauge recorder" })).code).toBe("9015.80.80.80");
  });
});

describe("US HTSUS: plastic gloves (3926.20)", () => {
  it("3926.20.30.00 goalkeeper gloves of PVC with a polyester fabric back: sewn, not 'Seamless'; 'Specially designed for use in sports' states a condition", () => {
    const c = chooseNationalLine("392620", us("392620"), attrs({ text: "soccer goalkeeper gloves, pvc palm with polyester fabric back", mats: ["plastic", "synthetic"], uses: ["sports"] }));
    expect(c.code).toBe("3926.20.30.00");
    expect(parseLine("Specially designed for use in sports:").kind).toBe("condition");
  });

  it("3926.20.10.20 disposable vinyl gloves stay 'Seamless' (dipped in one piece)", () => {
    const c = chooseNationalLine("392620", us("392620"), attrs({ text: "disposable vinyl gloves, powder free, box of 100", mats: ["plastic"] }));
    expect(c.code).toBe("3926.20.10.20");
  });
});

describe("US HTSUS: valves and coated garments", () => {
  it("8481.80.90.15 a propane gas pressure regulator is a self-operating regulator valve; a solenoid-driven one is not", () => {
    expect(chooseNationalLine("848180", us("848180"), attrs({ text: "two-stage propane pressure regulator for gas grills", mats: ["aluminium"] })).code).toBe("8481.80.90.15");
    expect(chooseNationalLine("848180", us("848180"), attrs({ text: "solenoid valve regulator for irrigation", mats: ["plastic"] })).code).not.toBe("8481.80.90.15");
  });

  it("8481.80.90.05 a hose-end water timer and an irrigation valve are solenoid valves; a plastic float valve is not", () => {
    for (const text of ["battery operated hose faucet water timer with two outlets", "24v irrigation valve for lawn sprinkler zones"]) {
      expect(chooseNationalLine("848180", us("848180"), attrs({ text, mats: ["plastic"] })).code, text).toBe("8481.80.90.05");
    }
    expect(chooseNationalLine("848180", us("848180"), attrs({ text: "float valve for livestock water trough", mats: ["plastic"] })).code).not.toBe("8481.80.90.05");
  });

  it("8481.80.90.50 a tank valve that can be worked manually, by air or by cable is not 'Hand operated'; a manual brass gate valve is", () => {
    expect(chooseNationalLine("848180", us("848180"), attrs({ text: "tank outlet valve, can be operated manually, by air or by cable", mats: ["plastic"] })).code).toBe("8481.80.90.50");
    expect(chooseNationalLine("848180", us("848180"), attrs({ text: "manual gate valve with hand wheel, pressure rating 1000 kpa", mats: ["iron_steel"] })).code.startsWith("8481.80.30")).toBe(true);
  });

  it("6113.00.10.10 a women's raincoat of knitted fabric coated with plastics: 'Coats and jackets' (a raincoat is a coat)", () => {
    const c = chooseNationalLine("611300", us("611300"), attrs({ text: "women's hooded raincoat, knitted polyester fabric with an outer surface of pvc plastics that completely obscures it", gender: "women", mats: ["plastic", "synthetic"], construction: "knitted" }));
    expect(c.code).toBe("6113.00.10.10");
  });
});

describe("chooseNationalLine with the walks of a follow-up question", () => {
  it("gives for every answer tried what a walk of its own gives", () => {
    const mats: Material[] = ["cotton", "synthetic", "wool", "leather", "plastic", "rubber", "textile", "wood", "iron_steel", "aluminium", "base_metal", "silver", "gold", "glass", "ceramic", "paper"];
    const cases: Array<[string, NationalLine[], ExtractedAttributes]> = [
      ["610910", us("610910"), attrs({ text: "graphic tee shirt", gender: "men" })],
      ["420221", us("420221"), attrs({ text: "tote handbag with zipper" })],
      ["640299", us("640299"), attrs({ text: "slip-on sandals for women" })],
      ["732393", eu("732393"), attrs({ text: "cooking pot with lid" })],
      ["851650", us("851650"), attrs({ text: "microwave oven 800 w" })],
      ["940360", us("940360"), attrs({ text: "wooden bookcase for the living room", uses: ["household"] })],
      ["870899", eu("870899"), attrs({ text: "brake caliper for passenger cars", isPart: true })],
      ["950300", us("950300"), attrs({ text: "plush toy bear" })],
    ];
    for (const [hs6, lines, base] of cases) {
      const tries: ExtractedAttributes[] = [
        ...mats.map((m) => ({ ...base, materials: [{ material: m, percent: 100, term: m, source: "context" as const }] })),
        ...(["knitted", "woven"] as const).map((c) => ({ ...base, construction: c })),
        ...(["men", "women", "boys", "girls", "babies"] as const).map((gender) => ({ ...base, gender })),
        ...(["electric", "battery", "manual"] as const).map((powerSource) => ({ ...base, powerSource })),
        ...["household", "kitchen", "sports", "toy", "vehicle", "industrial", "medical", "office"].map((u) => ({ ...base, uses: [u] })),
        { ...base, processing: ["cast"] },
        base,
      ];
      const walks = {};
      for (const t of tries) expect(chooseNationalLine(hs6, lines, t, walks)).toEqual(chooseNationalLine(hs6, lines, t));
    }
  });
});
