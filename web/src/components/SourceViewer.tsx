// "Clicking any fact opens its source with the span highlighted": a modal dialog over the page.
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { api, type SourceView, type StoredFact } from "../api.js";
import { describeFact, quotesOf } from "../facts.js";
import { useNames } from "../names.js";
import { useFetch } from "../use-fetch.js";
import { HighlightedText } from "./HighlightedText.js";

interface Opened {
  fact: StoredFact;
  quotes: { sourceId: number; span?: [number, number] }[];
}

/** The first of the fact's sources that has a text to quote (a data set has none), else the first source. */
async function loadQuote(quotes: Opened["quotes"]) {
  let first: { view: SourceView; span?: [number, number] } | undefined;
  for (const q of quotes) {
    const view = await api.source(q.sourceId);
    if (view.source.text !== undefined) return { view, span: q.span };
    first ??= { view };
  }
  return first;
}

const SourceContext = createContext<(fact: StoredFact) => void>(() => {});
export const useOpenSource = () => useContext(SourceContext);

export function SourceProvider({ children }: { children: ReactNode }) {
  const [opened, setOpened] = useState<Opened | undefined>();
  const open = (fact: StoredFact) => {
    const quotes = quotesOf(fact);
    if (quotes.length) setOpened({ fact, quotes });
  };
  return (
    <SourceContext.Provider value={open}>
      {children}
      {opened && <SourceDialog opened={opened} onClose={() => setOpened(undefined)} />}
    </SourceContext.Provider>
  );
}

function SourceDialog({ opened, onClose }: { opened: Opened; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const { name } = useNames();
  const { data: found, error } = useFetch(() => loadQuote(opened.quotes), [opened]);
  const data = found?.view;
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
  }, []);
  const text = data?.source.text;
  const span = found?.span;
  return (
    <dialog ref={ref} className="source-dialog" aria-labelledby="source-title" onClose={onClose} onCancel={onClose}>
      <header>
        <h2 id="source-title">{data ? data.source.title : "Source"}</h2>
        <button type="button" onClick={onClose} aria-label="Close the source" autoFocus>
          ×
        </button>
      </header>
      <p className="fact-said">
        <strong>{describeFact(opened.fact, name)}</strong>
        {opened.fact.provenance[0]?.rule && <span className="rule"> · rule {opened.fact.provenance[0].rule}</span>}
      </p>
      {error && <p role="alert">{error.message}</p>}
      {data && text !== undefined && (
        <>
          {span && (
            <blockquote className="quote" aria-label="The quote">
              {text.slice(span[0], span[1])}
            </blockquote>
          )}
          <HighlightedText text={text} marks={span ? [{ start: span[0], end: span[1], active: true, label: "the words this fact comes from" }] : []} />
        </>
      )}
      {data && text === undefined && (
        <p>
          This fact comes from the data set “{data.source.title}”
          {opened.fact.provenance[0]?.locator ? ` (${opened.fact.provenance[0].locator})` : ""}; it has no text to quote.
          {data.source.url && (
            <>
              {" "}
              Origin: <code>{data.source.url}</code>
            </>
          )}
        </p>
      )}
    </dialog>
  );
}

/** A fact as a button: its words, and its date; activating it opens the source. */
export function FactButton({ fact, children }: { fact: StoredFact; children?: ReactNode }) {
  const open = useOpenSource();
  const { name } = useNames();
  return (
    <button type="button" className="fact" onClick={() => open(fact)} data-fact-id={fact.id} data-kind={fact.kind}>
      {children ?? describeFact(fact, name)}
    </button>
  );
}
