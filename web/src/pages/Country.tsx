// The country page (/country/SVN): its network — missions abroad, missions it hosts, pairs known.
import { api, type CountryPage as Network } from "../api.js";
import { typeWords } from "../facts.js";
import { useNames } from "../names.js";
import { Link } from "../router.js";
import { useFetch } from "../use-fetch.js";
import { FactButton, SourceProvider } from "../components/SourceViewer.js";
import { MissionMap } from "../components/MissionMap.js";

function MissionList({ items, show }: { items: Network["missionsAbroad"]; show: "in" | "of" }) {
  const { name } = useNames();
  if (items.length === 0) return <p>None known.</p>;
  const sorted = [...items].sort((x, y) => name(x.fact[show]).localeCompare(name(y.fact[show])));
  return (
    <ul className="plain mission-list">
      {sorted.map((m) => (
        <li key={m.fact.id}>
          <FactButton fact={m.fact}>
            {name(m.fact[show])}: {typeWords(m.fact.type)}
            {m.fact.city ? ` in ${m.fact.city}` : ""}
          </FactButton>
          {m.covers.length > 0 && <small> also covers {m.covers.map(name).join(", ")}</small>}
        </li>
      ))}
    </ul>
  );
}

export function CountryPage({ code }: { code: string }) {
  const { name } = useNames();
  const { data: n, error } = useFetch(() => api.country(code), [code]);
  if (error) return <p role="alert">{error.message}</p>;
  if (!n) return <p>Loading…</p>;
  return (
    <SourceProvider>
      <h1>{n.name}</h1>
      <p>
        {n.missionsAbroad.length} missions abroad, {n.presentIn.length} foreign missions hosted, {n.pairs.length} pairs known.
      </p>
      <MissionMap
        sides={[{ code: n.code, missions: n.missionsAbroad, accreditation: n.covers }]}
        home={n.home ? [n.home] : []}
        label={`Map of ${n.name}'s missions abroad`}
      />
      <div className="columns">
        <section aria-labelledby="pairs">
          <h2 id="pairs">Pairs known</h2>
          <ul className="plain">
            {n.pairs.map((p) => {
              const other = p.pair[0] === n.code ? p.pair[1] : p.pair[0];
              return (
                <li key={p.pair.join()}>
                  <Link to={`/pair/${n.code}/${other}`}>
                    {n.name}–{name(other)}
                  </Link>{" "}
                  <small>{p.facts} facts</small>
                </li>
              );
            })}
          </ul>
        </section>
        <section aria-labelledby="abroad">
          <h2 id="abroad">Missions abroad</h2>
          <MissionList items={n.missionsAbroad} show="in" />
          <AccreditationList title="Accredited from elsewhere" items={n.covers} />
        </section>
        <section aria-labelledby="hosted">
          <h2 id="hosted">Missions hosted</h2>
          <MissionList items={n.presentIn} show="of" />
          <AccreditationList title="Covered from elsewhere" items={n.coveredBy} />
        </section>
      </div>
    </SourceProvider>
  );
}

/** Non-resident accreditation, as facts one click from their source; nothing when there is none. */
function AccreditationList({ title, items }: { title: string; items: readonly { fact: Parameters<typeof FactButton>[0]["fact"] }[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="plain">
        {items.map((c) => (
          <li key={c.fact.id}>
            <FactButton fact={c.fact} />
          </li>
        ))}
      </ul>
    </>
  );
}
