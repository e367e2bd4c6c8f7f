// A bounded memo for pure string functions that extraction calls again and again with the same words.
export function memoized(fn: (s: string) => string, limit = 20_000): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let out = cache.get(s);
    if (out === undefined) {
      if (cache.size >= limit) cache.clear();
      cache.set(s, (out = fn(s)));
    }
    return out;
  };
}
