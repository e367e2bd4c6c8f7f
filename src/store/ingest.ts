// Ingest: documents in, facts stored — one transaction per document.
// A text goes through the extraction engine; a `.json` file is taken as a format-1 record (what `bilateral extract`
// prints), so records made elsewhere can be stored too. Identical again: unchanged. A new text under a known title:
// a new revision that supersedes the old one's facts (which stay, as history).
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { extract, sha256 } from "../ingest/extract.js";
import { BilateralRecord } from "../model/record.js";
import type { IngestOptions, IngestResult } from "../query/types.js";
import { readArticleFile } from "../io/article-file.js";
import type { SourceKind, Store } from "./store.js";

/** Extract and store one text. */
export async function ingestText(store: Store, text: string, options: IngestOptions = {}): Promise<IngestResult> {
  const r = extract(text, { ...(options.title ? { title: options.title } : {}), ...(options.url ? { url: options.url } : {}) });
  if (r.kind === "no-pair") return { kind: "no-pair", title: options.title ?? titleOf(text) ?? options.origin ?? "(untitled)", reason: r.reason };
  return ingestRecord(store, r.record, { ...options, text });
}

/** Store a format-1 record; with `text` (the document it was extracted from) the text is kept for quotes. */
export async function ingestRecord(
  store: Store,
  record: BilateralRecord,
  options: IngestOptions & { text?: string; kind?: SourceKind } = {},
): Promise<IngestResult> {
  const text = options.text;
  const title = record.source.title || options.title || "(untitled)";
  const digest = text != null ? sha256(text) : (record.source.sha256 ?? sha256(JSON.stringify(record.facts)));
  const put = await store.putSource(
    {
      kind: options.kind ?? "article",
      title,
      url: record.source.url ?? options.url,
      origin: options.origin,
      sha256: digest,
      chars: text != null ? text.length : record.source.chars,
      text: text != null && options.keepText !== false ? text : undefined,
      pair: record.pair,
    },
    record.facts.map((fact) => ({ fact, pair: record.pair })),
  );
  if (put.kind === "unchanged") return { kind: "unchanged", sourceId: put.source.id, title, pair: record.pair };
  return {
    kind: "stored",
    sourceId: put.source.id,
    title,
    pair: record.pair,
    facts: put.facts,
    newFacts: put.newFacts,
    revision: put.source.revision,
    superseded: put.superseded,
  };
}

/** `= Title =` on the first line, as the seed articles have it. */
export function titleOf(text: string): string | undefined {
  return /^\s*=\s*([^=\n]+?)\s*=\s*$/m.exec(text.split("\n", 3).join("\n"))?.[1];
}

export type FileResult = { file: string } & ({ ok: true; result: IngestResult } | { ok: false; reason: string });

/** Files and directories (searched for .txt and .json) to the list of documents to ingest, in a stable order. */
export async function expandInputs(inputs: readonly string[]): Promise<{ files: string[]; bad: FileResult[] }> {
  const files: string[] = [];
  const bad: FileResult[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch {
      files.push(input); // readArticleFile reports why
      continue;
    }
    if (!isDir) {
      files.push(input);
      continue;
    }
    const found: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const e of await readdir(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) await walk(p);
        else if (/\.(txt|json)$/i.test(e.name) && !/\.gold\.json$/i.test(e.name)) found.push(p);
      }
    };
    await walk(input);
    if (!found.length) bad.push({ file: input, ok: false, reason: "directory has no .txt or .json documents" });
    files.push(...found.sort());
  }
  return { files, bad };
}

/** Read, extract and store one file. Never throws for a bad file: the reason comes back instead. */
export async function ingestFile(store: Store, file: string, options: { url?: string } = {}): Promise<FileResult> {
  const read = readArticleFile(file);
  if (!read.ok) return { file, ok: false, reason: read.reason };
  if (/\.json$/i.test(file)) {
    let json: unknown;
    try {
      json = JSON.parse(read.text);
    } catch {
      return { file, ok: false, reason: "not valid JSON" };
    }
    const parsed = BilateralRecord.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { file, ok: false, reason: `not a format-1 record (${issue?.path.join(".") || "record"}: ${issue?.message ?? "invalid"})` };
    }
    return { file, ok: true, result: await ingestRecord(store, parsed.data, { origin: file }) };
  }
  const title = titleOf(read.text) ?? path.basename(file).replace(/\.[^.]+$/, "");
  return { file, ok: true, result: await ingestText(store, read.text, { title, origin: file, ...options }) };
}
