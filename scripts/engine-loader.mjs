// Builds a classifier engine in-process from the tariff database (for evaluation and benchmarks; the
// classifier service itself streams the nomenclature from the tariff service).
import { createPool, dataDir } from "@openhs/shared";
import { loadCatalog } from "../services/tariff/dist/adapters/pg-snapshot.js";
import { loadKnowledgeFromCatalogRows } from "../services/classifier/dist/adapters/knowledge-loader.js";
import { ClassifierEngine } from "../services/classifier/dist/domain/engine.js";
import { hypernymFallback, loadWordNet } from "../services/classifier/dist/domain/lexicon/wordnet.js";

export async function loadEngineFromDatabase(databaseUrl, engineOptions = {}) {
  const pool = createPool(databaseUrl, 2);
  try {
    const catalog = await loadCatalog(pool);
    const nom = catalog.nomenclature;
    const rows = (schedule) => [...nom.all(schedule)];
    const sections = nom.children("HS2022", undefined, "2026-01-01").children.map((c) => ({ roman: c.code, title: c.description }));
    const knowledge = await loadKnowledgeFromCatalogRows({ sections, hs: rows("HS2022"), us: rows("US"), eu: rows("EU"), dataDir: dataDir() });
    loadWordNet(); // at start, as the service does, not inside the first classification
    return new ClassifierEngine(knowledge, { hypernyms: hypernymFallback, ...engineOptions });
  } finally {
    await pool.end();
  }
}
