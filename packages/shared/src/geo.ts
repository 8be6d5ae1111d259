/** EU member states (customs union: one common tariff, TARIC), as ISO 3166-1 alpha-2 codes. */
export const EU_MEMBERS: ReadonlySet<string> = new Set(
  "AT BE BG HR CY CZ DK EE FI FR DE GR IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split(" "),
);

/** The national tariff schedule openhs has for a destination: US (HTSUS), EU (TARIC), or none. */
export function nationalScheduleFor(country: string | undefined): "US" | "EU" | undefined {
  if (!country) return undefined;
  if (country === "US") return "US";
  return country === "EU" || EU_MEMBERS.has(country) ? "EU" : undefined;
}
