/**
 * US special tariff treatment programmes: the indicators printed in the "Special" rate column of
 * the HTSUS (General Note 3(c)(i)), with the countries whose goods can qualify.
 *
 * SOURCES AND VERIFICATION (written 2026-11-23)
 * - Codes: every indicator that occurs in the Special column of the USITC HTSUS 2026 Revision 4
 *   CSV (shared/data/us-hts-usitc-2026-rev4), plus "J+" for completeness of the ATPA markers.
 *   `us-programs.test.ts` checks that the data uses no code missing here.
 * - Programme names, general-note numbers and country lists: HTSUS General Notes 3(c)(i), 4
 *   (GSP), 5, 6, 7 (CBERA), 8, 11 (USMCA; ATPA before 2020), 13, 14, 16 (AGOA), 17 (CBTPA), 18,
 *   25–36 (FTAs, Nepal), and the presidential proclamations that changed designations. They were
 *   compiled from the author's knowledge of those notes as amended up to 2025; the CSV carries no
 *   general notes, and NO live check against hts.usitc.gov was possible when this was written.
 *   Entries with a `verify` field name what should be re-checked first. Review this file against
 *   the current HTSUS General Notes whenever the HTS revision is updated.
 * - Countries are ISO 3166-1 alpha-2 codes, except "XK" (Kosovo), a user-assigned code in common
 *   use (e.g. by the EU and CBP) because ISO has no code for Kosovo.
 */

/**
 * "in_force": the programme can be claimed. "lapsed": the statutory authorization expired and
 * has not been renewed (the HTSUS keeps printing the indicator). "expired": ended for good.
 */
export type UsProgramStatus = "in_force" | "lapsed" | "expired";

export interface UsProgram {
  /** Indicator as printed in the Special column, with its marker ("A", "A*", "A+", "S+"). */
  code: string;
  /** Indicator without marker ("A" for "A*"). */
  baseCode: string;
  /** Marker after the base code, if any: "*" or "+". */
  marker?: "*" | "+";
  /** What the marker means for this programme. */
  markerMeaning?: string;
  name: string;
  /**
   * ISO 3166-1 alpha-2 codes of the countries / territories whose goods can qualify, sorted.
   * Empty when `origin` is "any".
   */
  countries: string[];
  /**
   * "countries": only goods of `countries`. "any": the treatment is origin-neutral (applied on an
   * MFN basis to goods of every country entitled to column 1 rates, i.e. not column 2 countries):
   * civil aircraft (C), pharmaceuticals (K), dye intermediates (L).
   */
  origin: "countries" | "any";
  /** Legal basis in the HTSUS (and statute where useful). */
  legalReference: string;
  status: UsProgramStatus;
  /** status === "in_force"; matches `ProgramInfo.active` in duty.ts. */
  active: boolean;
  /** Last day of the current statutory authorization, when the programme is time-limited. */
  authorizedThrough?: string;
  note?: string;
  /** What in this entry is least certain and should be verified first. */
  verify?: string;
}

// ---------------------------------------------------------------------------------------------
// Country lists

/**
 * GSP beneficiary developing countries and territories (General Note 4(a)) as designated when the
 * GSP authorization lapsed (31 Dec 2020); designations have been frozen since. Excludes countries
 * removed before the lapse: e.g. Argentina stayed (reinstated 2018), but India (2019), Turkey
 * (2019), Russia (2014), Bangladesh (suspended 2013), Seychelles, Uruguay and Venezuela
 * (graduated 2017/2018), Equatorial Guinea (graduated) are out.
 */
const GSP_COUNTRIES = [
  // independent countries
  "AF", "AL", "DZ", "AO", "AR", "AM", "BZ", "BJ", "BT", "BO", "BA", "BW", "BR", "BF", "MM", "BI",
  "CV", "KH", "CM", "CF", "TD", "KM", "CG", "CD", "CI", "DJ", "DM", "EC", "EG", "SZ", "ET", "FJ",
  "GM", "GE", "GH", "GD", "GN", "GW", "GY", "HT", "ID", "IQ", "JM", "JO", "KZ", "KE", "KI", "XK",
  "KG", "LB", "LS", "LR", "MG", "MW", "ML", "MR", "MU", "MD", "MN", "ME", "MZ", "NA", "NP", "NE",
  "NG", "MK", "PK", "PG", "PY", "PH", "RW", "LC", "VC", "WS", "ST", "SN", "RS", "SL", "SB", "SO",
  "ZA", "SS", "LK", "SR", "TZ", "TH", "TL", "TG", "TO", "TN", "TV", "UG", "UA", "UZ", "VU", "YE",
  "ZM", "ZW",
  // non-independent countries and territories
  "AI", "IO", "CX", "CC", "CK", "FK", "HM", "MS", "NU", "NF", "PN", "SH", "TK", "WF", "PS", "EH",
];

/** Least-developed beneficiary developing countries (General Note 4(b)): "A+" lines. */
const GSP_LDBDC_COUNTRIES = [
  "AF", "AO", "BJ", "BT", "BF", "MM", "BI", "KH", "CF", "TD", "KM", "CD", "DJ", "ET", "GM", "GN",
  "GW", "HT", "KI", "LS", "LR", "MG", "MW", "ML", "MR", "MZ", "NP", "NE", "RW", "WS", "ST", "SN",
  "SL", "SB", "SO", "SS", "TZ", "TL", "TG", "TV", "UG", "VU", "YE", "ZM",
];

/**
 * AGOA beneficiary sub-Saharan African countries (General Note 16(a)) for 2025: after the
 * removals of Ethiopia, Guinea, Mali (2022), Burkina Faso (2023), Central African Republic, Gabon,
 * Niger, Uganda (2024) and the reinstatement of Mauritania (2025).
 */
const AGOA_COUNTRIES = [
  "AO", "BJ", "BW", "CV", "TD", "KM", "CG", "CD", "CI", "DJ", "SZ", "GM", "GH", "GW", "KE", "LS",
  "LR", "MG", "MW", "MR", "MU", "MZ", "NA", "NG", "RW", "ST", "SN", "SC", "SL", "ZA", "TZ", "TG",
  "ZM",
];

/**
 * CBERA beneficiary countries (General Note 7(a)). The CAFTA-DR parties (2006–2009) and Panama
 * (2012) ceased to be CBERA beneficiaries when their agreements entered into force.
 */
const CBERA_COUNTRIES = [
  "AG", "AW", "BS", "BB", "BZ", "VG", "CW", "DM", "GD", "GY", "HT", "JM", "MS", "KN", "LC", "VC",
  "TT",
];

/** CBTPA beneficiary countries (General Note 17(a)). */
const CBTPA_COUNTRIES = ["BB", "BZ", "CW", "GY", "HT", "JM", "LC", "TT"];

/** CAFTA-DR parties other than the US (General Note 29). */
const CAFTA_DR_COUNTRIES = ["CR", "DO", "SV", "GT", "HN", "NI"];

/** ATPA / ATPDEA beneficiaries when the programme lapsed (Bolivia suspended since 2008). */
const ATPA_COUNTRIES = ["BO", "CO", "EC", "PE"];

/**
 * Column 2 countries (General Note 3(b)): Cuba, North Korea, and since 2022 Russia and Belarus
 * (Suspending Normal Trade Relations with Russia and Belarus Act). Their goods get no special rates.
 */
export const COLUMN_2_COUNTRIES: readonly string[] = ["BY", "CU", "KP", "RU"];

// ---------------------------------------------------------------------------------------------
// Programmes

type ProgramInput = Omit<UsProgram, "baseCode" | "active" | "countries"> & { countries?: string[] };

const GSP_REF = "HTSUS General Note 3(c)(i); General Note 4; 19 U.S.C. 2461 et seq.";
const GSP_NOTE =
  "GSP authorization lapsed on 31 Dec 2020 and had not been renewed when this was written: goods " +
  "pay the general rate. If renewed, renewal acts have historically allowed retroactive refunds.";
const CBERA_REF = "HTSUS General Note 3(c)(i); General Note 7; 19 U.S.C. 2701 et seq.";
const ATPA_REF = "HTSUS General Note 3(c)(i); former General Note 11 (ATPA/ATPDEA); 19 U.S.C. 3201 et seq.";
const CAFTA_REF = "HTSUS General Note 3(c)(i); General Note 29";
const USMCA_REF = "HTSUS General Note 3(c)(i); General Note 11";

const INPUT: ProgramInput[] = [
  {
    code: "A",
    name: "Generalized System of Preferences (GSP)",
    countries: GSP_COUNTRIES,
    origin: "countries",
    legalReference: GSP_REF,
    status: "lapsed",
    authorizedThrough: "2020-12-31",
    note: GSP_NOTE,
    verify: "beneficiary list reconstructed from General Note 4(a) as of the lapse: re-check it (doubtful cases not listed here: Gabon, Maldives, Laos) and whether GSP was renewed",
  },
  {
    code: "A*",
    marker: "*",
    markerMeaning: "Some GSP beneficiaries are excluded for this line: General Note 4(d) lists the article/country exclusions. The list here is all beneficiaries.",
    name: "Generalized System of Preferences (GSP), some beneficiaries excluded",
    countries: GSP_COUNTRIES,
    origin: "countries",
    legalReference: `${GSP_REF}; General Note 4(d)`,
    status: "lapsed",
    authorizedThrough: "2020-12-31",
    note: GSP_NOTE,
  },
  {
    code: "A+",
    marker: "+",
    markerMeaning: "Only least-developed beneficiary developing countries qualify for this line (General Note 4(b)).",
    name: "Generalized System of Preferences (GSP), least-developed beneficiaries only",
    countries: GSP_LDBDC_COUNTRIES,
    origin: "countries",
    legalReference: `${GSP_REF}; General Note 4(b)`,
    status: "lapsed",
    authorizedThrough: "2020-12-31",
    note: GSP_NOTE,
    verify: "LDBDC list (e.g. Angola, Samoa) against General Note 4(b)",
  },
  {
    code: "AU",
    name: "United States-Australia Free Trade Agreement",
    countries: ["AU"],
    origin: "countries",
    legalReference: "HTSUS General Note 3(c)(i); General Note 28",
    status: "in_force",
  },
  {
    code: "B",
    name: "Automotive Products Trade Act (APTA)",
    countries: ["CA"],
    origin: "countries",
    legalReference: "HTSUS General Note 3(c)(i); General Note 5",
    status: "in_force",
    note: "Canadian original motor-vehicle equipment imported by qualifying manufacturers.",
  },
  {
    code: "BH",
    name: "United States-Bahrain Free Trade Agreement",
    countries: ["BH"],
    origin: "countries",
    legalReference: "HTSUS General Note 3(c)(i); General Note 30",
    status: "in_force",
  },
  {
    code: "C",
    name: "Agreement on Trade in Civil Aircraft",
    origin: "any",
    legalReference: "HTSUS General Note 3(c)(i); General Note 6",
    status: "in_force",
    note: "Origin-neutral: duty-free for qualifying civil aircraft and parts certified for use in civil aircraft, whatever their origin (not column 2 countries).",
  },
  {
    code: "CA",
    name: "Products of Canada (former NAFTA indicator, used in chapter 99 provisions)",
    countries: ["CA"],
    origin: "countries",
    legalReference: "HTSUS chapter 99 (e.g. headings 9901.00.50, 9903.53.01, 9903.85.xx); formerly General Note 12 (NAFTA)",
    status: "in_force",
    note: "NAFTA treatment ended on 1 Jul 2020 (replaced by USMCA, 'S'); the indicator is still printed in some chapter 99 provisions to mean goods of Canada.",
  },
  {
    code: "CL",
    name: "United States-Chile Free Trade Agreement",
    countries: ["CL"],
    origin: "countries",
    legalReference: "HTSUS General Note 3(c)(i); General Note 26",
    status: "in_force",
  },
  {
    code: "CO",
    name: "United States-Colombia Trade Promotion Agreement",
    countries: ["CO"],
    origin: "countries",
    legalReference: "HTSUS General Note 3(c)(i); General Note 34",
    status: "in_force",
  },
  {
    code: "D",
    name: "African Growth and Opportunity Act (AGOA)",
    countries: AGOA_COUNTRIES,
    origin: "countries",
    legalReference: "HTSUS General Note 3(c)(i); General Note 16; 19 U.S.C. 3701 et seq.",
    status: "in_force",
    authorizedThrough: "2026-12-31",
    note: "The authorization ran to 30 Sep 2025 and was reported extended (retroactively) to 31 Dec 2026 by 2026 legislation.",
    verify: "the 2026 extension and its end date, and the 2026 designations; if not extended, status is 'lapsed' from 2025-10-01",
  },
  {
    code: "E",
    name: "Caribbean Basin Economic Recovery Act (CBERA)",
    countries: CBERA_COUNTRIES,
    origin: "countries",
    legalReference: CBERA_REF,
    status: "in_force",
    note: "Permanent programme (no expiry date).",
  },
  {
    code: "E*",
    marker: "*",
    markerMeaning: "CBERA treatment for this line is restricted: some articles in it, or goods of some beneficiaries, do not qualify (see General Note 7). The list here is all beneficiaries.",
    name: "Caribbean Basin Economic Recovery Act (CBERA), restricted for this line",
    countries: CBERA_COUNTRIES,
    origin: "countries",
    legalReference: CBERA_REF,
    status: "in_force",
    verify: "exact wording of the 'E*' rule in General Note 7",
  },
  {
    code: "IL",
    name: "United States-Israel Free Trade Area",
    countries: ["IL", "PS"],
    origin: "countries",
    legalReference: "HTSUS General Note 3(c)(i); General Note 8; General Note 3(a)(v)",
    status: "in_force",
    note: "Also covers products of the West Bank and Gaza Strip (PS) and of qualifying industrial zones (QIZ) in Jordan and Egypt meeting General Note 3(a)(v); Jordan and Egypt are not listed as countries because only QIZ goods qualify.",
  },
  {
    code: "J",
    name: "Andean Trade Preference Act (ATPA)",
    countries: ATPA_COUNTRIES,
    origin: "countries",
    legalReference: ATPA_REF,
    status: "expired",
    authorizedThrough: "2013-07-31",
    note: "ATPA/ATPDEA expired on 31 Jul 2013; Colombia and Peru now have their own agreements (CO, PE). The indicator survives on a few lines.",
  },
  {
    code: "J*",
    marker: "*",
    markerMeaning: "Some articles in this line were excluded from ATPA treatment.",
    name: "Andean Trade Preference Act (ATPA), some articles excluded",
    countries: ATPA_COUNTRIES,
    origin: "countries",
    legalReference: ATPA_REF,
    status: "expired",
    authorizedThrough: "2013-07-31",
  },
  {
    code: "J+",
    marker: "+",
    markerMeaning: "Eligible only under the Andean Trade Promotion and Drug Eradication Act (ATPDEA).",
    name: "Andean Trade Promotion and Drug Eradication Act (ATPDEA)",
    countries: ATPA_COUNTRIES,
    origin: "countries",
    legalReference: ATPA_REF,
    status: "expired",
    authorizedThrough: "2013-07-31",
  },
  {
    code: "JO",
    name: "United States-Jordan Free Trade Area",
    countries: ["JO"],
    origin: "countries",
    legalReference: "HTSUS General Note 3(c)(i); General Note 18",
    status: "in_force",
  },
  {
    code: "JP",
    name: "United States-Japan Trade Agreement",
    countries: ["JP"],
    origin: "countries",
    legalReference: "HTSUS General Note 3(c)(i); General Note 38",
    status: "in_force",
    note: "In force since 1 Jan 2020.",
    verify: "general note number (38)",
  },
  {
    code: "K",
    name: "Agreement on Trade in Pharmaceutical Products",
    origin: "any",
    legalReference: "HTSUS General Note 3(c)(i); General Note 13",
    status: "in_force",
    note: "Origin-neutral (WTO zero-for-zero, applied on an MFN basis; not column 2 countries).",
  },
  {
    code: "KR",
    name: "United States-Korea Free Trade Agreement",
    countries: ["KR"],
    origin: "countries",
    legalReference: "HTSUS General Note 3(c)(i); General Note 33",
    status: "in_force",
  },
  {
    code: "L",
    name: "Uruguay Round Concessions on Intermediate Chemicals for Dyes",
    origin: "any",
    legalReference: "HTSUS General Note 3(c)(i); General Note 14",
    status: "in_force",
    note: "Origin-neutral (applied on an MFN basis; not column 2 countries).",
  },
  {
    code: "MA",
    name: "United States-Morocco Free Trade Agreement",
    countries: ["MA"],
    origin: "countries",
    legalReference: "HTSUS General Note 3(c)(i); General Note 27",
    status: "in_force",
  },
  {
    code: "MX",
    name: "Products of Mexico (former NAFTA indicator, used in chapter 99 provisions)",
    countries: ["MX"],
    origin: "countries",
    legalReference: "HTSUS chapter 99 (e.g. headings 9901.00.50, 9903.85.xx); formerly General Note 12 (NAFTA)",
    status: "in_force",
    note: "NAFTA treatment ended on 1 Jul 2020 (replaced by USMCA, 'S'); the indicator is still printed in some chapter 99 provisions to mean goods of Mexico.",
  },
  {
    code: "NP",
    name: "Nepal Preference Program",
    countries: ["NP"],
    origin: "countries",
    legalReference: "HTSUS General Note 3(c)(i); General Note 36; 19 U.S.C. 4454",
    status: "lapsed",
    authorizedThrough: "2025-12-31",
    note: "Authorized through 31 Dec 2025 (Trade Facilitation and Trade Enforcement Act of 2015, sec. 915).",
    verify: "whether the programme was reauthorized after 31 Dec 2025",
  },
  {
    code: "OM",
    name: "United States-Oman Free Trade Agreement",
    countries: ["OM"],
    origin: "countries",
    legalReference: "HTSUS General Note 3(c)(i); General Note 31",
    status: "in_force",
  },
  {
    code: "P",
    name: "Dominican Republic-Central America-United States Free Trade Agreement (CAFTA-DR)",
    countries: CAFTA_DR_COUNTRIES,
    origin: "countries",
    legalReference: CAFTA_REF,
    status: "in_force",
  },
  {
    code: "P+",
    marker: "+",
    markerMeaning: "Restricted CAFTA-DR treatment: the rate applies only to the goods and parties that General Note 29 specifies for this line (in this HTS: dairy, sugar, peanut and other quota goods that refer to headings 9822.05 and subchapter XV of chapter 99).",
    name: "CAFTA-DR, restricted treatment",
    countries: CAFTA_DR_COUNTRIES,
    origin: "countries",
    legalReference: CAFTA_REF,
    status: "in_force",
    verify: "exact wording of the 'P+' rule in General Note 29",
  },
  {
    code: "PA",
    name: "United States-Panama Trade Promotion Agreement",
    countries: ["PA"],
    origin: "countries",
    legalReference: "HTSUS General Note 3(c)(i); General Note 35",
    status: "in_force",
  },
  {
    code: "PE",
    name: "United States-Peru Trade Promotion Agreement",
    countries: ["PE"],
    origin: "countries",
    legalReference: "HTSUS General Note 3(c)(i); General Note 32",
    status: "in_force",
  },
  {
    code: "R",
    name: "United States-Caribbean Basin Trade Partnership Act (CBTPA)",
    countries: CBTPA_COUNTRIES,
    origin: "countries",
    legalReference: "HTSUS General Note 3(c)(i); General Note 17; 19 U.S.C. 2703(b)",
    status: "in_force",
    authorizedThrough: "2030-09-30",
    verify: "end date (extended to 30 Sep 2030 in 2020) and the beneficiary list of General Note 17(a)",
  },
  {
    code: "S",
    name: "United States-Mexico-Canada Agreement (USMCA)",
    countries: ["CA", "MX"],
    origin: "countries",
    legalReference: USMCA_REF,
    status: "in_force",
    note: "In force since 1 Jul 2020 (replaced NAFTA).",
  },
  {
    code: "S+",
    marker: "+",
    markerMeaning: "Restricted USMCA treatment: the rate applies only to the goods and parties that General Note 11 specifies for this line (in this HTS: dairy, sugar and other quota goods that refer to subchapter XXIII of chapter 98, where the over-quota rate is the general rate).",
    name: "USMCA, restricted treatment",
    countries: ["CA", "MX"],
    origin: "countries",
    legalReference: USMCA_REF,
    status: "in_force",
    verify: "exact wording of the 'S+' rule in General Note 11",
  },
  {
    code: "SG",
    name: "United States-Singapore Free Trade Agreement",
    countries: ["SG"],
    origin: "countries",
    legalReference: "HTSUS General Note 3(c)(i); General Note 25",
    status: "in_force",
  },
];

function build(input: ProgramInput): UsProgram {
  const baseCode = input.code.replace(/[*+]$/, "");
  return Object.freeze({
    ...input,
    baseCode,
    countries: Object.freeze([...new Set(input.countries ?? [])].sort()) as string[],
    active: input.status === "in_force",
  });
}

/** All known programme indicators, keyed by the code as printed ("A", "A*", "S+"). */
export const US_PROGRAMS: Readonly<Record<string, UsProgram>> = Object.freeze(
  Object.fromEntries(INPUT.map((p) => [p.code, build(p)])),
);

/** Normalizes a printed indicator: trims and upper-cases ("a+ " → "A+"). */
function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

/** The programme for a printed indicator, or undefined when unknown. */
export function getUsProgram(code: string): UsProgram | undefined {
  return US_PROGRAMS[normalizeCode(code)];
}

/** True when the printed indicator is known. */
export function isKnownProgramCode(code: string): boolean {
  return getUsProgram(code) !== undefined;
}

/**
 * The countries (ISO 3166-1 alpha-2, sorted) whose goods can qualify under a printed indicator
 * ("A+", "P", ...). Returns [] for unknown codes and for origin-neutral programmes (C, K, L),
 * which apply to every country not in {@link COLUMN_2_COUNTRIES}: check `getUsProgram(code).origin`.
 * Lapsed programmes still return their designated countries: check `status`.
 */
export function countriesForProgram(code: string): string[] {
  return [...(getUsProgram(code)?.countries ?? [])];
}

export interface ProgramsForCountryOptions {
  /** Only programmes whose status is "in_force". Default false (lapsed ones are listed too). */
  inForceOnly?: boolean;
}

/**
 * The printed indicators (with markers, in {@link US_PROGRAMS} order) under which goods of a
 * country can qualify, e.g. "HT" → ["A", "A*", "A+", "E", "E*", "R", "C", "K", "L"] (order aside).
 * Origin-neutral programmes (C, K, L) are included for every country except column 2 countries;
 * column 2 countries get []. A line's Special column can then be intersected with this list.
 * The country is an ISO 3166-1 alpha-2 code (case-insensitive).
 */
export function programsForCountry(country: string, options: ProgramsForCountryOptions = {}): string[] {
  const c = country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(c) || COLUMN_2_COUNTRIES.includes(c)) return [];
  return Object.values(US_PROGRAMS)
    .filter((p) => !options.inForceOnly || p.active)
    .filter((p) => (p.origin === "any" ? true : p.countries.includes(c)))
    .map((p) => p.code);
}
