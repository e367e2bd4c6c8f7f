// The pair page (/pair/MEX/SVN): everything the store knows about two states, each fact opening its source.
import { useId } from "react";
import { api, type PairProfile, type Stored, type StoredFact } from "../api.js";
import { dateOf, formatDate, typeWords } from "../facts.js";
import { useNames } from "../names.js";
import { Link, setQueryParam, useLocation } from "../router.js";
import { Finding } from "../components/Finding.js";
import { useFetch } from "../use-fetch.js";
import { FactButton, SourceProvider } from "../components/SourceViewer.js";
import { MissionMap } from "../components/MissionMap.js";
import { TradeChart, tradeSeries } from "../components/TradeChart.js";

const ofKind = <K extends StoredFact["kind"]>(facts: readonly StoredFact[], kind: K) => facts.filter((f): f is Stored<K> => f.kind === kind);
const byDate = (x: StoredFact, y: StoredFact) => (dateOf(x) ?? "9999").localeCompare(dateOf(y) ?? "9999");

function AsOf({ value }: { value: string | undefined }) {
  const id = useId();
  return (
    <form className="as-of" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={id}>As of</label>
      <input id={id} type="date" value={value ?? ""} onChange={(e) => setQueryParam("as_of", e.target.value || undefined)} />
      {value && (
        <button type="button" onClick={() => setQueryParam("as_of", undefined)}>
          Today
        </button>
      )}
    </form>
  );
}

function Header({ p }: { p: PairProfile }) {
  const { name } = useNames();
  const est = p.relations.established;
  return (
    <header className="pair-header">
      <h1>
        {p.names[0]}–{p.names[1]} relations
      </h1>
      <p className="established">
        {est ? (
          <>
            <FactButton fact={est}>Diplomatic relations established {formatDate(est.date)}</FactButton>
            {p.relations.yearsAgo !== undefined && <span className="years"> · {p.relations.yearsAgo} years</span>}
            {!p.relations.inForce && <strong className="severed"> · relations severed</strong>}
          </>
        ) : (
          "No date of establishment is known."
        )}
      </p>
      {p.recognitions.map((r) => (
        <p key={r.id}>
          <FactButton fact={r}>
            {name(r.by)} recognised {name(r.of)} {formatDate(r.date)}
          </FactButton>
        </p>
      ))}
      {(p.sharedMemberships.length > 0 || p.otherMemberships.length > 0) && (
        <ul className="chips" aria-label="Memberships">
          {p.sharedMemberships.map((m) => (
            <li key={m.org}>
              <FactButton fact={m.facts[0]!}>
                {m.org} <small>both</small>
              </FactButton>
            </li>
          ))}
          {p.otherMemberships.map((m) => (
            <li key={m.org}>
              <FactButton fact={m.facts[0]!}>
                {m.org} <small>{m.members.map(name).join(", ")}</small>
              </FactButton>
            </li>
          ))}
        </ul>
      )}
    </header>
  );
}

function Visits({ p }: { p: PairProfile }) {
  const { name } = useNames();
  const visits = ofKind(p.facts, "visit").sort(byDate);
  const [a, b] = p.pair;
  return (
    <section aria-labelledby="visits">
      <h2 id="visits">Visits</h2>
      <div className="columns">
        {[
          [a, b],
          [b, a],
        ].map(([from, to]) => {
          const list = visits.filter((v) => v.from === from && v.to === to);
          return (
            <div key={from}>
              <h3>
                {name(from!)} → {name(to!)}
              </h3>
              {list.length === 0 ? (
                <p>None known.</p>
              ) : (
                <table>
                  <thead>
                    <tr>
                      <th scope="col">When</th>
                      <th scope="col">Who</th>
                      <th scope="col">Title and rank</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((v) => (
                      <tr key={v.id}>
                        <td>{formatDate(v.date)}</td>
                        <td>
                          <FactButton fact={v}>{v.person.name}</FactButton>
                          {v.qualifier && <small> {v.qualifier}</small>}
                        </td>
                        <td>
                          {v.person.title ?? "—"}
                          {v.person.rank && <small className="rank"> {typeWords(v.person.rank)}</small>}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}

function Trade({ p }: { p: PairProfile }) {
  const { name } = useNames();
  const trade = ofKind(p.facts, "trade").sort((x, y) => x.year - y.year);
  const goods = ofKind(p.facts, "goods");
  if (!trade.length && !goods.length) return null;
  const series = tradeSeries(trade, p.pair[0], p.pair[1], name);
  return (
    <section aria-labelledby="trade">
      <h2 id="trade">Trade</h2>
      {series.length > 0 && <TradeChart series={series} currency={trade[0]!.currency} />}
      <ul className="plain">
        {trade.map((t) => (
          <li key={t.id}>
            {t.year}: <FactButton fact={t} />
          </li>
        ))}
      </ul>
      <div className="columns">
        {goods.map((g) => (
          <div key={g.id}>
            <h3>
              Goods {name(g.from)} → {name(g.to)}
            </h3>
            <FactButton fact={g}>{g.items.join(", ")}</FactButton>
          </div>
        ))}
      </div>
    </section>
  );
}

function Missions({ a, b, asOf }: { a: string; b: string; asOf?: string }) {
  const { name } = useNames();
  const { data, error } = useFetch(() => api.missions(a, b, asOf), [a, b, asOf]);
  if (error) return <p role="alert">{error.message}</p>;
  if (!data) return null;
  const sides = data.directions.map((d) => ({ code: d.of, missions: d.missions, accreditation: d.accreditation }));
  return (
    <section aria-labelledby="missions">
      <h2 id="missions">Missions</h2>
      <MissionMap sides={sides} label={`Map of ${data.names.join(" and ")}'s missions and accreditation`} />
      <div className="columns">
        {data.directions.map((d, i) => (
          <div key={d.of} className={`side-${i}`}>
            <h3>
              {name(d.of)} in {name(d.to)}
            </h3>
            <ul className="plain">
              {d.missions.map((m) => (
                <li key={m.fact.id}>
                  <FactButton fact={m.fact} />
                </li>
              ))}
              {d.accreditation.map((x) => (
                <li key={x.fact.id}>
                  <FactButton fact={x.fact} />
                </li>
              ))}
              {d.missions.length + d.accreditation.length === 0 && <li>Nothing known.</li>}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

function Findings({ a, b, p }: { a: string; b: string; p: PairProfile }) {
  const { data, error } = useFetch(() => api.check(a, b), [a, b]);
  return (
    <section aria-labelledby="findings">
      <h2 id="findings">Conflicts and checks</h2>
      {p.conflicts.length === 0 ? (
        <p>No source contradicts another.</p>
      ) : (
        <ul className="plain">
          {p.conflicts.map((c) => (
            <li key={c.key}>
              <strong>{c.about}</strong>:{" "}
              {c.values.map((v, i) => (
                <span key={v.value}>
                  {i > 0 && " vs "}
                  <FactButton fact={v.facts[0]!}>{v.value}</FactButton>
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
      {error && <p>Checks unavailable: {error.message}</p>}
      {data && data.findings.length === 0 && <p>The checks found nothing to question.</p>}
      {data && data.findings.length > 0 && (
        <ul className="plain findings">
          {data.findings.map((f, i) => (
            <li key={i}>
              <Finding f={f} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function PairPage({ a, b }: { a: string; b: string }) {
  const location = useLocation();
  const asOf = location.searchParams.get("as_of") ?? undefined;
  const { data: p, error, loading } = useFetch(() => api.profile(a, b, asOf), [a, b, asOf]);
  if (error) return <p role="alert">{error.message}</p>;
  if (!p) return <p>{loading ? "Loading…" : ""}</p>;
  const dated = p.facts.filter((f) => dateOf(f)).sort(byDate);
  const undated = p.facts.filter((f) => !dateOf(f) && !["visit", "agreement", "trade", "goods", "mission", "accreditation", "membership"].includes(f.kind));
  const agreements = ofKind(p.facts, "agreement").sort(byDate);
  return (
    <SourceProvider>
      <Header p={p} />
      <AsOf value={asOf} />
      <nav className="countries-of-pair" aria-label="The two countries">
        <Link to={`/country/${p.pair[0]}`}>{p.names[0]}'s network</Link> · <Link to={`/country/${p.pair[1]}`}>{p.names[1]}'s network</Link> ·{" "}
        <a href={`/api/pairs/${p.pair[0]}/${p.pair[1]}/record`}>record (JSON)</a>
      </nav>
      <section aria-labelledby="timeline">
        <h2 id="timeline">Timeline</h2>
        {dated.length === 0 ? (
          <p>No dated facts.</p>
        ) : (
          <ol className="timeline">
            {dated.map((f) => (
              <li key={f.id}>
                <time>{formatDate(dateOf(f))}</time> <FactButton fact={f} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <Visits p={p} />
      <section aria-labelledby="agreements">
        <h2 id="agreements">Agreements</h2>
        {agreements.length === 0 ? (
          <p>None known.</p>
        ) : (
          <ul className="plain">
            {agreements.map((g) => (
              <li key={g.id}>
                <time>{formatDate(g.date)}</time> <FactButton fact={g} /> {g.type && <small>{g.type}</small>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <Trade p={p} />
      <Missions a={p.pair[0]} b={p.pair[1]} asOf={asOf} />
      {undated.length > 0 && (
        <section aria-labelledby="other">
          <h2 id="other">Other facts</h2>
          <ul className="plain">
            {undated.map((f) => (
              <li key={f.id}>
                <FactButton fact={f} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <Findings a={p.pair[0]} b={p.pair[1]} p={p} />
      <p className="sources">
        Sources: {p.sources.map((s) => s.title).join("; ") || "none"}
      </p>
    </SourceProvider>
  );
}
