// Article text with spans marked. The text is split into slices and each slice is a React text node:
// whatever the article holds (HTML, <script>) is shown as text, never parsed.
import { useEffect, useRef } from "react";
import { segments, type TextMark } from "../text-marks.js";

export type { TextMark };

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
