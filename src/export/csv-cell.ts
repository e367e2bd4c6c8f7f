// RFC 4180 cells: quoted when they hold a comma, a quote or a line break.
export const csvCell = (v: unknown): string => {
  const s = v == null ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const csvLine = (cells: readonly unknown[]): string => cells.map(csvCell).join(",");
