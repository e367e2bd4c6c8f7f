// A phrase index: finds the longest known phrases in running text by looking words up in a map,
// much faster than one regex alternation of a thousand names. Words are runs of letters, digits and
// inner punctuation ("Guinea-Bissau", "Côte d'Ivoire", "U.S."); en dashes split words ("Israel–Morocco").

export interface PhraseHit<V> {
  start: number;
  end: number;
  value: V;
  /** the text matched, without a possessive ending */
  phrase: string;
  /** the phrase was followed by 's or ’s */
  possessive: boolean;
}

// Character classes, looked up in a table: 1 a word character (ASCII letters and digits, and everything
// from U+00C0 up except the general punctuation block: dashes, curly quotes), 2 a joiner inside a word
// (- ' ’ . &).
export const CLASS = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && (c < 0x2000 || c >= 0x2070))) CLASS[c] = 1;
}
for (const c of [45, 39, 0x2019, 46, 38]) CLASS[c] = 2;

/** The words of a text as offsets; a word's text is cut from the text only when asked for (most words are
 * never looked at). Offsets in plain arrays rather than an object per word: measured cheaper. */
export class Words {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  private readonly cut: (string | undefined)[] = [];
  constructor(readonly source: string) {}
  get length(): number {
    return this.starts.length;
  }
  text(i: number): string {
    return (this.cut[i] ??= this.source.slice(this.starts[i], this.ends[i]));
  }
}

export function words(text: string): Words {
  const out = new Words(text);
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (CLASS[text.charCodeAt(i)] !== 1) { i++; continue; }
    const start = i;
    while (i < n) {
      const k = CLASS[text.charCodeAt(i)];
      if (k === 1) i++;
      else if (k === 2 && i + 1 < n && CLASS[text.charCodeAt(i + 1)] === 1) i += 2;
      else break;
    }
    // an abbreviation keeps its final period ("U.S.", "D.C."), a sentence does not
    let end = i;
    if (text.charCodeAt(i) === 46 && (end - start === 1 || text.charCodeAt(end - 2) === 46) && CLASS[text.charCodeAt(start)] === 1 && text.charCodeAt(start) >= 65) end = i + 1;
    out.starts.push(start);
    out.ends.push(end);
    i = Math.max(i, end);
  }
  return out;
}

/** Only spaces and hyphens between `from` and `to` (two words of one name: "Guinea-Bissau", "New Zealand"). */
function joined(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 45 || (c >= 9 && c <= 13) || c === 0xa0) continue;
    if (c < 0x1680 || !/\s/.test(text[i]!)) return false; // below U+1680 the only spaces are those above
  }
  return true;
}

/** A word's first three characters folded into 16 bits (shorter words count the missing ones as 0). */
function head(text: string, start: number, end: number): number {
  const a = text.charCodeAt(start);
  const b = start + 1 < end ? text.charCodeAt(start + 1) : 0;
  const c = start + 2 < end ? text.charCodeAt(start + 2) : 0;
  return (a * 961 + b * 31 + c) & 0xffff;
}

/** "UN's", "EU’s": a one- or two-letter word with a possessive ending, whose head includes the apostrophe */
function possessiveOfShort(text: string, start: number, end: number): boolean {
  const n = end - start;
  if (n > 4 || n < 2) return false;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 0x2019) return true;
  }
  return false;
}

export class PhraseIndex<V> {
  private readonly map = new Map<string, V>();
  /** first word → the most words a phrase starting with it has */
  private readonly first = new Map<string, number>();
  /** the heads of all first words: a word whose head is not here begins no phrase, and is passed over without
   * cutting its text or looking it up (most capitalised words of a sentence: "The", "President", names) */
  private readonly heads = new Uint8Array(0x10000);

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [phrase, value] of entries) {
      const ws = words(phrase);
      if (!ws.length) continue;
      const parts = ws.starts.map((_, i) => ws.text(i));
      const key = parts.join(" ");
      if (!this.map.has(key)) this.map.set(key, value);
      this.first.set(parts[0]!, Math.max(this.first.get(parts[0]!) ?? 0, parts.length));
      this.heads[head(parts[0]!, 0, parts[0]!.length)] = 1;
    }
  }

  get(phrase: string): V | undefined {
    const ws = words(phrase);
    return this.map.get(ws.starts.map((_, i) => ws.text(i)).join(" "));
  }

  /** Longest phrases, left to right, not overlapping; `ws` may pass the text's words when already split. */
  find(text: string, ws: Words = words(text)): PhraseHit<V>[] {
    const out: PhraseHit<V>[] = [];
    const { starts, ends } = ws;
    for (let i = 0; i < starts.length; i++) {
      const c = text.charCodeAt(starts[i]!);
      if (c >= 97 && c <= 122) continue; // phrases begin with a capital or a digit
      // a possessive ("Chile's") has the head of its word; a word of one or two letters followed by 's
      // ("UN's") has a head that counts the apostrophe: those are looked up in full
      if (this.heads[head(text, starts[i]!, ends[i]!)] === 0 && !possessiveOfShort(text, starts[i]!, ends[i]!)) continue;
      const w0 = ws.text(i);
      let max = this.first.get(w0);
      if (max === undefined) {
        const l = w0.charCodeAt(w0.length - 1);
        if (l === 115 || l === 39 || l === 8217) max = this.first.get(w0.replace(/['’]s?$/, ""));
      }
      if (!max) continue;
      // keys for 1..n words, stopping where words are not joined by spaces or hyphens
      const keys: string[] = [w0];
      for (let n = 2; n <= max && i + n - 1 < starts.length; n++) {
        if (!joined(text, ends[i + n - 2]!, starts[i + n - 1]!)) break;
        keys.push(`${keys[n - 2]} ${ws.text(i + n - 1)}`);
      }
      for (let n = keys.length; n >= 1; n--) {
        let key = keys[n - 1]!;
        let value = this.map.get(key);
        let possessive = false;
        if (value === undefined && /['’]s?$/.test(key)) {
          key = key.replace(/['’]s?$/, "");
          value = this.map.get(key);
          possessive = value !== undefined;
        }
        if (value === undefined) continue;
        out.push({ start: starts[i]!, end: ends[i + n - 1]!, value, phrase: key, possessive });
        i += n - 1;
        break;
      }
    }
    return out;
  }
}
