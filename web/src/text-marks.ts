// Cutting a text at the marks laid over it (spans may overlap), for the highlighted article view.

export interface TextMark {
  start: number;
  end: number;
  /** shown on hover and read by screen readers */
  label?: string;
  /** the mark the reader asked for: highlighted strongly and scrolled to */
  active?: boolean;
}

export interface Segment {
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
