// Test helper: the classifier's knowledge built from the real tariff data in the test database
// (through the tariff service's own snapshot loader) and the reference files — once per test file.
import { createPool, dataDir } from "@openhs/shared";
import { loadCatalog } from "../../tariff/src/adapters/pg-snapshot.js";
import { loadKnowledgeFromCatalogRows } from "./adapters/knowledge-loader.js";
import type { Knowledge } from "./domain/knowledge.js";

let cached: Promise<{ knowledge: Knowledge; dataVersion: string }> | undefined;

export function testKnowledge(databaseUrl: string) {
  cached ??= (async () => {
    const pool = createPool(databaseUrl, 2);
    try {
      const catalog = await loadCatalog(pool);
      const nom = catalog.nomenclature;
      const rows = (s: "HS2022" | "US" | "EU") => [...nom.all(s)];
      const sections = nom.children("HS2022", undefined, "2026-01-01").children.map((c) => ({ roman: c.code, title: c.description }));
      const knowledge = await loadKnowledgeFromCatalogRows({ sections, hs: rows("HS2022"), us: rows("US"), eu: rows("EU"), dataDir: dataDir() });
      return { knowledge, dataVersion: catalog.dataVersion };
    } finally {
      await pool.end();
    }
  })();
  return cached;
}
