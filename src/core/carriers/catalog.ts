import raw from '../../../resources/carriers.json' with { type: 'json' };
import { isTimeZone } from '#shared/primitives.ts';
import { CatalogFile, type CatalogEntry } from './catalog-schema.ts';

/**
 * Checks a catalog file and keeps only entries Keepline can use safely: a zone that is not a real IANA zone
 * is dropped (the entry stays, without a zone), duplicate ids are refused outright.
 */
export function parseCatalog(data: unknown): CatalogEntry[] {
  const file = CatalogFile.parse(data);
  const seen = new Set<string>();
  return file.carriers.map((entry) => {
    if (seen.has(entry.id)) throw new Error(`Carrier catalog lists "${entry.id}" twice`);
    seen.add(entry.id);
    return entry.timeZone && !isTimeZone(entry.timeZone) ? { ...entry, timeZone: null } : entry;
  });
}

let cached: ReadonlyMap<string, CatalogEntry> | null = null;

/** The bundled catalog (resources/carriers.json), checked once on first use. */
export function bundledCatalog(): ReadonlyMap<string, CatalogEntry> {
  cached ??= new Map(parseCatalog(raw).map((entry) => [entry.id, entry]));
  return cached;
}
