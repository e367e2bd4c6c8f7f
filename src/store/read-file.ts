// Reading a document to ingest: a file that exists, is text (UTF-8, no NUL bytes), not empty, not huge.
// (src/io/article-file.ts, when present, does the same for `extract`; this keeps ingest independent of it.)
import { readFile, stat } from "node:fs/promises";

const MAX_BYTES = 20 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

export async function readDocument(file: string): Promise<ReadResult> {
  let size: number;
  try {
    const s = await stat(file);
    if (s.isDirectory()) return { ok: false, reason: "is a directory" };
    if (!s.isFile()) return { ok: false, reason: "not a regular file" };
    size = s.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : `cannot read (${code ?? "error"})` };
  }
  if (size === 0) return { ok: false, reason: "empty file" };
  if (size > MAX_BYTES) return { ok: false, reason: `too large (${(size / 1024 / 1024).toFixed(1)} MB; at most ${MAX_BYTES / 1024 / 1024} MB)` };
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    return { ok: false, reason: `cannot read (${(e as NodeJS.ErrnoException).code ?? "error"})` };
  }
  if (bytes.includes(0)) return { ok: false, reason: "not a text file (binary content)" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: "not valid UTF-8 text" };
  }
  text = text.replace(/^\uFEFF/, "");
  if (!text.trim()) return { ok: false, reason: "no text (only white space)" };
  return { ok: true, text };
}
