import { Knowledge, type ScheduleLine, type SectionInfo } from "../domain/knowledge.js";
import { loadReferenceTerms } from "./reference-files.js";

interface RowLike {
  code: string;
  description: string;
  level: string | number;
  indent: number;
  declarable: boolean;
  section?: string;
}

const toLine = (r: RowLike): ScheduleLine => ({ code: r.code, description: r.description, level: String(r.level), indent: r.indent, declarable: r.declarable, section: r.section });

/** Builds the classifier's knowledge from nomenclature rows (schedule order) and the reference files. */
export async function loadKnowledgeFromCatalogRows(input: { sections: SectionInfo[]; hs: RowLike[]; us: RowLike[]; eu: RowLike[]; dataDir: string }): Promise<Knowledge> {
  const { terms } = await loadReferenceTerms(input.dataDir);
  return new Knowledge({
    sections: input.sections,
    hs: input.hs.map(toLine),
    national: { US: input.us.map(toLine), EU: input.eu.map(toLine) },
    references: terms,
  });
}
