import path from "node:path";
import { fileURLToPath } from "node:url";
import { tariffV1 } from "@openhs/proto";
import { collectGarbage, createPool, dataDir, makeClient, migrate, safeUrl, sleep, type Logger, type Pool } from "@openhs/shared";
import { ClassificationStore } from "./adapters/pg-store.js";
import { loadReferenceTerms } from "./adapters/reference-files.js";
import { fetchDataVersion, fetchSections, streamSchedule } from "./adapters/tariff-source.js";
import { ClassifierApp } from "./app.js";
import type { Config } from "./config.js";
import { ClassifierEngine, type ClassificationResult } from "./domain/engine.js";
import { Knowledge } from "./domain/knowledge.js";
import { hypernymFallback, loadWordNet } from "./domain/lexicon/wordnet.js";

/**
 * What the classifier service and a standalone batch worker both need: the database (migrated), the
 * knowledge streamed once from the tariff service, the engine and the feedback memory.
 */
export async function bootstrapApp(config: Config, logger: Logger): Promise<{ app: ClassifierApp; pool: Pool; closeTariff: () => void }> {
  const pool = createPool(config.DATABASE_URL);
  logger.info({ database: safeUrl(config.DATABASE_URL), tariff: config.TARIFF_ADDR }, "starting classifier");
  await migrate(pool, "classifier", path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "migrations"));

  // The nomenclature comes from the tariff service, streamed once; wait for it to be up.
  const tariff = makeClient(tariffV1.TariffServiceClient, config.TARIFF_ADDR);
  const deadline = Date.now() + config.TARIFF_WAIT_MS;
  let dataVersion = "";
  for (;;) {
    try {
      dataVersion = await fetchDataVersion(tariff);
      break;
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`tariff service at ${config.TARIFF_ADDR} not reachable: ${(err as Error).message}`);
      await sleep(500);
    }
  }
  const t0 = Date.now();
  const [sections, hs, us, eu, refs] = await Promise.all([
    fetchSections(tariff),
    streamSchedule(tariff, tariffV1.Schedule.SCHEDULE_HS),
    streamSchedule(tariff, tariffV1.Schedule.SCHEDULE_US),
    streamSchedule(tariff, tariffV1.Schedule.SCHEDULE_EU),
    loadReferenceTerms(config.HS_DATA_DIR ? path.resolve(config.HS_DATA_DIR) : dataDir()),
  ]);
  const knowledge = new Knowledge({ sections, hs, national: { US: us, EU: eu }, references: refs.terms });
  const wordnet = loadWordNet();
  logger.info({ wordnet }, wordnet.loaded ? "WordNet hypernyms loaded" : "WordNet not available: unknown nouns get no hypernym fallback");
  const engine = new ClassifierEngine(knowledge, { hypernyms: hypernymFallback });
  logger.info({ ms: Date.now() - t0, hs6: knowledge.hs6.size, references: refs.loaded, dataVersion }, "classifier knowledge built");
  prewarmInBackground(engine, logger);

  const store = new ClassificationStore<ClassificationResult>(pool);
  const app = new ClassifierApp(engine, dataVersion, store, logger);
  const feedback = await app.loadFeedback();
  logger.info({ feedback }, "feedback memory loaded");
  return { app, pool, closeTariff: () => tariff.close() };
}

/** Runs the engine's warm-up in small slices between other work (requests keep being answered), with a full collection in it. */
function prewarmInBackground(engine: ClassifierEngine, logger: Logger) {
  const t0 = Date.now();
  // The warm-up's garbage is collected at once (see collectGarbage), before its sample classifications.
  let collected = false;
  const steps = engine.prewarm(250, () => (collected = collectGarbage()));
  const tick = () => {
    const r = steps.next();
    if (r.done) logger.info({ ...r.value, ms: Date.now() - t0, collected }, "classifier warmed up");
    else setImmediate(tick);
  };
  setImmediate(tick);
}
