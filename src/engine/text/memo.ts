/**
 * A pure function of a string, computed once per distinct argument. Sheets repeat their texts
 * (a header down every page, a target on half the rows), so recognisers and readers memoise;
 * the cache stops growing at `max` entries so a sheet of unique texts cannot exhaust memory.
 */
export function memoize<V>(fn: (key: string) => V, max = 10_000): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as V;
    const value = fn(key);
    if (cache.size < max) cache.set(key, value);
    return value;
  };
}
