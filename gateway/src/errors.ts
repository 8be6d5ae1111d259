import { errorField, grpc } from "@openhs/shared";

/** The REST error envelope. */
export interface ApiError {
  success: false;
  error: { code: string; message: string; field?: string };
}

export class HttpError extends Error {
  constructor(public readonly status: number, public readonly code: string, message: string, public readonly field?: string) {
    super(message);
  }
}

/** gRPC status → HTTP status and error code. The one place this mapping lives. */
const GRPC_TO_HTTP: Partial<Record<grpc.status, [number, string]>> = {
  [grpc.status.INVALID_ARGUMENT]: [422, "invalid_argument"],
  [grpc.status.OUT_OF_RANGE]: [422, "out_of_range"],
  [grpc.status.FAILED_PRECONDITION]: [422, "failed_precondition"],
  [grpc.status.NOT_FOUND]: [404, "not_found"],
  [grpc.status.ALREADY_EXISTS]: [409, "already_exists"],
  [grpc.status.PERMISSION_DENIED]: [403, "permission_denied"],
  [grpc.status.UNAUTHENTICATED]: [401, "unauthenticated"],
  [grpc.status.RESOURCE_EXHAUSTED]: [429, "resource_exhausted"],
  [grpc.status.UNIMPLEMENTED]: [501, "not_implemented"],
  [grpc.status.UNAVAILABLE]: [503, "service_unavailable"],
  [grpc.status.DEADLINE_EXCEEDED]: [504, "deadline_exceeded"],
  [grpc.status.CANCELLED]: [503, "cancelled"],
};

export function isGrpcError(err: unknown): err is grpc.ServiceError {
  return typeof (err as grpc.ServiceError)?.code === "number" && (err as grpc.ServiceError).metadata instanceof grpc.Metadata;
}

/** Turns any error into (HTTP status, envelope). Internal details never leak to clients. */
export function toHttpError(err: unknown): { status: number; body: ApiError } {
  if (err instanceof HttpError) {
    return { status: err.status, body: { success: false, error: { code: err.code, message: err.message, ...(err.field ? { field: err.field } : {}) } } };
  }
  if (isGrpcError(err)) {
    const [status, code] = GRPC_TO_HTTP[err.code] ?? [500, "internal"];
    const field = errorField(err);
    const message = status >= 500 && status !== 501 && status !== 503 && status !== 504 ? "internal error" : err.details || err.message;
    return { status, body: { success: false, error: { code, message, ...(field ? { field } : {}) } } };
  }
  return { status: 500, body: { success: false, error: { code: "internal", message: "internal error" } } };
}
