import { describe, expect, it } from "vitest";
import { grpc, InputError, NotFoundError, errorField, toServiceError } from "./grpc.js";
import { ConfigError, loadConfig, port } from "./config.js";
import { z } from "zod";

describe("toServiceError", () => {
  it("maps domain input errors to INVALID_ARGUMENT with the field in the trailer", () => {
    const e = toServiceError(new InputError("code", "must contain only digits"));
    expect(e.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(errorField(e)).toBe("code");
    expect(e.details).toBe("code: must contain only digits");
  });
  it("maps not-found to NOT_FOUND", () => expect(toServiceError(new NotFoundError("no such code")).code).toBe(grpc.status.NOT_FOUND));
  it("hides unexpected errors behind INTERNAL without their message", () => {
    const e = toServiceError(new Error("connection string postgres://secret@db"));
    expect(e.code).toBe(grpc.status.INTERNAL);
    expect(e.details).toBe("internal error");
  });
});

describe("loadConfig", () => {
  const schema = z.object({ PORT: port(3000), NAME: z.string().default("x") });
  it("applies defaults and coerces", () => expect(loadConfig(schema, { PORT: "8080" })).toEqual({ PORT: 8080, NAME: "x" }));
  it("treats empty strings as unset", () => expect(loadConfig(schema, { PORT: "" }).PORT).toBe(3000));
  it("names every invalid variable", () => {
    expect(() => loadConfig(schema, { PORT: "http" })).toThrow(ConfigError);
    expect(() => loadConfig(schema, { PORT: "99999" })).toThrow(/PORT/);
  });
});
