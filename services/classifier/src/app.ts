import { NotFoundError, InputError, type Logger } from "@openhs/shared";
import type { ClassificationStore, StoredClassification, StoredFeedback } from "./adapters/pg-store.js";
import { ClassifierEngine, type ClassificationResult } from "./domain/engine.js";
import { validateProduct } from "./domain/input.js";
import { FeedbackMemory, productKey } from "./domain/memory.js";
import type { ProductInput } from "./domain/types.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Version of the classification logic; stored with every answer so it can be reproduced. */
export const ENGINE_VERSION = "1";

/** The candidate list is working state of the engine, not part of the answer: it is not stored. */
function answerOnly(result: ClassificationResult): ClassificationResult {
  return { ...result, candidates: [] };
}

/** The classifier application: engine + answer cache + feedback memory + storage. */
export class ClassifierApp {
  private readonly cache = new Map<string, ClassificationResult>();
  readonly memory = new FeedbackMemory();

  constructor(
    public engine: ClassifierEngine,
    public dataVersion: string,
    private readonly store: ClassificationStore<ClassificationResult>,
    private readonly logger: Logger,
    private readonly cacheMax = 50_000,
  ) {}

  /** Rebuilds the feedback memory from storage (at start). */
  async loadFeedback(): Promise<number> {
    const all = await this.store.allFeedback();
    for (const f of all) this.memory.remember(f.input, { code: f.code, verdict: f.verdict, at: f.createdAt.toISOString() });
    return all.length;
  }

  /** Classifies without storing (batch workers and coherence checks store themselves or not at all). */
  compute(raw: ProductInput): { input: ProductInput; key: string; result: ClassificationResult; cached: boolean } {
    const input = validateProduct(raw);
    const key = productKey(input);
    const hit = this.cache.get(key);
    if (hit) return { input, key, result: hit, cached: true };
    const result = this.engine.classify(input, this.memory.recall(input));
    if (this.cache.size >= this.cacheMax) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, result);
    return { input, key, result, cached: false };
  }

  async classify(raw: ProductInput): Promise<StoredClassification<ClassificationResult>> {
    const { input, key, result } = this.compute(raw);
    const stored = await this.store.save(input, key, answerOnly(result), ENGINE_VERSION, this.dataVersion);
    return { ...stored, output: result };
  }

  /**
   * Classifies once and stores the answer under each of `ids` (idempotent: an id stored before is
   * left as it was). Used by batch work, where identical products share one classification.
   */
  async classifyMany(raw: ProductInput, ids: string[]): Promise<StoredClassification<ClassificationResult>> {
    for (const id of ids) if (!UUID.test(id)) throw new InputError("classification_ids", "must be UUIDs");
    const { input, key, result } = this.compute(raw);
    const createdAt = await this.store.saveMany(ids, input, key, answerOnly(result), ENGINE_VERSION, this.dataVersion);
    return { id: ids[0]!, input, output: result, engineVersion: ENGINE_VERSION, dataVersion: this.dataVersion, createdAt };
  }

  /**
   * Classifies a chunk of batch work: each product once, every answer stored under its ids in one
   * statement (idempotent). A product that is invalid gets its own error; a storage failure throws
   * (the caller retries the whole chunk).
   */
  async classifyBulk(items: Array<{ raw: ProductInput; ids: string[] }>): Promise<Array<{ stored: StoredClassification<ClassificationResult>; ms: number } | { error: unknown }>> {
    const out: Array<{ stored: StoredClassification<ClassificationResult>; ms: number } | { error: unknown }> = [];
    const rows: Array<{ ids: string[]; input: ProductInput; key: string; output: ClassificationResult }> = [];
    let slice = performance.now();
    for (const it of items) {
      // Yield to the event loop every ~20 ms so gRPC calls served by the same process keep answering.
      if (performance.now() - slice > 20) {
        await new Promise((r) => setImmediate(r));
        slice = performance.now();
      }
      try {
        for (const id of it.ids) if (!UUID.test(id)) throw new InputError("classification_ids", "must be UUIDs");
        if (it.ids.length === 0) throw new InputError("classification_ids", "at least one id is required");
        const t0 = performance.now();
        const { input, key, result } = this.compute(it.raw);
        rows.push({ ids: it.ids, input, key, output: answerOnly(result) });
        out.push({ stored: { id: it.ids[0]!, input, output: result, engineVersion: ENGINE_VERSION, dataVersion: this.dataVersion, createdAt: new Date() }, ms: performance.now() - t0 });
      } catch (error) {
        out.push({ error });
      }
    }
    await this.store.saveBulk(rows, ENGINE_VERSION, this.dataVersion);
    return out;
  }

  async get(id: string) {
    if (!UUID.test(id)) throw new InputError("id", "must be a classification id (UUID)");
    const found = await this.store.get(id);
    if (!found) throw new NotFoundError(`classification ${id} not found`, "id");
    return found;
  }

  /**
   * Records a confirmation or correction. The product (and near-identical ones) will get this
   * code from now on: the memory is updated and the cached answer dropped.
   */
  async feedback(id: string, verdict: "confirmed" | "corrected", correctedCode: string | undefined, comment: string | undefined, idempotencyKey: string | undefined): Promise<StoredFeedback> {
    const c = await this.get(id);
    let code: string;
    if (verdict === "corrected") {
      const digits = (correctedCode ?? "").replace(/[.\s]/g, "");
      if (!/^\d{6}(\d{2}){0,2}$/.test(digits)) throw new InputError("corrected_code", "must be a 6, 8 or 10 digit code when the verdict is corrected");
      if (!this.engine.knowledge.hs6.has(digits.slice(0, 6))) throw new InputError("corrected_code", `${digits.slice(0, 6)} is not an HS 2022 subheading`);
      code = digits;
    } else {
      code = c.output.nationalCode || c.output.hs6;
    }
    if (comment && comment.length > 2000) throw new InputError("comment", "is too long (at most 2000 characters)");
    const fb = await this.store.addFeedback(id, verdict, code, comment, idempotencyKey);
    this.memory.remember(c.input, { code: fb.code, verdict: fb.verdict, at: fb.createdAt.toISOString() });
    this.cache.clear(); // this product and near-identical ones may now answer differently
    this.logger.info({ classificationId: id, verdict }, "feedback recorded");
    return fb;
  }
}
