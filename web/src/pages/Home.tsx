// Home: the shaded world map, a search box for countries and pairs, and the articles in the store.
import { useEffect, useId, useState } from "react";
import { api, type SearchResult } from "../api.js";
import { Link } from "../router.js";
import { useNames } from "../names.js";
import { useFetch } from "../use-fetch.js";
import { WorldMap } from "../components/WorldMap.js";

const pairLink = (p: readonly [string, string]) => `/pair/${p[0]}/${p[1]}`;

function Search() {
  const id = useId();
  const [text, setText] = useState("");
  const [result, setResult] = useState<SearchResult | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    if (text.trim().length < 2) return setResult(undefined);
    const t = setTimeout(() => {
      api.search(text.trim()).then(
        (r) => {
          setResult(r);
          setError(undefined);
        },
        (e: Error) => setError(e.message),
      );
    }, 200);
    return () => clearTimeout(t);
  }, [text]);
  const empty = result && !result.countries.length && !result.pairs.length && !result.hits.length;
  return (
    <search className="search">
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={id}>Find a country, a pair (“Mexico Slovenia”) or any words</label>
        <input id={id} type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="Slovenia, Mexico–Slovenia, Drnovšek…" autoComplete="off" />
      </form>
      <div aria-live="polite">
        {error && <p role="alert">{error}</p>}
        {empty && <p>Nothing matches “{result.query}”.</p>}
        {result && !empty && (
          <ul className="results">
            {result.pairs.map((p) => (
              <li key={p.pair.join()}>
                <Link to={pairLink(p.pair)}>{p.names.join("–")}</Link> <small>pair</small>
              </li>
            ))}
            {result.countries.map((c) => (
              <li key={c.code}>
                <Link to={`/country/${c.code}`}>{c.name}</Link> <small>country</small>
              </li>
            ))}
            {result.hits.map((h) => (
              <li key={`${h.type}${h.id}`}>
                {h.pair ? <Link to={pairLink(h.pair)}>{h.title}</Link> : <span>{h.title}</span>} <small>{h.type}</small>
                <div className="snippet">{h.snippet}</div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </search>
  );
}

export function Home() {
  const { countries } = useNames();
  const sources = useFetch(() => api.sources(), []);
  const top = [...(countries ?? [])].filter((c) => c.facts > 0).sort((a, b) => b.facts - a.facts).slice(0, 12);
  const articles = (sources.data ?? []).filter((s) => s.kind === "article" && s.pair);
  return (
    <>
      <h1>Relations between states, fact by fact</h1>
      <Search />
      {countries ? <WorldMap countries={countries} /> : <p>Loading the map…</p>}
      <div className="columns">
        <section aria-labelledby="top-countries">
          <h2 id="top-countries">Best-known countries</h2>
          <ol className="plain">
            {top.map((c) => (
              <li key={c.code}>
                <Link to={`/country/${c.code}`}>{c.name}</Link> <small>{c.facts} facts</small>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="articles">
          <h2 id="articles">Articles</h2>
          {articles.length === 0 && <p>No articles yet. <Link to="/add">Add one</Link>.</p>}
          <ul className="plain">
            {articles.map((s) => (
              <li key={s.id}>
                <Link to={pairLink(s.pair!)}>{s.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
