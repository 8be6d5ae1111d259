// `npm run eval -- FILE.jsonl [--destination US] [--limit N] [--verbose]`
// Classifies every labeled product of FILE in-process and prints top-1 accuracy at 2/4/6/8/10 digits,
// top-5 at 6 digits, calibration per confidence band, latency, and the worst confusions by chapter.
// The last line is: hs2=… hs4=… hs6=… hs8=… hs10=… hs6_top5=… p50_ms=… n=N
// Evaluation code only: the engine never reads these files.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { ensureBuilt } from "./lib.mjs";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
if (!file) {
  console.error("usage: npm run eval -- FILE.jsonl [--destination US] [--limit N] [--verbose]");
  process.exit(2);
}
const destination = opt("destination", undefined);
const limit = Number(opt("limit", "0"));
const verbose = args.includes("--verbose");

ensureBuilt();
const { loadEngineFromDatabase } = await import("./engine-loader.mjs");
const { reliability, expectedCalibrationError } = await import("../services/classifier/dist/domain/calibration.js");
const t0 = Date.now();
const engineOptions = {};
if (opt("temperature")) engineOptions.temperature = Number(opt("temperature"));
if (opt("platt")) {
  const [intercept, slope] = opt("platt").split(",").map(Number);
  engineOptions.platt = { intercept, slope };
}
if (opt("lexicon-weight")) engineOptions.lexiconWeight = Number(opt("lexicon-weight"));
const engine = await loadEngineFromDatabase(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/openhs", engineOptions);
console.error(`engine built in ${Date.now() - t0} ms`);

// Warm-up on inputs of our own (the engine's warm-up: every national line text read, then lexicon terms,
// not the file's products), as the service does after it starts: latency is measured in steady state,
// as a running service sees it, not while the JIT compiles the engine.
{
  const w0 = Date.now();
  // As the service does: the warm-up's garbage is collected before its sample classifications.
  const { collectGarbage } = await import("@openhs/shared");
  const steps = engine.prewarm(250, collectGarbage);
  let r = steps.next();
  while (!r.done) r = steps.next();
  console.error(`warm-up: ${r.value.lines} national line texts read, ${r.value.subheadings} subheadings' states read, ${r.value.lexiconTerms} lexicon terms prepared, ${r.value.samples} sample inputs classified in ${Date.now() - w0} ms`);
}

let items = readFileSync(resolve(file), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
if (limit > 0) items = items.slice(0, limit);

const digits = [2, 4, 6, 8, 10];
const correct = Object.fromEntries(digits.map((d) => [d, 0]));
let top5 = 0;
const times = [];
const calibration = [];
const confusions = new Map();
let needMore = 0;
for (const it of items) {
  const input = {
    productName: it.product_name,
    description: it.description,
    material: it.material,
    category: it.category,
    attributes: it.attributes,
    price: it.price,
    currency: it.currency,
    originCountry: it.origin_country,
    destinationCountry: destination ?? it.destination_country,
  };
  const s = process.hrtime.bigint();
  const r = engine.classify(input);
  times.push(Number(process.hrtime.bigint() - s) / 1e6);
  const gold = String(it.hs_code);
  const pred = (r.nationalCode && r.nationalCode.length > 6 ? r.nationalCode : r.hs6).padEnd(10, "0");
  for (const d of digits) if (gold.length >= d && pred.slice(0, d) === gold.slice(0, d)) correct[d]++;
  const ok6 = r.hs6 === gold.slice(0, 6);
  if (ok6 || r.alternates.slice(0, 4).some((a) => a.hs6 === gold.slice(0, 6))) top5++;
  if (r.status === "needs_more_info") needMore++;
  calibration.push({ confidence: r.confidence, correct: ok6 });
  if (r.hs6.slice(0, 2) !== gold.slice(0, 2)) {
    const key = `${gold.slice(0, 2)} → ${r.hs6.slice(0, 2) || "none"}`;
    confusions.set(key, (confusions.get(key) ?? 0) + 1);
  }
  if (verbose && !ok6) console.log(`✗ ${gold} got ${r.hs6} ${r.nationalCode} (${r.confidence.toFixed(2)}) ${it.product_name.slice(0, 90)}`);
}
const n = items.length;
const count = (d) => items.filter((it) => String(it.hs_code).length >= d).length || 1;
const acc = (d) => (correct[d] / count(d)).toFixed(3);
times.sort((a, b) => a - b);
const q = (p) => times[Math.min(n - 1, Math.floor(p * n))] ?? 0;
console.log(`file: ${file}  items: ${n}  destination: ${destination ?? "per item"}`);
console.log(`top-1 accuracy: ${digits.map((d) => `hs${d}=${acc(d)}`).join("  ")}   hs6 top-5: ${(top5 / n).toFixed(3)}`);
console.log(`needs_more_info: ${needMore}/${n}`);
console.log("calibration (confidence band → hs6 accuracy):");
for (const b of reliability(calibration)) console.log(`  [${b.lo.toFixed(1)}, ${b.hi.toFixed(1)}${b.hi === 1 ? "]" : ")"}  n=${String(b.n).padStart(4)}  accuracy=${b.n ? b.accuracy.toFixed(3) : "  -  "}  mean confidence=${b.n ? b.meanConfidence.toFixed(3) : "  -  "}`);
console.log(`expected calibration error (hs6): ${expectedCalibrationError(calibration).toFixed(3)}`);
console.log(`latency per item: p50=${q(0.5).toFixed(2)} ms  p99=${q(0.99).toFixed(2)} ms`);
console.log("worst confusions (true chapter → predicted chapter):");
for (const [k, v] of [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  ${k}: ${v}`);
console.log(`hs2=${acc(2)} hs4=${acc(4)} hs6=${acc(6)} hs8=${acc(8)} hs10=${acc(10)} hs6_top5=${(top5 / n).toFixed(3)} p50_ms=${q(0.5).toFixed(2)} n=${n}`);
process.exit(0);
