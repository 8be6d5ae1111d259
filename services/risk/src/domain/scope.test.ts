import { describe, expect, it } from "vitest";
import { PrefixIndex, ScopeMatcher } from "./scope.js";

describe("PrefixIndex", () => {
  const idx = new PrefixIndex([{ prefix: "72" }, { prefix: "7208" }, { prefix: "720839" }, { prefix: "7318", validFrom: "2026-01-01" }, { prefix: "8518" }]);
  it("finds the longest entry containing a code", () => {
    expect(idx.containing("7208390090", "2026-06-01")?.prefix).toBe("720839");
    expect(idx.containing("7208100000", "2026-06-01")?.prefix).toBe("7208");
    expect(idx.containing("7202110000", "2026-06-01")?.prefix).toBe("72");
    expect(idx.containing("6109100010", "2026-06-01")).toBeUndefined();
  });
  it("honours entry validity dates", () => {
    expect(idx.containing("731815", "2025-12-31")).toBeUndefined();
    expect(idx.containing("731815", "2026-01-01")?.prefix).toBe("7318");
  });
  it("lists entries under a broader code, never the code itself or siblings", () => {
    expect(idx.under("72", "2026-06-01").map((e) => e.prefix)).toEqual(["7208", "720839"]);
    expect(idx.under("7208", "2026-06-01").map((e) => e.prefix)).toEqual(["720839"]);
    expect(idx.under("85", "2026-06-01").map((e) => e.prefix)).toEqual(["8518"]);
    expect(idx.under("8517", "2026-06-01")).toEqual([]);
  });
});

describe("ScopeMatcher", () => {
  const m = new ScopeMatcher({
    applies: [{ prefix: "72" }, { prefix: "3105" }],
    conditional: [{ prefix: "8518", condition: "if active" }],
    exclude: [{ prefix: "7204" }, { prefix: "72022" }, { prefix: "310560" }],
  });
  const asOf = "2026-06-01";
  it("a code inside an applies entry is a full match", () => expect(m.match("applies", "7208390090", asOf)).toMatchObject({ kind: "full", entry: { prefix: "72" } }));
  it("an exclusion longer than the entry removes the code", () => {
    expect(m.match("applies", "7204100000", asOf)).toBeUndefined();
    expect(m.match("applies", "7202210000", asOf)).toBeUndefined();
    expect(m.match("applies", "3105600000", asOf)).toBeUndefined();
    expect(m.match("applies", "3105200000", asOf)?.kind).toBe("full");
  });
  it("a code above an exclusion is partial, naming what is carved out", () => {
    const r = m.match("applies", "7202", asOf);
    expect(r).toMatchObject({ kind: "partial", entry: { prefix: "72" } });
    expect(r?.kind === "partial" && r.carvedOut.map((e) => e.prefix)).toEqual(["72022"]);
  });
  it("a code broader than the entries is partial, naming the entries under it", () => {
    const r = m.match("applies", "31", asOf);
    expect(r?.kind === "partial" && r.inside.map((e) => e.prefix)).toEqual(["3105"]);
  });
  it("conditional entries match in their own list", () => {
    expect(m.match("conditional", "851830", asOf)).toMatchObject({ kind: "full", entry: { condition: "if active" } });
    expect(m.match("applies", "851830", asOf)).toBeUndefined();
  });
});
