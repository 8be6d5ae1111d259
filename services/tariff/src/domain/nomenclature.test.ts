import { describe, expect, it } from "vitest";
import { InputError, NotFoundError } from "@openhs/shared";
import { formatCode, Nomenclature, normalizeCode } from "./nomenclature.js";
import { fixture } from "./fixtures.test-util.js";

const f = fixture();
const nom = new Nomenclature(f.rows, f.sections, f.correlations);

describe("normalizeCode", () => {
  it("strips dots, spaces and dashes", () => expect(normalizeCode(" 6109.10 00-12 ")).toBe("6109100012"));
  it.each([
    ["", "is required"],
    ["61a9", "only digits"],
    ["6", "2 to 10 digits"],
    ["610910001234", "2 to 10 digits"],
    ["61091", "even number"],
  ])("rejects %j (%s)", (input, reason) => {
    expect(() => normalizeCode(input)).toThrow(InputError);
    expect(() => normalizeCode(input)).toThrow(reason);
  });
});

describe("formatCode", () => {
  it("prints codes the way schedules do", () => {
    expect(formatCode("61")).toBe("61");
    expect(formatCode("610910")).toBe("6109.10");
    expect(formatCode("6109100012")).toBe("6109.10.00.12");
  });
});

describe("Nomenclature.lookup", () => {
  it("returns a US statistical line with section, HS chapter, heading, tariff line and group ancestors", () => {
    const r = nom.lookup("US", "6109100012", "2026-06-01");
    expect(r.commodity.description).toBe("Men's (338)");
    expect(r.commodity.formattedCode).toBe("6109.10.00.12");
    expect(r.ancestors.map((a) => a.level)).toEqual(["section", "chapter", "heading", "tariff_line", "group"]);
    expect(r.ancestors[0]!.code).toBe("XI");
    expect(r.commodity.fullDescription).toContain("Of cotton");
  });
  it("resolves a 10-digit code ending in 00 to its 8-digit US tariff line", () => {
    expect(nom.lookup("US", "6109100000", "2026-06-01").commodity.code).toBe("61091000");
  });
  it("honours validity dates: an HS 2017 line is not valid in 2023", () => {
    expect(nom.lookup("HS2017", "851712", "2020-01-01").commodity.code).toBe("851712");
    expect(() => nom.lookup("HS2017", "851712", "2023-01-01")).toThrow(NotFoundError);
    expect(() => nom.lookup("HS2017", "851712", "2023-01-01")).toThrow("not valid on 2023-01-01");
  });
  it("lists children and the sections at the top", () => {
    expect(nom.children("HS2022", undefined, "2024-01-01").children.map((c) => c.code)).toEqual(["XI", "XVI"]);
    expect(nom.children("HS2022", "XI", "2024-01-01").children.map((c) => c.code)).toEqual(["61"]);
    expect(nom.children("HS2022", "6109", "2024-01-01").children.map((c) => c.code)).toEqual(["610910"]);
  });
  it("streams a schedule parents-first", () => {
    expect([...nom.all("US")].map((c) => c.code)).toEqual(["6109", "61091000", "", "6109100012"]);
  });
});

describe("Nomenclature.search", () => {
  it("finds smartphones under 8517.13 first", () => {
    const r = nom.search("HS2022", "smartphone", 5, "2024-01-01");
    expect(r.hits[0]!.commodity.code).toBe("851713");
  });
  it("keeps to the schedule and levels asked for", () => {
    const r = nom.search("HS2022", "cotton t-shirt", 5, "2024-01-01", new Set(["heading"]));
    expect(r.hits.map((h) => h.commodity.code)).toEqual(["6109"]);
  });
});

describe("HS 2017 → 2022 correlation", () => {
  it("lists the HS 2022 codes that replaced 8517.12", () => {
    expect(nom.replacements("851712").map((r) => r.hs2022)).toEqual(["851713", "851714"]);
  });
});
