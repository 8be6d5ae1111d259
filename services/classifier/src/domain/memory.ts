import { tokenize } from "@openhs/shared";
import type { ProductInput } from "./types.js";

/**
 * Confirmed and corrected codes from feedback, remembered by normalized product: the same or a
 * near-identical product (token-set Jaccard ≥ 0.85 over name + material) gets the confirmed code.
 */

/** Normalized identity of a product for the cache and feedback: stemmed, sorted name/material/category tokens + destination. */
export function productKey(p: ProductInput): string {
  const toks = (s?: string) => [...new Set(tokenize(s ?? ""))].sort().join(" ");
  return [toks(p.productName), toks(p.material), toks(p.composition), toks(p.category), toks(p.description), p.destinationCountry ?? "", p.headingHint ?? "", JSON.stringify(p.context ?? {})].join("|");
}

export interface Remembered {
  code: string; // confirmed or corrected code (6–10 digits)
  verdict: "confirmed" | "corrected";
  at: string;
}

export class FeedbackMemory {
  private readonly exact = new Map<string, Remembered>();
  private readonly byToken = new Map<string, Set<string>>(); // token → signatures
  private readonly signatures = new Map<string, { tokens: Set<string>; entry: Remembered }>();

  static signature(p: ProductInput): { sig: string; tokens: Set<string> } {
    const tokens = new Set(tokenize(`${p.productName} ${p.material ?? ""}`));
    return { sig: [...tokens].sort().join(" ") + "|" + (p.destinationCountry ?? ""), tokens };
  }

  remember(p: ProductInput, r: Remembered): void {
    this.exact.set(productKey(p), r);
    const { sig, tokens } = FeedbackMemory.signature(p);
    this.signatures.set(sig, { tokens, entry: r });
    for (const t of tokens) {
      const s = this.byToken.get(t) ?? new Set();
      s.add(sig);
      this.byToken.set(t, s);
    }
  }

  /** The remembered answer for this product or a near-identical one. */
  recall(p: ProductInput): (Remembered & { similarity: number }) | undefined {
    const hit = this.exact.get(productKey(p));
    if (hit) return { ...hit, similarity: 1 };
    const { tokens } = FeedbackMemory.signature(p);
    if (tokens.size === 0) return undefined;
    const seen = new Set<string>();
    let best: (Remembered & { similarity: number }) | undefined;
    for (const t of tokens) {
      for (const sig of this.byToken.get(t) ?? []) {
        if (seen.has(sig)) continue;
        seen.add(sig);
        const e = this.signatures.get(sig)!;
        if (!sig.endsWith(`|${p.destinationCountry ?? ""}`)) continue;
        let inter = 0;
        for (const x of e.tokens) if (tokens.has(x)) inter++;
        const sim = inter / (tokens.size + e.tokens.size - inter);
        if (sim >= 0.85 && (!best || sim > best.similarity)) best = { ...e.entry, similarity: sim };
      }
    }
    return best;
  }

  get size(): number {
    return this.exact.size;
  }
}
