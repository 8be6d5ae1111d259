import { InputError } from "./grpc.js";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today's date (UTC) as YYYY-MM-DD. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Validates an "as of" date (YYYY-MM-DD, a real calendar day); empty means today. */
export function parseAsOf(value: string | undefined, field = "as_of"): string {
  if (value === undefined || value === "") return today();
  const m = ISO.exec(value);
  if (!m) throw new InputError(field, "must be a date in YYYY-MM-DD form");
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) throw new InputError(field, "is not a real calendar date");
  const year = Number(m[1]);
  if (year < 1900 || year > 2200) throw new InputError(field, "year out of range 1900–2200");
  return value;
}

/** True when `asOf` falls in [start, end] (inclusive; null bounds are open). Dates are ISO strings. */
export function isValidOn(asOf: string, start: string | null | undefined, end: string | null | undefined): boolean {
  if (start && asOf < start) return false;
  if (end && asOf > end) return false;
  return true;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
