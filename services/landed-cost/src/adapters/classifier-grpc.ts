import { classifierV1, type commonV1 } from "@openhs/proto";
import { grpc } from "@openhs/shared";
import type { ClassificationOutcome, ClassifierPort } from "./ports.js";

/** The classifier over gRPC: product → code for the landed cost. */
export class GrpcClassifier implements ClassifierPort {
  constructor(private readonly client: classifierV1.ClassifierServiceClient, private readonly deadlineMs = 5000) {}

  classify(product: commonV1.Product, origin: string, destination: string): Promise<ClassificationOutcome> {
    const req = classifierV1.ClassifyRequest.fromPartial({ input: { product, originCountry: origin, destinationCountry: destination } });
    return new Promise((resolve, reject) => {
      this.client.classify(req, new grpc.Metadata(), { deadline: Date.now() + this.deadlineMs }, (err, res) => {
        if (err) return reject(err);
        const c = res.classification;
        if (!c || !c.hsCode) return reject(Object.assign(new Error("the classifier returned no code"), { code: grpc.status.UNAVAILABLE, details: "the classifier returned no code", metadata: new grpc.Metadata() }));
        resolve({
          code: c.nationalCode || c.hsCode,
          hsCode: c.hsCode,
          id: c.id,
          final: c.status === classifierV1.ClassificationStatus.CLASSIFICATION_STATUS_FINAL,
          confidence: c.confidence,
          missingAttributes: c.followUpQuestions.map((q) => q.attribute),
        });
      });
    });
  }
}
