// Add an article: paste or upload, preview the extracted facts highlighted in the text, save with the token.
import { useId, useState } from "react";
import { api, type BilateralRecord, type CheckFinding, type IngestResult } from "../api.js";
import { Finding } from "../components/Finding.js";
import { describeFact, spansOf } from "../facts.js";
import { useNames } from "../names.js";
import { Link } from "../router.js";
import { HighlightedText, type TextMark } from "../components/HighlightedText.js";

const TOKEN_KEY = "bilateral.token";

export function AddArticle() {
  const ids = { text: useId(), file: useId(), token: useId() };
  const { name } = useNames();
  const [text, setText] = useState("");
  const [record, setRecord] = useState<BilateralRecord | undefined>();
  const [active, setActive] = useState<number | undefined>();
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? "");
  const [status, setStatus] = useState<{ kind: "error" | "ok"; message: string; result?: IngestResult } | undefined>();
  const [busy, setBusy] = useState(false);
  const [findings, setFindings] = useState<CheckFinding[] | undefined>();

  const preview = async () => {
    setBusy(true);
    setStatus(undefined);
    try {
      setRecord((await api.extract(text)).record);
      setActive(undefined);
      setFindings(undefined);
      api.checkText(text).then((r) => setFindings(r.findings), () => setFindings(undefined));
    } catch (e) {
      setRecord(undefined);
      setStatus({ kind: "error", message: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    setBusy(true);
    try {
      sessionStorage.setItem(TOKEN_KEY, token);
      const result = await api.save(text, token);
      setStatus({ kind: "ok", message: result.kind === "stored" ? `Saved: ${result.facts} facts (${result.newFacts} new).` : result.kind === "unchanged" ? "This text was already stored." : result.reason, result });
    } catch (e) {
      setStatus({ kind: "error", message: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };
  const facts = record?.facts ?? [];
  const describe = (f: (typeof facts)[number]) => describeFact(f, name);
  const marks: TextMark[] = facts.flatMap((f, i) => spansOf(f).map(([start, end]) => ({ start, end, label: `${f.kind}: ${describe(f)}`, active: i === active })));
  const stored = status?.result?.kind === "stored" || status?.result?.kind === "unchanged" ? status.result : undefined;

  return (
    <>
      <h1>Add an article</h1>
      <form
        className="add-form"
        onSubmit={(e) => {
          e.preventDefault();
          void preview();
        }}
      >
        <label htmlFor={ids.text}>Article text (plain text; a first line “= Title =” names the pair)</label>
        <textarea
          id={ids.text}
          value={text}
          rows={12}
          onChange={(e) => {
            setText(e.target.value);
            setRecord(undefined);
          }}
        />
        <label htmlFor={ids.file}>…or upload a text file</label>
        <input
          id={ids.file}
          type="file"
          accept=".txt,text/plain"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) {
              setText(await file.text());
              setRecord(undefined);
            }
          }}
        />
        <button type="submit" disabled={busy || !text.trim()}>
          Show the facts
        </button>
      </form>
      <div aria-live="polite">{status && <p role={status.kind === "error" ? "alert" : "status"} className={status.kind}>{status.message} {stored?.pair && <Link to={`/pair/${stored.pair[0]}/${stored.pair[1]}`}>Open the pair</Link>}</p>}</div>
      {record && (
        <section aria-labelledby="preview">
          <h2 id="preview">
            {record.source.title}: {facts.length} facts about {record.pair.map(name).join(" and ")}
          </h2>
          <div className="preview">
            <ol className="extracted">
              {facts.map((f, i) => (
                <li key={i}>
                  <button type="button" className="fact" aria-pressed={i === active} onClick={() => setActive(i)} data-kind={f.kind}>
                    <small>{f.kind}</small> {describe(f)}
                  </button>
                </li>
              ))}
            </ol>
            <HighlightedText text={text} marks={marks} />
          </div>
          {findings && findings.length > 0 && (
            <>
              <h3>What the checks question</h3>
              <ul className="plain">
                {findings.map((f, i) => (
                  <li key={i}>
                    <Finding f={f} />
                  </li>
                ))}
              </ul>
            </>
          )}
          <form
            className="save-form"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <label htmlFor={ids.token}>Token (the server's BILATERAL_TOKEN)</label>
            <input id={ids.token} type="password" value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" />
            <button type="submit" disabled={busy}>
              Save to the store
            </button>
          </form>
        </section>
      )}
    </>
  );
}
