import { connect, type NatsConnection } from "nats";
import type { Logger } from "pino";

export type { NatsConnection };

/**
 * Connects to NATS when NATS_URL is configured. Returns undefined when it is not: the caller then
 * runs with its in-process stand-in (logged as such), which only works inside one process.
 */
export async function connectNats(url: string | undefined, name: string, logger: Logger): Promise<NatsConnection | undefined> {
  if (!url) {
    logger.warn("NATS_URL not set: using the in-process stand-in for NATS (no cross-process batch streaming)");
    return undefined;
  }
  const nc = await connect({
    servers: url,
    name,
    reconnect: true,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
  });
  logger.info({ server: nc.getServer() }, "connected to NATS");
  return nc;
}
