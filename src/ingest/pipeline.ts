// The extraction pipeline in one list: extractors in order, then refiners.
//
// Ordering rules:
// - Prose extractors run before list extractors, so that when a fact is stated in prose and again in a
//   list, the merged fact keeps the prose wording (title, qualifier) and adds the list item's span.
// - Infobox missions run before prose missions for the same reason in reverse: the infobox gives the
//   canonical city name, the prose adds opening dates.
// - Refiners: first the filter (a fact missing what its kind needs is dropped), then the merger (the
//   same fact twice becomes one with both spans). Filtering first keeps an incomplete mention from
//   absorbing a complete one.
import type { Extractor } from "./context.js";
import { relations } from "./extractors/relations.js";
import { recognition } from "./extractors/recognition.js";
import { membership } from "./extractors/membership.js";
import { infobox } from "./extractors/infobox.js";
import { missions } from "./extractors/missions.js";
import { accreditation } from "./extractors/accreditation.js";
import { visits } from "./extractors/visits.js";
import { meetings } from "./extractors/meetings.js";
import { agreements } from "./extractors/agreements.js";
import { trade, tradeExported } from "./extractors/trade.js";
import { goods } from "./extractors/goods.js";
import { companies } from "./extractors/companies.js";
import { cooperation } from "./extractors/cooperation.js";
import { statements } from "./extractors/statements.js";
import { anniversary } from "./extractors/anniversary.js";
import { visitList } from "./extractors/visit-list.js";
import { seeAlso } from "./extractors/see-also.js";
import { isValid } from "./refiners/valid.js";
import { mergeDuplicates } from "./refiners/merge.js";
import type { Fact } from "../model/record.js";

export const EXTRACTORS: readonly Extractor[] = [
  ...relations, // one per event: restored, severed, upgraded, downgraded, established
  recognition,
  membership,
  infobox,
  missions,
  accreditation,
  visits,
  meetings,
  agreements,
  trade,
  tradeExported,
  goods,
  companies,
  cooperation,
  statements,
  anniversary,
  visitList,
  seeAlso,
];

export const REFINERS: readonly ((facts: Fact[], pair: [string, string]) => Fact[])[] = [
  (facts, pair) => facts.filter((f) => isValid(f, pair)),
  (facts) => mergeDuplicates(facts),
];
