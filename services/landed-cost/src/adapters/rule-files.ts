import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseDeMinimis, parseDestinations, parseFees } from "../domain/rules.js";
import type { RuleTables } from "../domain/types.js";

/** services/landed-cost/data, from both src/adapters and dist/adapters. */
export const DEFAULT_RULES_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

/** Reads and validates the reviewed rule tables (throws with file:line on a malformed row). */
export async function loadRuleTables(dir = DEFAULT_RULES_DIR): Promise<RuleTables> {
  const read = (f: string) => readFile(path.join(dir, f), "utf8");
  return {
    deMinimis: parseDeMinimis(await read("de-minimis.csv")),
    destinations: parseDestinations(await read("destinations.csv")),
    fees: parseFees(await read("fees.csv")),
  };
}
