// How an organisation is named in running prose: records keep the usual acronym (record.md), articles
// write the full name with its article ("the United Nations") — or the acronym where that is what people
// write ("NATO", "Mercosur"). Unknown names are written as given, with "the" unless they look like acronyms.

interface OrgName {
  /** the name as prose writes it, without the article */
  readonly name: string;
  /** whether the name takes "the" */
  readonly the: boolean;
}

const ORGS: Readonly<Record<string, OrgName>> = {
  UN: { name: "United Nations", the: true },
  EU: { name: "European Union", the: true },
  OECD: { name: "Organisation for Economic Co-operation and Development", the: true },
  NATO: { name: "NATO", the: false },
  CoE: { name: "Council of Europe", the: true },
  OAS: { name: "Organization of American States", the: true },
  OEI: { name: "Organization of Ibero-American States", the: true },
  ACS: { name: "Association of Caribbean States", the: true },
  CELAC: { name: "Community of Latin American and Caribbean States", the: true },
  SICA: { name: "Central American Integration System", the: true },
  AU: { name: "African Union", the: true },
  NAM: { name: "Non-Aligned Movement", the: true },
  OSCE: { name: "Organization for Security and Co-operation in Europe", the: true },
  NAFTA: { name: "North American Free Trade Agreement", the: true },
  WTO: { name: "World Trade Organization", the: true },
  APEC: { name: "Asia-Pacific Economic Cooperation", the: true },
  G20: { name: "G20", the: false },
  G7: { name: "G7", the: false },
  CIS: { name: "Commonwealth of Independent States", the: true },
  GCC: { name: "Gulf Cooperation Council", the: true },
  SCO: { name: "Shanghai Cooperation Organisation", the: true },
  CSTO: { name: "Collective Security Treaty Organization", the: true },
  EAEU: { name: "Eurasian Economic Union", the: true },
  OIC: { name: "Organisation of Islamic Cooperation", the: true },
  "Arab League": { name: "Arab League", the: true },
  ASEAN: { name: "Association of Southeast Asian Nations", the: true },
  UNASUR: { name: "Union of South American Nations", the: true },
  Mercosur: { name: "Mercosur", the: false },
  CARICOM: { name: "Caribbean Community", the: true },
  ECOWAS: { name: "Economic Community of West African States", the: true },
  IGAD: { name: "Intergovernmental Authority on Development", the: true },
  SAARC: { name: "South Asian Association for Regional Cooperation", the: true },
  ECO: { name: "Economic Cooperation Organization", the: true },
  EFTA: { name: "European Free Trade Association", the: true },
  ALADI: { name: "Latin American Integration Association", the: true },
  OPEC: { name: "Organization of the Petroleum Exporting Countries", the: true },
  BRICS: { name: "BRICS", the: false },
  "Schengen Area": { name: "Schengen Area", the: true },
  Eurozone: { name: "eurozone", the: true },
  "Commonwealth of Nations": { name: "Commonwealth of Nations", the: true },
};

const looksLikeAcronym = (s: string) => /^[A-Z0-9-]{2,}$/.test(s);

/** "UN" → "the United Nations"; "Union for the Mediterranean" → "the Union for the Mediterranean"; "NATO" → "NATO". */
export function orgPhrase(org: string): string {
  const known = ORGS[org];
  if (known) return known.the ? `the ${known.name}` : known.name;
  if (looksLikeAcronym(org) || /^the\s/i.test(org)) return org;
  return `the ${org}`;
}
