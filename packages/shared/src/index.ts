export * from "./config.js";
export * from "./logger.js";
export * from "./grpc.js";
export * from "./db.js";
export * from "./messaging.js";
export * from "./paths.js";
export * from "./dates.js";
export * from "./text.js";
