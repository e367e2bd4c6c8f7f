// Trade by year (uPlot): two-way totals and each direction's exports, one line each.
import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { Stored } from "../api.js";

export interface TradeSeries {
  label: string;
  colour: string;
  /** year → value */
  values: Map<number, number>;
}

export function tradeSeries(trade: readonly Stored<"trade">[], a: string, b: string, name: (c: string) => string): TradeSeries[] {
  const series: TradeSeries[] = [
    { label: "Two-way total", colour: "#444", values: new Map() },
    { label: `${name(a)} → ${name(b)}`, colour: "#b3471f", values: new Map() },
    { label: `${name(b)} → ${name(a)}`, colour: "#1f6fb3", values: new Map() },
  ];
  for (const t of trade) {
    const i = t.flow === "total" ? 0 : (t.flow === "export" ? t.from : t.to) === a ? 1 : (t.flow === "export" ? t.from : t.to) === b ? 2 : -1;
    if (i >= 0) series[i]!.values.set(t.year, t.value);
  }
  return series.filter((s) => s.values.size > 0);
}

export function TradeChart({ series, currency }: { series: TradeSeries[]; currency: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || series.length === 0) return;
    const years = [...new Set(series.flatMap((s) => [...s.values.keys()]))].sort((x, y) => x - y);
    const xs = years.length === 1 ? [years[0]! - 1, years[0]!, years[0]! + 1] : years;
    const data: uPlot.AlignedData = [xs, ...series.map((s) => xs.map((y) => s.values.get(y) ?? null))];
    const width = Math.max(280, Math.min(760, el.clientWidth || 600));
    const plot = new uPlot(
      {
        width,
        height: 240,
        scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, (max || 1) * 1.15] } },
        legend: { live: false },
        axes: [
          { values: (_u, ticks) => ticks.map((t) => (Number.isInteger(t) ? String(t) : "")) },
          { size: 70, values: (_u, ticks) => ticks.map((t) => (t >= 1e9 ? `${t / 1e9}bn` : t >= 1e6 ? `${t / 1e6}m` : String(t))) },
        ],
        series: [
          { label: "Year" },
          ...series.map((s) => ({ label: `${s.label} (${currency})`, stroke: s.colour, width: 2, points: { show: true, size: 8, fill: s.colour } })),
        ],
      },
      data,
      el,
    );
    return () => plot.destroy();
  }, [series, currency]);
  return <div ref={ref} className="trade-chart" role="img" aria-label="Trade by year" />;
}
