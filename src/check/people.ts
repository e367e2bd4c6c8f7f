// People across facts: who they are (the same name, diacritics and case aside) and where a record names them.
import type { Fact, Person } from "../model/record.js";

export const foldPersonName = (s: string): string =>
  s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

export function samePerson(a: Person, b: Person): boolean {
  return foldPersonName(a.name) === foldPersonName(b.name) && (!a.of || !b.of || a.of === b.of);
}

/** The people a fact names, with the fact's date. */
export function peopleOf(fact: Fact): Person[] {
  switch (fact.kind) {
    case "visit":
    case "statement":
      return [fact.person];
    case "meeting":
      return [...fact.people];
    default:
      return [];
  }
}

/** A regex source matching a name as written, any spacing. */
export const nameSource = (name: string): string => name.trim().split(/\s+/).map(escapeRegExp).join(String.raw`\s+`);

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
