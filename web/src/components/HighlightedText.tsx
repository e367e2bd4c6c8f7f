// Article text with spans marked. The text is split into slices and each slice is a React text node:
// whatever the article holds (HTML, <script>) is shown as text, never parsed.
import { useEffect, useRef } from "react";

export interface TextMark {
  start: number;
  end: number;
  /** shown on hover and read by screen readers */
  label?: string;
  /** the mark the reader asked for: highlighted strongly and scrolled to */
  active?: boolean;
}

interface Segment {
  start: number;
  end: number;
  marks: TextMark[];
}

/** Cuts [0, length) at every mark boundary; each piece lists the marks covering it. */
export function segments(length: number, marks: readonly TextMark[]): Segment[] {
  const cuts = new Set([0, length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(length, m.start)));
    cuts.add(Math.max(0, Math.min(length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    out.push({ start, end, marks: marks.filter((m) => m.start <= start && m.end >= end) });
  }
  return out;
}

export function HighlightedText({ text, marks }: { text: string; marks: readonly TextMark[] }) {
  const activeRef = useRef<HTMLElement>(null);
  useEffect(() => {
    activeRef.current?.scrollIntoView?.({ block: "center" });
  }, [text, marks]);
  let placedActive = false;
  return (
    <div className="article-text">
      {segments(text.length, marks).map((s) => {
        const slice = text.slice(s.start, s.end);
        if (s.marks.length === 0) return <span key={s.start}>{slice}</span>;
        const active = s.marks.some((m) => m.active);
        const first = active && !placedActive;
        if (first) placedActive = true;
        const label = s.marks.map((m) => m.label).filter(Boolean).join("; ");
        return (
          <mark key={s.start} className={active ? "active" : undefined} title={label || undefined} ref={first ? activeRef : undefined} data-active={active || undefined}>
            {slice}
          </mark>
        );
      })}
    </div>
  );
}
