import type { CodeScope, ScopeEntry } from "./types.js";

/** A code's relation to a list of scope prefixes. */
export type ScopeMatch =
  /** The code lies inside `entry` (the longest prefix that contains it). */
  | { kind: "full"; entry: ScopeEntry }
  /**
   * The code is broader than the scope: some lines under it are in scope (`inside`), or it lies in
   * scope but some lines under it are carved out (`entry` + `carvedOut`).
   */
  | { kind: "partial"; inside: ScopeEntry[]; entry?: ScopeEntry; carvedOut: ScopeEntry[] };

const validOn = (e: ScopeEntry, asOf: string) => (!e.validFrom || asOf >= e.validFrom) && (!e.validTo || asOf <= e.validTo);

/**
 * Prefix index over scope entries: which entry contains a code (longest prefix wins), and which
 * entries lie under a code that is broader than them. Lookups cost O(code length + log n).
 */
export class PrefixIndex {
  private readonly byPrefix = new Map<string, ScopeEntry[]>();
  private readonly sorted: string[];

  constructor(readonly entries: ScopeEntry[]) {
    for (const e of entries) {
      const list = this.byPrefix.get(e.prefix);
      if (list) list.push(e);
      else this.byPrefix.set(e.prefix, [e]);
    }
    this.sorted = [...this.byPrefix.keys()].sort();
  }

  get size(): number {
    return this.byPrefix.size;
  }

  /** The longest entry valid on `asOf` whose prefix starts the code. */
  containing(code: string, asOf: string): ScopeEntry | undefined {
    for (let n = code.length; n >= 2; n--) {
      const hit = this.byPrefix.get(code.slice(0, n))?.find((e) => validOn(e, asOf));
      if (hit) return hit;
    }
    return undefined;
  }

  /** Entries valid on `asOf` strictly under the code (longer prefixes starting with it). */
  under(code: string, asOf: string, limit = Infinity): ScopeEntry[] {
    const out: ScopeEntry[] = [];
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < code) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sorted.length && this.sorted[i]!.startsWith(code); i++) {
      const p = this.sorted[i]!;
      if (p.length <= code.length) continue;
      for (const e of this.byPrefix.get(p)!) {
        if (!validOn(e, asOf)) continue;
        out.push(e);
        if (out.length >= limit) return out;
      }
    }
    return out;
  }
}

/** A regime's code scope, indexed. */
export class ScopeMatcher {
  readonly applies: PrefixIndex;
  readonly conditional: PrefixIndex;
  readonly exclude: PrefixIndex;

  constructor(scope: CodeScope) {
    this.applies = new PrefixIndex(scope.applies);
    this.conditional = new PrefixIndex(scope.conditional);
    this.exclude = new PrefixIndex(scope.exclude);
  }

  get size(): number {
    return this.applies.size + this.conditional.size;
  }

  /**
   * How the code relates to one list, exclusions applied: a carve-out longer than the containing
   * entry removes the code; carve-outs under the code make the match partial.
   */
  match(list: "applies" | "conditional", code: string, asOf: string): ScopeMatch | undefined {
    const index = this[list];
    const entry = index.containing(code, asOf);
    if (entry) {
      const cut = this.exclude.containing(code, asOf);
      if (!cut || cut.prefix.length < entry.prefix.length) {
        const carvedOut = this.exclude.under(code, asOf, 8);
        return carvedOut.length > 0 ? { kind: "partial", inside: [], entry, carvedOut } : { kind: "full", entry };
      }
    }
    const inside = index.under(code, asOf, 200).filter((e) => {
      const cut = this.exclude.containing(e.prefix, asOf);
      return !cut || cut.prefix.length < e.prefix.length;
    });
    return inside.length > 0 ? { kind: "partial", inside, carvedOut: [] } : undefined;
  }

  /** Whether an all-codes regime is carved out for the code (fully, or partly under it). */
  carveOut(code: string, asOf: string): { full?: ScopeEntry; under: ScopeEntry[] } {
    return { full: this.exclude.containing(code, asOf), under: this.exclude.under(code, asOf, 8) };
  }
}
