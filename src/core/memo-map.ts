/**
 * The value kept in `cache` for `key`, worked out by `compute` the first time: for a long loop in which
 * thousands of rows share a few dozen keys (carriers, schedules).
 */
export function kept<K, V>(cache: Map<K, V>, key: K, compute: () => V): V {
  if (cache.has(key)) return cache.get(key)!;
  const value = compute();
  cache.set(key, value);
  return value;
}
