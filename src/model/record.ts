// Record format 1 (see ../shared/spec/record.md): one zod schema, the types inferred from it.
// Every boundary (CLI input, store rows, API bodies) parses through these schemas.
import { z } from "zod";

export const RECORD_FORMAT = "bilateral.record/1";

/** ISO 3166-1 alpha-3, a former state (YUG, SUN, CSK, DDR) or the bloc EU. */
export const StateCode = z.string().regex(/^(?:[A-Z]{3}|EU)$/, "a state code such as MEX, YUG or EU");
export type StateCode = z.infer<typeof StateCode>;

/** ISO 8601 at the precision the text gives: 1992, 1992-05, 1992-05-22, or a period 2003/2007. */
const POINT = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?`;
/** A day that exists in the calendar (no 31 April, no 29 February 2023). */
export const isCalendarDate = (iso: string): boolean => {
  const [y, m, d] = iso.split("-").map(Number);
  return d === undefined || isCalendarDay(y!, m!, d);
};
/** The day exists: month 1–12, day 1 to the month's length (29 February in leap years). */
export function isCalendarDay(y: number, m: number, d: number): boolean {
  if (!Number.isFinite(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[m - 1]!);
}
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export const DateString = z
  .string()
  .regex(new RegExp(`^${POINT}(?:/${POINT})?$`), "a date such as 1992, 1992-05, 1992-05-22 or 2003/2007")
  .refine((s) => s.split("/").every(isCalendarDate), "a day that exists in the calendar");
export type DateString = z.infer<typeof DateString>;

/** [start, end) in UTF-16 code units of the source text. */
export const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type Span = z.infer<typeof Span>;
/** A fact stated twice keeps both spans. */
export const Spans = z.union([Span, z.array(Span).min(1)]);
export type Spans = z.infer<typeof Spans>;

export const RANKS = [
  "head-of-state",
  "head-of-government",
  "foreign-minister",
  "minister",
  "vice-minister",
  "ambassador",
  "legislator",
  "royal",
  "other",
] as const;
export const Rank = z.enum(RANKS);
export type Rank = z.infer<typeof Rank>;

export const Person = z.object({
  name: z.string().min(1),
  title: z.string().optional(),
  of: StateCode.optional(),
  rank: Rank.optional(),
});
export type Person = z.infer<typeof Person>;

export const MISSION_TYPES = [
  "embassy",
  "high-commission",
  "consulate-general",
  "consulate",
  "honorary-consulate",
  "trade-office",
  "interests-section",
  "nunciature",
  "other",
] as const;
export const MissionType = z.enum(MISSION_TYPES);
export type MissionType = z.infer<typeof MissionType>;

/** Fields every fact may carry besides its own: where it came from and why. */
const provenance = {
  span: Spans.optional(),
  /** id of the rule that made the fact, e.g. `visit/list-item` */
  rule: z.string().optional(),
  /** set when the date was not written beside the fact but taken from context (a heading, "that same year") */
  dateImplied: z.boolean().optional(),
};

export const RelationsFact = z.object({
  kind: z.literal("relations"),
  event: z.enum(["established", "severed", "restored", "upgraded", "downgraded"]),
  date: DateString.optional(),
  ...provenance,
});
export const RecognitionFact = z.object({
  kind: z.literal("recognition"),
  by: StateCode,
  of: StateCode,
  date: DateString.optional(),
  ...provenance,
});
export const MembershipFact = z.object({
  kind: z.literal("membership"),
  org: z.string().min(1),
  members: z.array(StateCode),
  ...provenance,
});
export const MissionFact = z.object({
  kind: z.literal("mission"),
  of: StateCode,
  type: MissionType,
  in: StateCode,
  city: z.string().optional(),
  event: z.enum(["opened", "closed", "upgraded"]).optional(),
  date: DateString.optional(),
  ...provenance,
});
export const AccreditationFact = z.object({
  kind: z.literal("accreditation"),
  of: StateCode,
  to: StateCode,
  via: z.object({ type: MissionType, city: z.string().optional(), in: StateCode.optional() }),
  ...provenance,
});
export const VISIT_QUALIFIERS = ["first", "highest-level", "state", "official", "working"] as const;
export const VisitFact = z.object({
  kind: z.literal("visit"),
  from: StateCode,
  to: StateCode,
  person: Person,
  date: DateString.optional(),
  place: z.string().optional(),
  qualifier: z.enum(VISIT_QUALIFIERS).optional(),
  ...provenance,
});
export const MeetingFact = z.object({
  kind: z.literal("meeting"),
  people: z.array(Person).min(2),
  date: DateString.optional(),
  place: z.string().optional(),
  in: StateCode.optional(),
  occasion: z.string().optional(),
  ...provenance,
});
export const AGREEMENT_TYPES = ["treaty", "agreement", "memorandum", "convention", "protocol", "declaration"] as const;
export const AgreementFact = z.object({
  kind: z.literal("agreement"),
  title: z.string().min(1),
  parties: z.array(StateCode),
  date: DateString.optional(),
  type: z.enum(AGREEMENT_TYPES).optional(),
  ...provenance,
});
export const TradeFact = z.object({
  kind: z.literal("trade"),
  value: z.number().nonnegative(),
  currency: z.string().min(1),
  year: z.number().int(),
  flow: z.enum(["total", "export", "import"]),
  from: StateCode.optional(),
  to: StateCode.optional(),
  ...provenance,
});
export const GoodsFact = z.object({
  kind: z.literal("goods"),
  from: StateCode,
  to: StateCode,
  items: z.array(z.string().min(1)),
  ...provenance,
});
export const CompanyFact = z.object({
  kind: z.literal("company"),
  name: z.string().min(1),
  of: StateCode.optional(),
  in: StateCode.optional(),
  ...provenance,
});
export const CooperationFact = z.object({
  kind: z.literal("cooperation"),
  name: z.string().min(1),
  date: DateString.optional(),
  fields: z.array(z.string()).optional(),
  ...provenance,
});
export const StatementFact = z.object({
  kind: z.literal("statement"),
  person: Person,
  date: DateString.optional(),
  summary: z.string(),
  ...provenance,
});
export const AnniversaryFact = z.object({
  kind: z.literal("anniversary"),
  years: z.number().int().positive(),
  date: DateString.optional(),
  ...provenance,
});
export const SeeAlsoFact = z.object({
  kind: z.literal("see-also"),
  titles: z.array(z.string().min(1)),
  ...provenance,
});

export const Fact = z.discriminatedUnion("kind", [
  RelationsFact,
  RecognitionFact,
  MembershipFact,
  MissionFact,
  AccreditationFact,
  VisitFact,
  MeetingFact,
  AgreementFact,
  TradeFact,
  GoodsFact,
  CompanyFact,
  CooperationFact,
  StatementFact,
  AnniversaryFact,
  SeeAlsoFact,
]);
export type Fact = z.infer<typeof Fact>;
export type FactKind = Fact["kind"];
export type FactOf<K extends FactKind> = Extract<Fact, { kind: K }>;
export const FACT_KINDS = Fact.options.map((o) => o.shape.kind.value) as FactKind[];

export const Source = z.object({
  title: z.string(),
  sha256: z.string().optional(),
  chars: z.number().int().nonnegative().optional(),
  url: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

export const BilateralRecord = z.object({
  format: z.literal(RECORD_FORMAT),
  pair: z.tuple([StateCode, StateCode]),
  source: Source,
  facts: z.array(Fact),
});
export type BilateralRecord = z.infer<typeof BilateralRecord>;

/** The spans of a fact as a list, whichever shape it was stored in. */
export function spansOf(fact: { span?: Spans }): Span[] {
  const s = fact.span;
  if (!s) return [];
  return typeof s[0] === "number" ? [s as Span] : (s as Span[]);
}
