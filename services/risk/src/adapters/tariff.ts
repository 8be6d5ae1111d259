import { tariffV1 } from "@openhs/proto";
import { errorField, grpc, InputError } from "@openhs/shared";

/** What the tariff service says about a code for a destination. */
export interface CodeCheck {
  /** False when the tariff service could not be asked (then nothing is known about the code). */
  checked: boolean;
  /** "US", "EU" or "HS2022". */
  schedule: string;
  description: string;
  /** False for a code that exists but is not a declarable line of the destination's schedule. */
  declarable: boolean;
  /** Why the code could not be checked (transport error), for the warning. */
  error?: string;
}

/** The nomenclature facts the risk service needs, behind an interface (the tariff service over gRPC). */
export interface Nomenclature {
  /** ISO alpha-2 countries and ISO 4217 currencies in use. */
  reference(): Promise<{ countries: Set<string>; currencies: Set<string> }>;
  /** Throws InputError("hs_code") when the code does not exist (or is not valid on the date) in the schedule checked. */
  checkCode(code: string, schedule: "US" | "EU" | "HS2022", asOf: string): Promise<CodeCheck>;
  /** ECB reference rate (units per EUR) of a currency on or before the date; undefined when unknown. */
  ratePerEur(currency: string, asOf: string): Promise<string | undefined>;
}

const SCHEDULE: Record<string, tariffV1.Schedule> = {
  US: tariffV1.Schedule.SCHEDULE_US,
  EU: tariffV1.Schedule.SCHEDULE_EU,
  HS2022: tariffV1.Schedule.SCHEDULE_HS,
};

const TRANSPORT = new Set([grpc.status.UNAVAILABLE, grpc.status.DEADLINE_EXCEEDED, grpc.status.CANCELLED, grpc.status.UNKNOWN, grpc.status.INTERNAL]);

function unaryCall<Req, Res>(client: grpc.Client, method: (req: Req, md: grpc.Metadata, opts: Partial<grpc.CallOptions>, cb: (e: grpc.ServiceError | null, r: Res) => void) => unknown, req: Req, deadlineMs: number): Promise<Res> {
  return new Promise((resolve, reject) => {
    method.call(client, req, new grpc.Metadata(), { deadline: Date.now() + deadlineMs }, (e, r) => (e ? reject(e) : resolve(r)));
  });
}

/** A bounded memo of successful answers (codes and rates repeat a lot in practice). */
class Memo<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(k: string): V | undefined {
    const v = this.map.get(k);
    if (v !== undefined) {
      this.map.delete(k);
      this.map.set(k, v);
    }
    return v;
  }
  set(k: string, v: V) {
    if (this.max <= 0) return;
    this.map.set(k, v);
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
}

/** Nomenclature answered by the tariff service over gRPC, with small memos for codes and rates. */
export class TariffNomenclature implements Nomenclature {
  private ref?: { countries: Set<string>; currencies: Set<string> };
  private readonly codes: Memo<CodeCheck | InputError>;
  private readonly rates: Memo<string | null>;

  constructor(private readonly client: tariffV1.TariffServiceClient, private readonly deadlineMs = 3_000, cacheSize = 20_000) {
    this.codes = new Memo(cacheSize);
    this.rates = new Memo(2_000);
  }

  async reference() {
    if (!this.ref) {
      const r = await unaryCall(this.client, this.client.listCountries, {}, this.deadlineMs * 3);
      const countries = new Set(r.countries.map((c) => c.alpha2));
      const currencies = new Set(["EUR", ...r.countries.map((c) => c.currency).filter((c) => /^[A-Z]{3}$/.test(c))]);
      if (countries.size === 0) throw new Error("the tariff service returned no countries (is the data imported?)");
      this.ref = { countries, currencies };
    }
    return this.ref;
  }

  async checkCode(code: string, schedule: "US" | "EU" | "HS2022", asOf: string): Promise<CodeCheck> {
    const key = `${code}|${schedule}|${asOf}`;
    const hit = this.codes.get(key);
    if (hit instanceof InputError) throw hit;
    if (hit) return hit;
    let r: tariffV1.ValidateCodeResponse;
    try {
      r = await unaryCall(this.client, this.client.validateCode, { code, schedule: SCHEDULE[schedule]!, destinationCountry: "", asOf }, this.deadlineMs);
    } catch (err) {
      const e = err as grpc.ServiceError;
      if (e.code === grpc.status.INVALID_ARGUMENT) throw new InputError(errorField(e) === "as_of" ? "as_of" : "hs_code", e.details || e.message);
      if (TRANSPORT.has(e.code)) return { checked: false, schedule, description: "", declarable: false, error: e.details || e.message };
      throw err;
    }
    const name = schedule === "HS2022" ? "HS 2022" : schedule === "US" ? "US HTSUS" : "EU TARIC (CN)";
    if (!r.exists || !r.valid) {
      const replaced = r.replacedBy.length ? `; HS 2022 replaced it by ${r.replacedBy.map((x) => x.hs2022Code).join(", ")}` : "";
      const why = !r.exists ? `is not a code of the ${name} schedule` : `is not valid in the ${name} schedule on ${asOf}`;
      const err = new InputError("hs_code", `${code} ${why}${replaced}`);
      this.codes.set(key, err);
      throw err;
    }
    const c = r.commodity;
    const check: CodeCheck = { checked: true, schedule, description: c?.fullDescription || c?.description || "", declarable: r.declarableForDestination || !!c?.declarable };
    this.codes.set(key, check);
    return check;
  }

  async ratePerEur(currency: string, asOf: string): Promise<string | undefined> {
    if (currency === "EUR") return "1";
    const key = `${currency}|${asOf}`;
    const hit = this.rates.get(key);
    if (hit !== undefined) return hit ?? undefined;
    try {
      const r = await unaryCall(this.client, this.client.getExchangeRate, { currency, asOf }, this.deadlineMs);
      this.rates.set(key, r.perEur || null);
      return r.perEur || undefined;
    } catch (err) {
      const e = err as grpc.ServiceError;
      if (e.code === grpc.status.NOT_FOUND || e.code === grpc.status.INVALID_ARGUMENT) {
        this.rates.set(key, null);
        return undefined;
      }
      if (TRANSPORT.has(e.code)) return undefined;
      throw err;
    }
  }
}
