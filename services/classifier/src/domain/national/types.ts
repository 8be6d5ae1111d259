/** National tariff lines under an HS subheading and the choice among them. */

/** "context": a heading or group line above the HS6 (what all the subtree's goods are); never a choice. */
export type NationalLevel = "heading" | "subheading" | "tariff_line" | "statistical" | "group" | "context";

/** One line of the destination schedule's subtree under an HS6, in schedule order. */
export interface NationalLine {
  /** Code as the schedule writes it ("6109.10.00.12", "6109100010"); empty for un-numbered group lines. */
  code: string;
  description: string;
  level: NationalLevel;
  indent: number;
  /** True for lines goods can be declared under (no subdivisions). */
  declarable: boolean;
  /** Index (in the same array) of the line this one is subordinate to; null for the top lines of the subtree. */
  parentIndex: number | null;
  /** HS texts of the headings / subheadings the line refers to by number ("of subheading 8481.20"), when known. */
  refs?: string[];
}

export type DecisiveAttribute = "material" | "construction" | "gender" | "age" | "use" | "processing" | "value" | "weight" | "power";

export interface NationalChoice {
  /** The chosen line's code, as in the schedule. Empty when the subtree was empty. */
  code: string;
  /** Lines walked from the top of the subtree to the chosen line (group lines have an empty code). */
  path: Array<{ code: string; description: string }>;
  /** Why each step was taken. */
  reasons: string[];
  /** 0..1: 1 when every step was decided by a known attribute, lower for residual ("Other") and default steps. */
  confidence: number;
  /** True when an "Other" line was taken because no specific sibling matched. */
  residual: boolean;
  /** Attributes whose absence made a step uncertain (asking for them could change the line). */
  decisive: DecisiveAttribute[];
}

/** A schedule row as read from a national tariff file, in schedule order. */
export interface ScheduleRow {
  /** Dotted or plain code; empty for un-numbered group lines. */
  code: string;
  indent: number;
  description: string;
}
