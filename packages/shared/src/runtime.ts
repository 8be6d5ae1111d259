import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * Node flags for a process that classifies: each classification allocates about half a megabyte of short-lived
 * objects, so a 16 MB young generation (Node's default) is scavenged every ~30 requests, and each scavenge also scans
 * the large, long-lived knowledge heap's pointers into it. A 64 MB one is scavenged a quarter as often, for about a
 * third of the total pause time (measured over the two development sets). Used by every launcher of the classifier
 * (npm start, docker-compose, the evaluation).
 */
export const CLASSIFIER_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=64"];

let gc: (() => void) | undefined;

/**
 * A full, compacting garbage collection, run once a warm-up is over: a warm-up leaves hundreds of megabytes of
 * garbage in the old generation, which otherwise stays until the next major collection and makes every young-generation
 * collection in between slower (more old-to-new slots to scan). Returns false where the runtime refuses it.
 */
export function collectGarbage(): boolean {
  try {
    if (!gc) {
      setFlagsFromString("--expose-gc");
      gc = runInNewContext("gc") as () => void;
    }
    gc();
    return true;
  } catch {
    return false;
  }
}
