// Country names for the whole UI, fetched once from /api/countries (the same list shades the home map).
import { createContext, useContext, type ReactNode } from "react";
import { api, type CountrySummary } from "./api.js";
import { useFetch } from "./use-fetch.js";

interface Names {
  countries: CountrySummary[] | undefined;
  name: (code: string) => string;
}

const NamesContext = createContext<Names>({ countries: undefined, name: (c) => c });

export function NamesProvider({ children }: { children: ReactNode }) {
  const { data } = useFetch(() => api.countries(), []);
  const byCode = new Map((data ?? []).map((c) => [c.code, c.name]));
  return <NamesContext.Provider value={{ countries: data, name: (c) => byCode.get(c) ?? c }}>{children}</NamesContext.Provider>;
}

export const useNames = (): Names => useContext(NamesContext);
