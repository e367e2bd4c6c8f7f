// A small article written for a test: the body under a `= Title =` line, extracted, and its facts without
// span and rule, so tests compare what was read rather than where.
import { extract } from "../../src/ingest/extract.js";
import type { Fact } from "../../src/model/record.js";
import type { Draft } from "../../src/ingest/context.js";

export function facts(body: string, title = "Chile–Peru relations"): Draft[] {
  const r = extract(`= ${title} =\n\n${body}\n`);
  if (r.kind !== "record") throw new Error(r.reason);
  return r.record.facts.map(({ span: _s, rule: _r, ...f }) => f as Draft);
}

export const ofKind = (body: string, kind: Fact["kind"], title?: string): Draft[] => facts(body, title).filter((f) => f.kind === kind);
