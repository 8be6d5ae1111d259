/**
 * The risk domain's vocabulary: regimes (reviewed rules with a code scope, a lane scope, validity dates,
 * obligations and documents) and the assessment of a lane against them. Plain data, no I/O.
 */

/** L0 (no code-specific requirement) … L6 (prohibited). */
export type Grade = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type Category = "carbon" | "trade_remedy" | "sanctions" | "export_control" | "product_safety" | "chemicals" | "labelling" | "customs";
export type Direction = "import" | "export";
export type Applicability = "applies" | "conditional";

/** One code prefix of a scope: the prefix and everything under it, with an optional note or condition. */
export interface ScopeEntry {
  /** Digits only, 2–10 long: a chapter, heading, subheading or national line and all lines below it. */
  prefix: string;
  /** Human-readable label of what the prefix covers ("iron and steel", "List 4A, 9903.88.15"). */
  note?: string;
  /** Set on conditional entries: what decides whether the regime applies to goods under this prefix. */
  condition?: string;
  /** The entry's own validity ("YYYY-MM-DD"), within the regime's; open when absent. */
  validFrom?: string;
  validTo?: string;
}

export interface CodeScope {
  /** Prefixes whose goods are in scope. */
  applies: ScopeEntry[];
  /** Prefixes whose goods may be in scope (decided by product characteristics, use, …). */
  conditional: ScopeEntry[];
  /** Prefixes carved out of the two lists above (they win over a shorter prefix). */
  exclude: ScopeEntry[];
}

/** Countries a rule is about: ISO alpha-2 codes, "EU" (the member states), or "*" (any). */
export interface CountryScope {
  include: string[];
  exclude: string[];
}

export interface ValueThreshold {
  /** ISO 4217. */
  currency: string;
  /** Decimal string. */
  amount: string;
  /** The regime applies when the shipment value is above (or at most) the amount. */
  appliesWhen: "above" | "at_or_below";
  /** What the threshold is, e.g. "formal entry required above USD 2,500 (19 CFR 143.21)". */
  description: string;
}

export interface DocumentSpec {
  code: string;
  name: string;
  issuingAuthority: string;
  description: string;
  mandatory: boolean;
  /** UK CDS Appendix 5A document codes (shown with their text from the code list). */
  ukCdsCodes: string[];
}

export interface Regime {
  id: string;
  name: string;
  category: Category;
  /** "EU", "US", "GB". */
  jurisdiction: string;
  direction: Direction;
  level: Grade;
  /** For import rules: destinations; for export rules: countries of export. */
  countries: CountryScope;
  /** For import rules: origins; for export rules: destinations. */
  counterparties: CountryScope;
  /** Applies to every code when true (then `scope` is ignored except `exclude`). */
  allCodes: boolean;
  scope: CodeScope;
  /** When the whole regime is conditional, what decides it (besides per-entry conditions). */
  condition?: string;
  validFrom?: string;
  validTo?: string;
  /** What replaced the regime after `validTo` (shown when a lane would have matched it recently). */
  afterEnd?: string;
  /** Regime that took over after `validTo`: no "ended" warning while it is among the elements. */
  supersededBy?: string;
  valueThreshold?: ValueThreshold;
  obligations: string[];
  documents: DocumentSpec[];
  notes: string[];
  legalRef: string;
  sourceUrl: string;
  verifiedDate: string;
  /** "reviewed file eu-product-safety.json", "data set … (TARIC measure type 775, 2025-10)". */
  scopeSource: string;
  /** File the regime was read from. */
  file: string;
}

/** A UK CDS document code with its text, looked up from the code list. */
export interface DeclarationCodeInfo {
  code: string;
  system: "UK_CDS";
  description: string;
  guidance: string;
}

/** The lane to assess, already validated. */
export interface Lane {
  /** Digits only, 4–10. */
  code: string;
  /** ISO alpha-2, or undefined when unknown. */
  origin?: string;
  /** ISO alpha-2 or "EU". */
  destination: string;
  asOf: string;
  value?: { amount: string; currency: string };
}

export interface Warning {
  code: string;
  message: string;
}

export interface Element {
  regime: Regime;
  applicability: Applicability;
  condition?: string;
  matchedBy: string;
  notes: string[];
}

export interface RequiredDoc {
  spec: DocumentSpec;
  regime: Regime;
  applicability: Applicability;
  declarationCodes: DeclarationCodeInfo[];
}

export interface Assessment {
  available: boolean;
  unavailableReason?: string;
  /** Undefined when not available. */
  grade?: Grade;
  maxPossibleGrade?: Grade;
  elements: Element[];
  documents: RequiredDoc[];
  warnings: Warning[];
}
