import { Bm25Index, type Bm25Hit } from "@openhs/shared";
import { referencedCodes } from "./national/refs.js";

/**
 * What the classifier knows, built once in memory at start: the HS 2022 tree, the national schedules'
 * lines grouped under their HS subheading, and a retrieval index with one document per HS subheading
 * (its official text, its parents' text, the national lines under it, and the curated search
 * references that point into it). Pure data structures; the adapters fill the input.
 */

/** A nomenclature line as streamed by the tariff service (schedule order, parents first). */
export interface ScheduleLine {
  code: string; // digits, '' for un-numbered group lines
  description: string;
  level: string; // chapter | heading | subheading | tariff_line | statistical | group
  indent: number;
  declarable: boolean;
  section?: string;
}

/** A curated search term pointing at a code (any length ≥ 4 digits). */
export interface ReferenceTerm {
  text: string;
  code: string;
  /** Relative trust: curated HMRC references 1.0, parcel descriptions 0.6, machine-generated synonyms 0.4. */
  weight: number;
  source: string;
}

export interface SectionInfo {
  roman: string;
  title: string;
}

export interface KnowledgeInput {
  sections: SectionInfo[];
  hs: ScheduleLine[];
  national: Partial<Record<"US" | "EU", ScheduleLine[]>>;
  references: ReferenceTerm[];
}

export interface Hs6Info {
  code: string;
  description: string;
  heading: string;
  headingDescription: string;
  chapter: string;
  chapterDescription: string;
  section: string;
  sectionTitle: string;
}

/** A national line in the subtree of one HS subheading (input of the national line choice). */
export interface NationalLine {
  code: string;
  description: string;
  level: "heading" | "subheading" | "tariff_line" | "statistical" | "group" | "context";
  indent: number;
  declarable: boolean;
  parentIndex: number | null;
  /** HS texts of the headings / subheadings the line refers to by number ("of subheading 8481.20"). */
  refs?: string[];
}

export class Knowledge {
  readonly hs6 = new Map<string, Hs6Info>();
  readonly headings = new Map<string, { description: string; subheadings: string[] }>();
  readonly chapters = new Map<string, string>();
  readonly sections = new Map<string, string>();
  /** national schedule → HS6 → its lines (schedule order, with parent pointers inside the subtree). */
  private readonly nationalByHs6 = new Map<string, Map<string, NationalLine[]>>();
  readonly index = new Bm25Index({ k1: 1.2, b: 0.35 });
  readonly docCodes: string[] = [];

  constructor(input: KnowledgeInput) {
    for (const s of input.sections) this.sections.set(s.roman, s.title);
    const chapterSection = new Map<string, string>();
    for (const l of input.hs) {
      if (l.level === "chapter") {
        this.chapters.set(l.code, l.description);
        if (l.section) chapterSection.set(l.code, l.section);
      } else if (l.level === "heading") {
        this.headings.set(l.code, { description: l.description, subheadings: [] });
      }
    }
    for (const l of input.hs) {
      if (l.level !== "subheading" || l.code.length !== 6) continue;
      const heading = l.code.slice(0, 4);
      const chapter = l.code.slice(0, 2);
      const section = chapterSection.get(chapter) ?? l.section ?? "";
      this.hs6.set(l.code, {
        code: l.code,
        description: l.description,
        heading,
        headingDescription: this.headings.get(heading)?.description ?? "",
        chapter,
        chapterDescription: this.chapters.get(chapter) ?? "",
        section,
        sectionTitle: this.sections.get(section) ?? "",
      });
      this.headings.get(heading)?.subheadings.push(l.code);
    }

    // National lines grouped under their HS6 (a group line belongs to the HS6 of the lines around it).
    const nationalText = new Map<string, string[]>();
    for (const [schedule, lines] of Object.entries(input.national) as Array<["US" | "EU", ScheduleLine[]]>) {
      const byHs6 = new Map<string, NationalLine[]>();
      const append = (hs6: string, l: ScheduleLine) => {
        const list = byHs6.get(hs6) ?? [];
        const level = (l.level === "chapter" ? "heading" : l.level) as NationalLine["level"];
        // Parent: nearest earlier line in this subtree with a smaller indent.
        let parentIndex: number | null = null;
        for (let i = list.length - 1; i >= 0; i--) {
          if (list[i]!.indent < l.indent) {
            parentIndex = i;
            break;
          }
        }
        const line: NationalLine = { code: l.code, description: l.description, level, indent: l.indent, declarable: l.declarable, parentIndex };
        const refs = referencedCodes(l.description).map((c) => this.referenceText(c)).filter((t): t is string => !!t);
        if (refs.length > 0) line.refs = refs;
        list.push(line);
        byHs6.set(hs6, list);
        // National line texts (US HTSUS and EU TARIC) describe the goods in more words than the HS.
        const t = nationalText.get(hs6) ?? [];
        t.push(l.description);
        nationalText.set(hs6, t);
      };
      // The heading and group lines above a subtree say what all its goods are ("Other footwear …",
      // "Parts:"): kept at its start as context lines (not choices, not search text).
      const context = (hs6: string, l: ScheduleLine) => {
        const list = byHs6.get(hs6) ?? [];
        list.push({ code: l.code, description: l.description, level: "context", indent: l.indent, declarable: false, parentIndex: list.length > 0 ? list.length - 1 : null });
        byHs6.set(hs6, list);
      };
      // Un-numbered group lines ("Men's or boys':") belong to the subheading of the next numbered
      // line: they open a group of lines below them.
      let pending: ScheduleLine[] = [];
      const ancestors: ScheduleLine[] = [];
      for (const l of lines) {
        while (ancestors.length > 0 && ancestors[ancestors.length - 1]!.indent >= l.indent) ancestors.pop();
        if (!l.code) {
          pending.push(l);
          ancestors.push(l);
          continue;
        }
        const hs6 = l.code.length >= 6 ? l.code.slice(0, 6) : undefined;
        if (hs6 && this.hs6.has(hs6)) {
          if (!byHs6.has(hs6)) {
            const top = (pending[0] ?? l).indent;
            for (const a of ancestors) if (a.indent < top && !pending.includes(a)) context(hs6, a);
          }
          for (const g of pending) append(hs6, g);
          append(hs6, l);
        }
        pending = [];
        ancestors.push(l);
      }
      this.nationalByHs6.set(schedule, byHs6);
    }

    const refText = new Map<string, Array<{ text: string; weight: number }>>();
    for (const r of input.references) {
      const digits = r.code.replace(/\D/g, "");
      // A heading reference names a subheading document only when the heading is not subdivided.
      const subs = digits.length === 4 ? this.headings.get(digits)?.subheadings : undefined;
      const hs6 = subs?.length === 1 ? subs[0]! : digits.length >= 6 ? digits.slice(0, 6) : undefined;
      if (!hs6) continue; // chapter / heading references are too coarse for a subheading document
      if (!this.hs6.has(hs6)) continue;
      const list = refText.get(hs6) ?? [];
      list.push({ text: r.text, weight: r.weight });
      refText.set(hs6, list);
    }

    for (const info of this.hs6.values()) {
      const refs = refText.get(info.code) ?? [];
      const strong = refs.filter((r) => r.weight >= 0.9).map((r) => r.text).join(" ; ");
      const weak = refs.filter((r) => r.weight < 0.9).map((r) => r.text).join(" ; ");
      this.docCodes.push(info.code);
      this.index.add([
        { text: info.description, weight: 1 },
        { text: info.headingDescription, weight: 0.5 },
        { text: [...new Set((nationalText.get(info.code) ?? []).map((t) => t.toLowerCase()))].join(" ; "), weight: 0.35 },
        { text: strong, weight: 0.8 },
        { text: weak, weight: 0.3 },
      ]);
    }
  }

  /** The HS text of a heading (4 digits) or subheading (6 digits) a national line refers to by number. */
  private referenceText(code: string): string | undefined {
    if (code.length === 4) return this.headings.get(code)?.description;
    const info = this.hs6.get(code);
    if (!info) return undefined;
    // "Other" / "Of cotton" say little alone: with their heading's text.
    return /^(?:other|of)\b/i.test(info.description) || info.description.split(/\s+/).length < 3 ? `${info.description}; ${info.headingDescription}` : info.description;
  }

  nationalLines(schedule: "US" | "EU", hs6: string): NationalLine[] {
    return this.nationalByHs6.get(schedule)?.get(hs6) ?? [];
  }

  /** Every national subtree of a schedule. */
  nationalSubtrees(schedule: "US" | "EU"): Iterable<NationalLine[]> {
    return this.nationalByHs6.get(schedule)?.values() ?? [];
  }

  /** HS6 codes ranked by retrieval relevance for a text. */
  retrieve(text: string, limit: number, expand?: (token: string) => Array<{ text: string; weight: number }>) {
    const { hits } = this.index.search(text, limit, undefined, expand);
    return hits.map((h) => new RetrievalHit(this.docCodes[h.doc]!, h.score, h));
  }
}

/** An HS6 found by retrieval; the query terms its text matched are listed when first read (see Bm25Index.search). */
export class RetrievalHit {
  constructor(
    readonly hs6: string,
    readonly score: number,
    private readonly hit: Bm25Hit,
  ) {}

  get matched(): string[] {
    return this.hit.matched;
  }
}
