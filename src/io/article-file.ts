// Reading an article from disk, with every way a file can be unusable turned into one plain reason.
// Shared by `bilateral extract` and `bilateral ingest`: the caller names the file, this says what is wrong.
import { readFileSync, readSync, statSync } from "node:fs";

/** Articles are a few kilobytes; anything past this is not an article (a dump, a log, a mistake). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export type ArticleFileResult = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * The text of an article file, or why there is none: missing, a directory, unreadable, over 5 MB, binary
 * (NUL bytes), not UTF-8, or empty / only whitespace. A UTF-8 byte-order mark is dropped. Never throws.
 * @example
 * const r = readArticleFile("mexico-slovenia.txt");
 * if (!r.ok) console.error(`mexico-slovenia.txt: ${r.reason}`);
 */
export function readArticleFile(path: string): ArticleFileResult {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return fail("is a directory, not a file");
    if (!st.isFile()) return fail("is not a regular file");
    size = st.size;
  } catch (e) {
    return fail(fsReason(e));
  }
  if (size > MAX_ARTICLE_BYTES) return fail(`is too large (${mb(size)} MB; the limit is ${mb(MAX_ARTICLE_BYTES)} MB)`);

  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return fail(fsReason(e));
  }
  // the file may have grown between stat and read
  if (bytes.length > MAX_ARTICLE_BYTES) return fail(`is too large (${mb(bytes.length)} MB; the limit is ${mb(MAX_ARTICLE_BYTES)} MB)`);
  return decodeArticle(bytes);
}

/** The same checks on standard input (`bilateral extract -`), read to its end or to just past 5 MB. */
export function readArticleStdin(): ArticleFileResult {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.alloc(64 * 1024);
  try {
    for (;;) {
      let n: number;
      try {
        n = readSync(0, buf, 0, buf.length, null);
      } catch (e) {
        // a non-blocking pipe with nothing in it yet: wait a little and try again
        if ((e as NodeJS.ErrnoException).code === "EAGAIN") {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        if ((e as NodeJS.ErrnoException).code === "EOF") break;
        throw e;
      }
      if (n === 0) break;
      chunks.push(Buffer.from(buf.subarray(0, n)));
      total += n;
      if (total > MAX_ARTICLE_BYTES) return fail(`is too large (over ${mb(MAX_ARTICLE_BYTES)} MB)`);
    }
  } catch (e) {
    return fail(fsReason(e));
  }
  return decodeArticle(Buffer.concat(chunks));
}

/** The checks on the bytes alone, for input that does not come from a file (stdin, an upload). */
export function decodeArticle(bytes: Uint8Array): ArticleFileResult {
  if (bytes.length === 0) return fail("is empty");
  const nul = bytes.indexOf(0);
  if (nul >= 0) return fail(`looks binary (a NUL byte at offset ${nul}); expected UTF-8 text`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return fail(`is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") return fail(text.length === 0 ? "is empty" : "contains only whitespace");
  return { ok: true, text };
}

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "");
}

function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "ENOTDIR":
      return "no such file (a part of the path is not a directory)";
    case "EACCES":
    case "EPERM":
      return "cannot be read (permission denied)";
    case "EISDIR":
      return "is a directory, not a file";
    case "ELOOP":
      return "cannot be read (too many symbolic links)";
    case "ENAMETOOLONG":
      return "cannot be read (the name is too long)";
    default:
      return `cannot be read (${code ?? (e instanceof Error ? e.message.split("\n")[0] : String(e))})`;
  }
}

/** Where strict UTF-8 decoding first fails, so the message can point at it. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const x = b[i]!;
    const n = x < 0x80 ? 0 : x >= 0xc2 && x <= 0xdf ? 1 : x >= 0xe0 && x <= 0xef ? 2 : x >= 0xf0 && x <= 0xf4 ? 3 : -1;
    if (n < 0 || i + n >= b.length) return i;
    for (let k = 1; k <= n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    // overlongs and surrogates: E0 needs A0..BF, ED needs 80..9F, F0 needs 90..BF, F4 needs 80..8F
    const y1 = b[i + 1] ?? 0;
    if ((x === 0xe0 && y1 < 0xa0) || (x === 0xed && y1 > 0x9f) || (x === 0xf0 && y1 < 0x90) || (x === 0xf4 && y1 > 0x8f)) return i;
    i += n + 1;
  }
  return b.length;
}
