// Small hand-written nomenclature fixture for pure domain tests (not the real data).
import type { NomenclatureRow, SectionRow, CorrelationRow } from "./nomenclature.js";

let sid = 0;
let pos = 0;
export function row(p: Partial<NomenclatureRow> & Pick<NomenclatureRow, "schedule" | "code" | "level" | "description">): NomenclatureRow {
  return {
    sid: ++sid,
    suffix: "80",
    indent: 0,
    position: ++pos,
    parentSid: null,
    section: null,
    units: [],
    declarable: false,
    validityStart: null,
    validityEnd: null,
    sourceId: "fixture",
    ...p,
  };
}

export function fixture() {
  sid = 0;
  pos = 0;
  const ch61 = row({ schedule: "HS2022", code: "61", level: "chapter", section: "XI", description: "Articles of apparel and clothing accessories; knitted or crocheted", validityStart: "2022-01-01" });
  const h6109 = row({ schedule: "HS2022", code: "6109", level: "heading", section: "XI", parentSid: ch61.sid, description: "T-shirts, singlets and other vests; knitted or crocheted", validityStart: "2022-01-01" });
  const s610910 = row({ schedule: "HS2022", code: "610910", level: "subheading", section: "XI", parentSid: h6109.sid, description: "T-shirts, singlets and other vests; of cotton, knitted or crocheted", validityStart: "2022-01-01" });
  const ch85 = row({ schedule: "HS2022", code: "85", level: "chapter", section: "XVI", description: "Electrical machinery and equipment", validityStart: "2022-01-01" });
  const h8517 = row({ schedule: "HS2022", code: "8517", level: "heading", section: "XVI", parentSid: ch85.sid, description: "Telephone sets, including smartphones", validityStart: "2022-01-01" });
  const s851713 = row({ schedule: "HS2022", code: "851713", level: "subheading", section: "XVI", parentSid: h8517.sid, description: "Smartphones", validityStart: "2022-01-01" });
  const old = row({ schedule: "HS2017", code: "851712", level: "subheading", section: "XVI", description: "Telephones for cellular networks or for other wireless networks", validityStart: "2017-01-01", validityEnd: "2021-12-31" });
  const us6109 = row({ schedule: "US", code: "6109", level: "heading", description: "T-shirts, singlets, tank tops and similar garments, knitted or crocheted:" });
  const us610910 = row({ schedule: "US", code: "61091000", level: "tariff_line", parentSid: us6109.sid, description: "Of cotton", units: [] });
  const usGroup = row({ schedule: "US", code: "", level: "group", parentSid: us610910.sid, description: "T-shirts, other than underwear:" });
  const usMen = row({ schedule: "US", code: "6109100012", level: "statistical", parentSid: usGroup.sid, description: "Men's (338)", units: ["doz", "kg"], declarable: true });
  const rows = [ch61, h6109, s610910, ch85, h8517, s851713, old, us6109, us610910, usGroup, usMen];
  const sections: SectionRow[] = [
    { edition: "HS2022", roman: "XI", number: 11, title: "Textiles and textile articles", sourceId: "fixture" },
    { edition: "HS2022", roman: "XVI", number: 16, title: "Machinery and mechanical appliances; electrical equipment", sourceId: "fixture" },
  ];
  const correlations: CorrelationRow[] = [
    { hs2022: "851713", hs2017: "851712", relationship: "1:n" },
    { hs2022: "851714", hs2017: "851712", relationship: "1:n" },
  ];
  return { rows, sections, correlations, ids: { usMen, us610910, usGroup } };
}
