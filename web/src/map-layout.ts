// Layout decisions for the maps, kept apart from drawing so they can be tested: shades and label spots.

/**
 * Five shades by quintile of the non-zero counts: the built-in missions data gives most states hundreds of facts,
 * so a linear or log scale would paint nearly every country the darkest shade.
 */
export function shader(counts: readonly number[]): (facts: number) => number {
  const sorted = counts.filter((n) => n > 0).sort((x, y) => x - y);
  const cuts = [0.2, 0.4, 0.6, 0.8].map((q) => sorted[Math.floor(q * sorted.length)] ?? Infinity);
  return (facts) => (facts <= 0 ? 0 : 1 + cuts.filter((c) => facts >= c).length);
}

export interface Label {
  key: string;
  x: number;
  y: number;
  text: string;
}
export type Placed = { x: number; y: number; anchor: "start" | "end" };

/** Greedy label placement: each label takes the first spot beside its point that overlaps no label placed before. */
export function placeLabels(labels: readonly Label[]): Map<string, Placed> {
  const boxes: [number, number, number, number][] = [];
  const out = new Map<string, Placed>();
  const spots = [
    { dx: 9, dy: 4, anchor: "start" },
    { dx: 9, dy: 18, anchor: "start" },
    { dx: -9, dy: 4, anchor: "end" },
    { dx: 9, dy: -10, anchor: "start" },
    { dx: -9, dy: 18, anchor: "end" },
    { dx: -9, dy: -10, anchor: "end" },
  ] as const;
  for (const l of [...labels].sort((a, b) => a.y - b.y)) {
    const w = l.text.length * 7.2;
    const boxOf = (s: (typeof spots)[number]): [number, number, number, number] => {
      const x0 = s.anchor === "start" ? l.x + s.dx : l.x + s.dx - w;
      return [x0, l.y + s.dy - 12, x0 + w, l.y + s.dy + 3];
    };
    const free = spots.find((s) => {
      const b = boxOf(s);
      return !boxes.some((o) => b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]);
    });
    const spot = free ?? spots[0];
    boxes.push(boxOf(spot));
    out.set(l.key, { x: l.x + spot.dx, y: l.y + spot.dy, anchor: spot.anchor });
  }
  return out;
}
