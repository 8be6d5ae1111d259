import type { Pool } from "@openhs/shared";

/** Per key, per day (UTC), per endpoint request counters. */
export class UsageStore {
  constructor(private readonly pool: Pool) {}

  async add(rows: Array<{ keyId: string; day: string; endpoint: string; count: number }>): Promise<void> {
    if (!rows.length) return;
    await this.pool.query(
      `INSERT INTO gateway.usage_daily (key_id, day, endpoint, count)
       SELECT * FROM unnest($1::uuid[], $2::date[], $3::text[], $4::bigint[])
       ON CONFLICT (key_id, day, endpoint) DO UPDATE SET count = gateway.usage_daily.count + EXCLUDED.count`,
      [rows.map((r) => r.keyId), rows.map((r) => r.day), rows.map((r) => r.endpoint), rows.map((r) => r.count)],
    );
  }

  async read(keyId: string, fromDay: string): Promise<Array<{ day: string; endpoint: string; count: number }>> {
    const r = await this.pool.query(
      "SELECT day, endpoint, count FROM gateway.usage_daily WHERE key_id = $1 AND day >= $2 ORDER BY day DESC, endpoint",
      [keyId, fromDay],
    );
    return r.rows.map((x) => ({ day: x.day, endpoint: x.endpoint, count: Number(x.count) }));
  }
}
