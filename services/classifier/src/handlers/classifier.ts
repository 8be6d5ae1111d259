import { classifierV1, commonV1 } from "@openhs/proto";
import { InputError, grpc, grpcError, toServiceError, unary, type Logger } from "@openhs/shared";
import type { ClassifierApp } from "../app.js";
import type { StoredClassification } from "../adapters/pg-store.js";
import type { ClassificationResult } from "../domain/engine.js";
import type { ProductInput } from "../domain/types.js";

/** proto ↔ domain for ClassifierService. */

const LEVEL: Record<string, classifierV1.DecisionLevel> = {
  section: classifierV1.DecisionLevel.DECISION_LEVEL_SECTION,
  chapter: classifierV1.DecisionLevel.DECISION_LEVEL_CHAPTER,
  heading: classifierV1.DecisionLevel.DECISION_LEVEL_HEADING,
  subheading: classifierV1.DecisionLevel.DECISION_LEVEL_SUBHEADING,
  national: classifierV1.DecisionLevel.DECISION_LEVEL_NATIONAL,
};

export const MAX_BATCH_ITEMS = 1000;

export function inputFromProto(i: classifierV1.ClassificationInput | undefined): ProductInput {
  if (!i || !i.product) throw new InputError("input.product", "is required");
  const p = i.product;
  let price: number | undefined;
  if (p.price && p.price.amount !== "") {
    if (!/^\d+(\.\d+)?$/.test(p.price.amount)) throw new InputError("product.price.amount", "must be a non-negative decimal string");
    price = Number(p.price.amount);
  }
  return {
    productName: p.productName,
    description: p.description || undefined,
    material: p.material || undefined,
    category: p.category || undefined,
    processing: p.processing || undefined,
    composition: p.composition || undefined,
    weightSpec: p.weightSpec || undefined,
    price,
    currency: p.price?.currency || undefined,
    attributes: Object.keys(p.attributes).length ? p.attributes : undefined,
    originCountry: i.originCountry || undefined,
    destinationCountry: i.destinationCountry || undefined,
    context: Object.keys(i.context).length ? i.context : undefined,
    headingHint: i.headingHint || undefined,
  };
}

function inputToProto(p: ProductInput): classifierV1.ClassificationInput {
  return {
    product: {
      productName: p.productName,
      description: p.description ?? "",
      material: p.material ?? "",
      category: p.category ?? "",
      processing: p.processing ?? "",
      composition: p.composition ?? "",
      weightSpec: p.weightSpec ?? "",
      price: p.price !== undefined ? { amount: String(p.price), currency: p.currency ?? "" } : undefined,
      attributes: p.attributes ?? {},
    },
    originCountry: p.originCountry ?? "",
    destinationCountry: p.destinationCountry ?? "",
    context: p.context ?? {},
    headingHint: p.headingHint ?? "",
  };
}

export function classificationToProto(
  r: ClassificationResult,
  meta: { id: string; createdAt?: Date; input: ProductInput; dataVersion: string; latencyMs?: number },
): classifierV1.Classification {
  return {
    id: meta.id,
    status: r.status === "final" ? classifierV1.ClassificationStatus.CLASSIFICATION_STATUS_FINAL : classifierV1.ClassificationStatus.CLASSIFICATION_STATUS_NEEDS_MORE_INFO,
    hsCode: r.hs6,
    hsDescription: r.hsDescription,
    nationalCode: r.nationalCode,
    nationalDescription: r.nationalDescription,
    nationalSchedule: r.nationalSchedule,
    confidence: r.confidence,
    alternates: r.alternates.map((a) => ({ hsCode: a.hs6, nationalCode: a.nationalCode, description: a.description, probability: a.probability })),
    decisionPath: r.path.map((s) => ({ level: LEVEL[s.level] ?? classifierV1.DecisionLevel.DECISION_LEVEL_UNSPECIFIED, code: s.code, description: s.description })),
    rulesApplied: r.rulesApplied.map((x) => ({ ruleId: x.id, reason: x.reason })),
    fieldValidation: r.fieldValidation,
    followUpQuestions: r.questions,
    headingHint: r.headingHint,
    dataVersion: meta.dataVersion,
    latencyMs: meta.latencyMs ?? 0,
    createdAt: meta.createdAt,
    input: inputToProto(meta.input),
    warnings: r.warnings satisfies commonV1.Warning[],
  };
}

export function stored(s: StoredClassification<ClassificationResult>, latencyMs?: number) {
  return classificationToProto(s.output, { id: s.id, createdAt: s.createdAt, input: s.input, dataVersion: s.dataVersion, latencyMs });
}

export function classifierHandlers(app: () => ClassifierApp, logger: Logger): classifierV1.ClassifierServiceServer {
  return {
    classify: unary(async (req: classifierV1.ClassifyRequest) => {
      const t0 = performance.now();
      const s = await app().classify(inputFromProto(req.input));
      return { classification: stored(s, performance.now() - t0) };
    }, logger),

    classifyBatch: (call: grpc.ServerWritableStream<classifierV1.ClassifyBatchRequest, classifierV1.ClassifyBatchResponse>) => {
      const items = call.request.items;
      if (items.length > MAX_BATCH_ITEMS) {
        call.destroy(toServiceError(new InputError("items", `at most ${MAX_BATCH_ITEMS} items per call (got ${items.length})`)));
        return;
      }
      const deadline = call.getDeadline();
      const deadlineMs = deadline instanceof Date ? deadline.getTime() : typeof deadline === "number" && Number.isFinite(deadline) ? deadline : Infinity;
      (async () => {
        for (let index = 0; index < items.length; index++) {
          if (call.cancelled) return;
          // Deadline honoured between items: stop working for a caller that has given up.
          if (Date.now() > deadlineMs) {
            call.destroy(grpcError(grpc.status.DEADLINE_EXCEEDED, `deadline exceeded after ${index} of ${items.length} items`));
            return;
          }
          const item = items[index]!;
          let msg: classifierV1.ClassifyBatchResponse;
          try {
            const t0 = performance.now();
            const a = app();
            const s = item.classificationIds.length ? await a.classifyMany(inputFromProto(item.input), item.classificationIds) : await a.classify(inputFromProto(item.input));
            msg = { clientId: item.clientId, index, classification: stored(s, performance.now() - t0) };
          } catch (err) {
            const e = toServiceError(err, logger);
            msg = { clientId: item.clientId, index, error: { code: grpc.status[e.code] ?? "INTERNAL", message: e.details, retryable: e.code === grpc.status.UNAVAILABLE } };
          }
          if (!call.write(msg)) await new Promise((r) => call.once("drain", r));
        }
        call.end();
      })().catch((err) => call.destroy(toServiceError(err, logger)));
    },

    validateCode: unary(async (req: classifierV1.ValidateCodeRequest) => {
      const digits = req.code.replace(/[.\s]/g, "");
      if (!/^\d{2,10}$/.test(digits) || digits.length % 2) throw new InputError("code", "must be 2 to 10 digits (even count)");
      const a = app();
      const valid = digits.length < 6 ? a.engine.knowledge.headings.has(digits.slice(0, 4)) || a.engine.knowledge.chapters.has(digits) : a.engine.knowledge.hs6.has(digits.slice(0, 6));
      if (!req.input?.product) {
        return { valid, normalizedCode: digits, coherence: classifierV1.Coherence.COHERENCE_UNSPECIFIED, reason: valid ? "code exists in HS 2022" : "no such HS 2022 code", suggestion: undefined };
      }
      const t0 = performance.now();
      const { input, result } = a.compute(inputFromProto(req.input));
      const coherence = a.engine.coherence(digits, result);
      return {
        valid,
        normalizedCode: digits,
        coherence: coherence.level === "coherent" ? classifierV1.Coherence.COHERENCE_COHERENT : coherence.level === "somewhat" ? classifierV1.Coherence.COHERENCE_SOMEWHAT : classifierV1.Coherence.COHERENCE_NOT_COHERENT,
        reason: valid ? coherence.reason : `${digits} is not an HS 2022 code; ${coherence.reason}`,
        suggestion: classificationToProto(result, { id: "", input, dataVersion: a.dataVersion, latencyMs: performance.now() - t0 }),
      };
    }, logger),

    getClassification: unary(async (req: classifierV1.GetClassificationRequest) => {
      const s = await app().get(req.id);
      return {
        classification: stored(s),
        feedback: s.feedback.map((f) => ({
          id: f.id,
          classificationId: f.classificationId,
          verdict: f.verdict === "confirmed" ? classifierV1.FeedbackVerdict.FEEDBACK_VERDICT_CONFIRMED : classifierV1.FeedbackVerdict.FEEDBACK_VERDICT_CORRECTED,
          correctedCode: f.verdict === "corrected" ? f.code : "",
          comment: f.comment ?? "",
          createdAt: f.createdAt,
        })),
      };
    }, logger),

    submitFeedback: unary(async (req: classifierV1.SubmitFeedbackRequest) => {
      const verdict =
        req.verdict === classifierV1.FeedbackVerdict.FEEDBACK_VERDICT_CONFIRMED ? "confirmed" : req.verdict === classifierV1.FeedbackVerdict.FEEDBACK_VERDICT_CORRECTED ? "corrected" : undefined;
      if (!verdict) throw new InputError("verdict", "must be CONFIRMED or CORRECTED");
      const f = await app().feedback(req.classificationId, verdict, req.correctedCode || undefined, req.comment || undefined, req.idempotencyKey || undefined);
      return {
        feedback: {
          id: f.id,
          classificationId: f.classificationId,
          verdict: req.verdict,
          correctedCode: f.verdict === "corrected" ? f.code : "",
          comment: f.comment ?? "",
          createdAt: f.createdAt,
        },
      };
    }, logger),
  };
}
