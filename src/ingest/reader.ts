// The article reader: text → title, blocks (headings, list items, paragraphs) and sentences,
// every piece with UTF-16 offsets into the original text. Never throws; a text cut mid-word is fine.

export type BlockType = "heading" | "item" | "paragraph";

export interface Sentence {
  text: string;
  start: number;
  end: number;
  block: Block;
  /** index within the document's sentence list */
  index: number;
}

export interface Block {
  type: BlockType;
  /** the block's text without markup (`== `, `- `) */
  text: string;
  start: number;
  end: number;
  /** heading depth (2 for `==History==`) */
  depth?: number;
  /** the headings this block sits under, outermost first (pseudo-headings included) */
  headings: string[];
  /** true for `- Key: value` items under an `Infobox` line */
  infobox?: boolean;
  sentences: Sentence[];
}

export interface ArticleDoc {
  text: string;
  title?: { text: string; start: number; end: number };
  blocks: Block[];
  sentences: Sentence[];
}

const TITLE = /^=\s*([^=].*?)\s*=\s*$/;
const HEADING = /^(={2,6})\s*(.*?)\s*\1\s*$/;
const ITEM = /^\s*[-*•]\s+/;

export function readArticle(text: string): ArticleDoc {
  const doc: ArticleDoc = { text, blocks: [], sentences: [] };
  const headingStack: { depth: number; text: string }[] = [];
  let pseudo: string | undefined; // a short unpunctuated line that introduces a list
  let inInfobox = false;
  let pos = 0;
  let firstContent = true;

  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    let lineEnd = nl;
    if (lineEnd > pos && text[lineEnd - 1] === "\r") lineEnd--;
    const raw = text.slice(pos, lineEnd);
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    const start = pos + lead;
    const end = start + line.length;

    if (line) {
      let m: RegExpExecArray | null;
      if (firstContent && !doc.title && (m = TITLE.exec(line)) && !HEADING.test(line)) {
        const off = line.indexOf(m[1]!);
        doc.title = { text: m[1]!, start: start + off, end: start + off + m[1]!.length };
      } else if ((m = HEADING.exec(line))) {
        const depth = m[1]!.length;
        while (headingStack.length && headingStack[headingStack.length - 1]!.depth >= depth) headingStack.pop();
        headingStack.push({ depth, text: m[2]! });
        pseudo = undefined;
        inInfobox = false;
        const off = line.indexOf(m[2]!, depth);
        pushBlock(doc, { type: "heading", text: m[2]!, start: start + Math.max(off, 0), end: start + Math.max(off, 0) + m[2]!.length, depth, headings: headingStack.slice(0, -1).map((h) => h.text), sentences: [] });
      } else if (ITEM.test(line)) {
        const body = line.replace(ITEM, "");
        const bstart = end - body.length;
        const headings = headingStack.map((h) => h.text);
        if (pseudo) headings.push(pseudo);
        pushBlock(doc, { type: "item", text: body, start: bstart, end, headings, infobox: inInfobox || undefined, sentences: [] });
      } else {
        inInfobox = /^infobox\b/i.test(line) && line.length < 40;
        const headings = headingStack.map((h) => h.text);
        pushBlock(doc, { type: "paragraph", text: line, start, end, headings, sentences: [] });
        // A short line without final punctuation, followed by a list, introduces it ("High-level visits from A to B").
        pseudo = !inInfobox && line.length <= 90 && !/[.!?:;]$/.test(line) && nextLineIsItem(text, nl) ? line : undefined;
      }
      firstContent = false;
    } else if (pseudo === undefined) {
      inInfobox = inInfobox && nextLineIsItem(text, nl);
    }
    if (nl >= text.length) break;
    pos = nl + 1;
  }
  return doc;
}

function nextLineIsItem(text: string, nl: number): boolean {
  let p = nl + 1;
  while (p < text.length) {
    let e = text.indexOf("\n", p);
    if (e < 0) e = text.length;
    const l = text.slice(p, e).trim();
    if (l) return ITEM.test(l);
    p = e + 1;
  }
  return false;
}

function pushBlock(doc: ArticleDoc, block: Block): void {
  doc.blocks.push(block);
  if (block.type === "heading") return;
  for (const [s, e] of splitSentences(block.text)) {
    const sentence: Sentence = { text: block.text.slice(s, e), start: block.start + s, end: block.start + e, block, index: doc.sentences.length };
    block.sentences.push(sentence);
    doc.sentences.push(sentence);
  }
}

// Words after which a period does not end a sentence.
const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Mt|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Jr|Sr|No|Nos|Vol|vs|etc|approx|ca|c|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|D\.C|a\.m|p\.m|e\.g|i\.e)|\b[A-Z])$/;

/** Sentence boundaries as [start, end) offsets within `text`. */
export function splitSentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  const re = /[.!?]+["'”’)\]]*(?=\s+(?:["'“‘(\[]?[\p{Lu}\p{N}]))/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const before = text.slice(start, m.index);
    // the longest abbreviation and the character before it fit in the last 8 characters
    if (m[0].startsWith(".") && ABBREV.test(before.slice(-8))) continue;
    const end = m.index + m[0].length;
    if (before.trim()) out.push([start, end]);
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  let end = text.length;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push([start, end]);
  return out;
}
