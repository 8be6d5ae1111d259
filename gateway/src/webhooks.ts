import { createHmac, timingSafeEqual } from "node:crypto";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import type { Logger } from "@openhs/shared";
import { HttpError } from "./errors.js";
import type { Delivery, WebhookStore } from "./adapters/webhooks.js";

export const WEBHOOK_EVENTS = ["classification.completed", "classification.failed", "batch.completed"] as const;
export const SIGNATURE_HEADER = "x-openhs-signature";

/**
 * Signature of a webhook body: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`.
 * Receivers recompute it over the raw body and reject stale timestamps (see README).
 */
export function sign(secret: string, body: string, t = Math.floor(Date.now() / 1000)): string {
  return `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`;
}

/** Verifies a signature header (what a receiver does); tolerance in seconds. */
export function verifySignature(secret: string, body: string, header: string, toleranceS = 300, now = Date.now() / 1000): boolean {
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=", 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isFinite(t) || Math.abs(now - t) > toleranceS || !parts.v1) return false;
  const want = Buffer.from(createHmac("sha256", secret).update(`${t}.${body}`).digest("hex"), "hex");
  const got = Buffer.from(parts.v1, "hex");
  return want.length === got.length && timingSafeEqual(want, got);
}

// Addresses a webhook may never reach unless allow-listed: loopback, private, link-local (cloud
// metadata), carrier-grade NAT, multicast, reserved and documentation ranges, IPv4-mapped forms.
const BLOCKED = new net.BlockList();
for (const [net4, bits] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.88.99.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["198.51.100.0", 24],
  ["203.0.113.0", 24], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) BLOCKED.addSubnet(net4, bits, "ipv4");
for (const [net6, bits] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["fec0::", 10], ["ff00::", 8], ["64:ff9b::", 96], ["2001:db8::", 32], ["100::", 64], ["2001::", 23]] as const) {
  BLOCKED.addSubnet(net6, bits, "ipv6");
}

export function isBlockedAddress(ip: string): boolean {
  const family = net.isIP(ip);
  if (family === 4) return BLOCKED.check(ip, "ipv4");
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip) ?? /^::(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
    if (mapped) return BLOCKED.check(mapped[1]!, "ipv4");
    if (/^::ffff:/i.test(ip)) return true; // hex-form mapped addresses: refuse rather than decode
    return BLOCKED.check(ip, "ipv6");
  }
  return true;
}

/** Hosts (names, IPs or CIDR ranges) that webhooks may reach even though they are private. */
export class AllowList {
  private readonly names = new Set<string>();
  private readonly ranges = new net.BlockList();
  private hasRanges = false;

  constructor(spec: string | undefined) {
    for (const raw of (spec ?? "").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean)) {
      const cidr = /^(.+)\/(\d+)$/.exec(raw);
      if (cidr && net.isIP(cidr[1]!)) {
        this.ranges.addSubnet(cidr[1]!, Number(cidr[2]), net.isIP(cidr[1]!) === 6 ? "ipv6" : "ipv4");
        this.hasRanges = true;
      } else this.names.add(raw.replace(/^\[|\]$/g, ""));
    }
  }

  allowsHost(host: string): boolean {
    return this.names.has(host.toLowerCase());
  }

  allowsAddress(ip: string): boolean {
    if (this.names.has(ip)) return true;
    if (!this.hasRanges) return false;
    const family = net.isIP(ip);
    return family ? this.ranges.check(ip, family === 6 ? "ipv6" : "ipv4") : false;
  }
}

function resolveAll(host: string, timeoutMs = 3000): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("DNS lookup timed out")), timeoutMs);
    dnsLookup(host, { all: true, verbatim: true }, (err, addrs) => {
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(addrs);
    });
  });
}

/**
 * Checks a webhook URL: http(s) only, no credentials, and every address it resolves to public —
 * unless the host or address is on the allow-list (an allow-listed name need not resolve when the
 * webhook is set: `resolveAllowed: false`; it is resolved at delivery). Returns the vetted addresses (the request is
 * made to one of them, so a DNS answer that changes later cannot redirect it: no rebinding).
 */
export async function vetWebhookUrl(raw: string, allow: AllowList, field = "url", opts: { resolveAllowed?: boolean } = {}): Promise<{ url: URL; addresses: LookupAddress[] }> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new HttpError(422, "invalid_url", "is not an absolute URL", field);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new HttpError(422, "invalid_url", `scheme ${url.protocol.replace(":", "")} is not allowed: use http or https`, field);
  if (url.username || url.password) throw new HttpError(422, "invalid_url", "must not contain credentials", field);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!host) throw new HttpError(422, "invalid_url", "has no host", field);
  const hostAllowed = allow.allowsHost(host);
  let addresses: LookupAddress[];
  if (net.isIP(host)) addresses = [{ address: host, family: net.isIP(host) }];
  else if (hostAllowed && opts.resolveAllowed === false) return { url, addresses: [] };
  else {
    try {
      addresses = await resolveAll(host);
    } catch (err) {
      throw new HttpError(422, "unresolvable_host", `host ${host} cannot be resolved (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, field);
    }
  }
  if (!addresses.length) throw new HttpError(422, "unresolvable_host", `host ${host} has no address`, field);
  for (const a of addresses) {
    if (isBlockedAddress(a.address) && !hostAllowed && !allow.allowsAddress(a.address)) {
      throw new HttpError(422, "forbidden_target", `${host} resolves to ${a.address}, a private, loopback, link-local or reserved address; webhooks only go to public hosts (or hosts in WEBHOOK_ALLOW_HOSTS)`, field);
    }
  }
  return { url, addresses };
}

export interface DelivererOptions {
  allow: AllowList;
  maxAttempts: number;
  retryBaseMs: number;
  pollMs: number;
  timeoutMs: number;
  logger: Logger;
}

/** Sends queued webhook deliveries: signed, one attempt per due delivery, retried with exponential backoff. */
export class WebhookDeliverer {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(private readonly store: WebhookStore, private readonly opts: DelivererOptions) {}

  start(): void {
    const tick = () => {
      if (this.stopped) return;
      this.running = this.runOnce()
        .then(() => undefined)
        .catch((err) => this.opts.logger.warn({ err: (err as Error).message }, "webhook delivery round failed"))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, this.opts.pollMs);
        });
    };
    this.timer = setTimeout(tick, this.opts.pollMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Delay before attempt `n + 1` after `n` failed attempts. */
  backoff(n: number): number {
    return Math.min(this.opts.retryBaseMs * 2 ** (n - 1), 3_600_000);
  }

  async runOnce(): Promise<number> {
    const due = await this.store.claimDue(20, 60_000);
    await Promise.all(due.map((d) => this.deliver(d)));
    return due.length;
  }

  private async deliver(d: Delivery): Promise<void> {
    const attempt = d.attempts + 1;
    const body = JSON.stringify({ id: d.id, event: d.event, created_at: new Date().toISOString(), data: d.payload });
    let status: number | null = null;
    let error = "";
    try {
      const { url, addresses } = await vetWebhookUrl(d.url, this.opts.allow);
      status = await post(url, addresses[0]!, body, {
        "content-type": "application/json",
        "user-agent": "openhs-webhooks/1",
        "x-openhs-event": d.event,
        "x-openhs-delivery": d.id,
        [SIGNATURE_HEADER]: sign(d.secret, body),
      }, this.opts.timeoutMs);
      if (status >= 200 && status < 300) {
        await this.store.delivered(d.id, status);
        return;
      }
      error = `receiver answered HTTP ${status}`;
    } catch (err) {
      error = err instanceof HttpError ? err.message : (err as Error).message;
    }
    const retryAt = attempt < this.opts.maxAttempts ? new Date(Date.now() + this.backoff(attempt)) : undefined;
    this.opts.logger.info({ delivery: d.id, event: d.event, attempt, status, error, retry: Boolean(retryAt) }, "webhook delivery failed");
    await this.store.attemptFailed(d.id, status, error, retryAt);
  }
}

/** POSTs to `url`, connecting to the vetted `address` (no redirects followed). Resolves with the status. */
function post(url: URL, address: LookupAddress, body: string, headers: Record<string, string>, timeoutMs: number): Promise<number> {
  const mod = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(
      url,
      {
        method: "POST",
        headers: { ...headers, "content-length": Buffer.byteLength(body) },
        timeout: timeoutMs,
        lookup: (_host, opts, cb) => {
          if ((opts as { all?: boolean }).all) (cb as unknown as (e: null, a: LookupAddress[]) => void)(null, [address]);
          else cb(null, address.address, address.family);
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on("error", reject);
    req.end(body);
  });
}
