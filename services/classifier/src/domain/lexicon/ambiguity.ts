/**
 * Terms that legitimately appear in entries with different default headings: the product noun alone
 * does not fix the heading, and the engine must weigh context (material, use, category) or ask.
 * Key: the term as written in the lexicon (compared after the same normalization); value: why.
 */
export const AMBIGUOUS_TERMS: Record<string, string> = {
  jigsaw: "a power saw (846722) or a jigsaw puzzle (950300); the category or 'puzzle'/'pieces' vs 'blade'/'cordless' decides",
};
