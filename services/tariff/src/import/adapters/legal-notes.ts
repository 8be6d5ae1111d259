import type { SourceAdapter } from "../types.js";

/**
 * HS 2022 section / chapter legal notes (UK Online Trade Tariff prototype, UK text + EU variants)
 * → legal_note, one row per numbered note.
 *
 * Splitting a document (Markdown):
 * - blocks: the text before any heading is the main notes; a heading containing "subheading
 *   note(s)" starts the subheading notes, one containing "additional ... note(s)" the national
 *   additional notes (UK / EU CN). Other headings stay text of the current note.
 * - notes: a line starting at column 0 with "N." starts note N of the block. Labels: "1", "2", ...;
 *   "subheading 1", ...; "additional 1", .... A block with text but no numbered line (e.g. chapter
 *   52's single subheading note) is note 1 of that block; text before the first numbered line of a
 *   block is kept at the start of note 1 (does not happen in the current data). A printed number
 *   that does not follow the previous note of its block (a second "1.") is renumbered in sequence,
 *   as Markdown renders it (chapter 76 subheading note 2).
 * - text: the note's Markdown with the UK-site links replaced by their label
 *   ("[0301](/headings/0301)" → "0301"), trimmed.
 * - referenced_headings (4-digit, sorted, unique): the headings of every link to /headings/NNNN,
 *   /subheadings/… and /commodities/… (a subheading or commodity code references its heading),
 *   plus plain-text references after "heading(s)" / "subheading(s)": "heading 61.09",
 *   "headings 0301 to 0308", "heading 0301, 0306 or 0308", "subheading 8525 81". A range
 *   "A to B" is expanded when both ends are in the same chapter (0301 to 0308 → 0301, 0302, …,
 *   0308; codes of the range that HS does not use are included), otherwise both ends are kept.
 *   Chapter links (/chapters/15) are not headings and are not listed.
 */

const FILE = "section_chapter_notes_hs22.jsonl";

type Block = "main" | "subheading" | "additional";

export interface SplitNote {
  label: string;
  text: string;
  referencedHeadings: string[];
  /** The printed number did not follow the previous note's (restarted numbering); label = previous + 1. */
  renumbered?: boolean;
}

const LINK = /\[([^\]]*)\]\((\/[^)\s]*)\)/g;

/** Heading codes of the links in a Markdown text. */
function linkedHeadings(md: string): string[] {
  const out: string[] = [];
  for (const m of md.matchAll(LINK)) {
    const target = m[2]!;
    const h = /^\/(headings|subheadings|commodities)\/(\d{4})/.exec(target);
    if (h) out.push(h[2]!);
  }
  return out;
}

const CODE = /^(\d{2}\.\d{2}(?:[. ]\d{2}){0,3}|\d{4}(?:[. ]?\d{2}){0,3})(?!\d)/;
const SEP = /^\s*(,|;|and\/or|or|and|to|–|—)\s*/i;
const KEYWORD = /\b(?:sub)?headings?\b(?:\s+(?:Nos?\.?|numbers?))?\s*/gi;

/** Heading codes referenced in plain text after "heading(s)" / "subheading(s)" (links already stripped). */
export function textHeadings(text: string): string[] {
  const out: string[] = [];
  for (const kw of text.matchAll(KEYWORD)) {
    let rest = text.slice(kw.index! + kw[0].length);
    let prev: string | undefined;
    let range = false;
    for (;;) {
      const c = CODE.exec(rest);
      if (!c) break;
      const heading = c[1]!.replace(/\D/g, "").slice(0, 4);
      if (range && prev) {
        if (prev.slice(0, 2) === heading.slice(0, 2) && prev < heading) {
          for (let h = Number(prev) + 1; h < Number(heading); h++) out.push(String(h).padStart(4, "0"));
        }
      }
      out.push(heading);
      prev = heading;
      rest = rest.slice(c[0].length);
      const s = SEP.exec(rest);
      if (!s) break;
      range = /^(to|–|—)$/i.test(s[1]!);
      rest = rest.slice(s[0].length);
    }
  }
  return out;
}

function blockOf(heading: string): Block | undefined {
  if (/subheading\s+notes?/i.test(heading)) return "subheading";
  if (/additional\s+(?:\w+\s+)?notes?/i.test(heading)) return "additional";
  return undefined;
}

/** Splits one notes document into its numbered notes. */
export function splitNotes(markdown: string): SplitNote[] {
  const notes: Array<{ block: Block; num: string | undefined; lines: string[] }> = [];
  let block: Block = "main";
  let current: { block: Block; num: string | undefined; lines: string[] } | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    const h = /^#{1,6}\s*(.*?)\s*#*\s*$/.exec(line);
    const b = h ? blockOf(h[1]!) : undefined;
    if (b) {
      block = b;
      current = undefined;
      continue;
    }
    const m = /^(\d{1,2})\.(?:\s|$)/.exec(line);
    if (m) {
      const prevInBlock = current && current.block === block ? current : undefined;
      // A block's text before its first numbered line belongs to note 1 (see above).
      if (prevInBlock && prevInBlock.num === undefined && m[1] === "1") {
        prevInBlock.num = "1";
        prevInBlock.lines.push(line);
        continue;
      }
      current = { block, num: m[1], lines: [line] };
      notes.push(current);
      continue;
    }
    if (!current || current.block !== block) {
      if (line.trim() === "") continue;
      current = { block, num: undefined, lines: [] };
      notes.push(current);
    }
    current.lines.push(line);
  }
  const out: SplitNote[] = [];
  const lastNumber = new Map<Block, number>();
  for (const n of notes) {
    const md = n.lines.join("\n").trim();
    if (!md) continue;
    let num = Number(n.num ?? "1");
    const prev = lastNumber.get(n.block) ?? 0;
    // Markdown ordered lists number themselves: a "1." after note 1 of the same block (chapter 76's
    // second subheading note) is the next note, as it renders.
    const renumbered = num <= prev;
    if (renumbered) num = prev + 1;
    lastNumber.set(n.block, num);
    const label = n.block === "main" ? String(num) : `${n.block} ${num}`;
    const text = md.replace(LINK, "$1");
    const refs = new Set([...linkedHeadings(md), ...textHeadings(text)]);
    out.push({ label, text, referencedHeadings: [...refs].sort(), ...(renumbered ? { renumbered } : {}) });
  }
  return out;
}

export const legalNotes: SourceAdapter = {
  id: "legal-notes",
  folder: "hs2022-section-chapter-notes-uk-ott",
  files: [FILE],
  description: "HS 2022 section, chapter, subheading and additional (UK / EU CN) legal notes",
  licence: "MIT (repo; WCO / legal text)",
  version: "1",
  async load(ctx) {
    const text = await ctx.readText(FILE);
    const lines = text.split(/\r?\n/);
    for (const [i, raw] of lines.entries()) {
      const line = i + 1;
      if (raw.trim() === "") continue;
      let doc: Record<string, unknown>;
      try {
        doc = JSON.parse(raw);
      } catch (err) {
        ctx.issue(FILE, line, `not valid JSON: ${(err as Error).message}`);
        continue;
      }
      const { kind, number, variant, markdown } = doc as { kind: unknown; number: unknown; variant: unknown; markdown: unknown };
      const max = kind === "section" ? 21 : 99;
      if (kind !== "section" && kind !== "chapter") ctx.issue(FILE, line, `kind ${JSON.stringify(kind)} is not section or chapter`);
      else if (typeof number !== "number" || !Number.isInteger(number) || number < 1 || number > max) ctx.issue(FILE, line, `${kind} number ${JSON.stringify(number)} out of range`);
      else if (typeof variant !== "string" || !/^[a-z]{2,8}$/.test(variant)) ctx.issue(FILE, line, `variant ${JSON.stringify(variant)} is not a short lowercase code`);
      else if (typeof markdown !== "string") ctx.issue(FILE, line, "markdown is not a string");
      else {
        const notes = splitNotes(markdown);
        if (notes.length === 0) ctx.skip("document without any note text (e.g. chapter 50)");
        for (const n of notes) {
          if (n.renumbered) ctx.note(`notes renumbered in sequence (printed number repeated, e.g. chapter 76 subheading note 2)`);
          await ctx.insert(
            "legal_note",
            { kind, number, variant, note_label: n.label, text: n.text, referenced_headings: n.referencedHeadings, edition: "HS2022" },
            { file: FILE, line },
          );
        }
      }
    }
  },
};
