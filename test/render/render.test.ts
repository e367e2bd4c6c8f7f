import { describe, expect, it } from "vitest";
import { buildDocument, renderRecord } from "../../src/render/index.js";
import { record, SAMPLE } from "./fixtures.js";

const rec = record(SAMPLE);

describe("renderRecord text", () => {
  const text = renderRecord(rec, { format: "text", today: "2026-11-28" });

  it("has the seed's layout", () => {
    expect(text.split("\n")[0]).toBe("= Mexico–Slovenia relations =");
    expect(text).toMatch(/^==History==$/m);
    expect(text).toMatch(/^==High-level visits==\n\nHigh-level visits from Mexico to Slovenia\n\n- Foreign Minister Luis Ortega \(2005\)$/m);
    expect(text).toMatch(/^== See also ==\n- Foreign relations of Mexico$/m);
  });

  it("computes the anniversary for today, never the stale figure", () => {
    expect(text).toContain("In 2026, both nations mark 32 years of diplomatic relations.");
    expect(text).not.toContain("25 years");
    expect(renderRecord(rec, { today: "2030-01-01" })).toContain("In 2030, both nations mark 36 years");
  });

  it("counts from the anniversary the record gives when there is no established date", () => {
    const noEstablished = record(SAMPLE.filter((f) => f.kind !== "relations"));
    expect(renderRecord(noEstablished, { today: "2026" })).toContain("In 2026, both nations mark 32 years");
  });

  it("writes a year-only fact without a month", () => {
    expect(text).toContain("In 1999, Mexico opened an honorary consulate in Maribor.");
    expect(text).toContain("Mexico recognized Slovenia on 2 November 1993.");
    expect(text).toContain("established diplomatic relations in March 1994.");
  });

  it("puts qualified visits in History and plain ones in the lists", () => {
    expect(text).toContain("In June 2001, Slovene Prime Minister Marta Kovač paid a visit to Mexico, the first visit");
    expect(text).not.toMatch(/^- Prime Minister Marta Kovač/m);
  });

  it("states every fact exactly once", () => {
    const doc = buildDocument(rec, { today: "2026-11-28" });
    const cited = [...doc.lead, ...doc.sections.flatMap((s) => s.blocks)]
      .flatMap((b) => (b.kind === "paragraph" ? b.sentences : b.items))
      .flatMap((s) => s.facts);
    // the established date is cited twice: by its sentence and by the anniversary computed from it
    const established = SAMPLE.findIndex((f) => f.kind === "relations");
    expect(cited.filter((i) => i !== established).sort((a, b) => a - b)).toEqual(SAMPLE.map((_, i) => i).filter((i) => i !== established));
  });

  it("orders History by date", () => {
    const history = text.split("==History==")[1]!.split("==High-level")[0]!;
    const years = [...history.matchAll(/\b(19|20)\d\d\b/g)].map((m) => Number(m[0]));
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });
});

describe("renderRecord markdown and html", () => {
  it("cites sources as footnotes in Markdown", () => {
    const md = renderRecord(rec, { format: "markdown", today: "2026-11-28" });
    expect(md).toMatch(/^# Mexico–Slovenia relations$/m);
    expect(md).toContain("Mexico recognized Slovenia on 2 November 1993.[^1]");
    expect(md).toMatch(/^\[\^1\]: A test record$/m);
  });

  it("numbers stored sources in the order they are first cited", () => {
    const stored = record(SAMPLE.slice(0, 4).map((f, i) => ({ ...f, sourceIds: i === 3 ? [7, 9] : [9] }) as never));
    const md = renderRecord(stored, { format: "markdown", today: "2026", sources: [{ id: 9, title: "Nine" }, { id: 7, title: "Seven", url: "https://example.org/7" }] });
    expect(md).toContain("Mexico recognized Slovenia on 2 November 1993.[^1][^2]");
    expect(md).toMatch(/^\[\^1\]: Nine$/m);
    expect(md).toMatch(/^\[\^2\]: \[Seven\]\(https:\/\/example.org\/7\)$/m);
  });

  it("escapes HTML and needs nothing from outside", () => {
    const hostile = record([{ kind: "agreement", title: `Pact <script>alert("x")</script> & Co`, parties: ["MEX", "SVN"], date: "2001" }]);
    const html = renderRecord(hostile, { format: "html", today: "2026" });
    expect(html).not.toContain("<script>");
    expect(html).toContain("Pact &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<(?:script|link|img|iframe)\b|src=/i);
    expect(html).toContain(`<sup><a href="#note-1">[1]</a></sup>`);
  });
});
