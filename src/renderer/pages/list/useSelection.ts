import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { call } from '../../api/client.ts';
import { filterInput, loadedRows, type ListFilters, type ListRows } from './useNumbers.ts';

/**
 * The selected numbers, by id: rows picked one by one, or every number the filters match ("select all"
 * asks the core for their ids, so it reaches pages never loaded). A selection only ever holds numbers the
 * filters match: after each new list (filter, reload after a bulk action) the others are dropped.
 */
export function useSelection(filters: ListFilters, rows: ListRows) {
  const [ids, setIds] = useState<ReadonlySet<number>>(new Set());
  // What "select all" learnt of archived numbers it selected without loading them.
  const [archivedIds, setArchivedIds] = useState<ReadonlySet<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  // Between a click on "select all" and the core's answer, the box already shows it ticked.
  const [selectingAll, setSelectingAll] = useState(false);
  const latest = useRef({ filters, ids });
  useEffect(() => {
    latest.current = { filters, ids };
  });

  useEffect(() => {
    if (latest.current.ids.size === 0) return;
    let live = true;
    void call('numbers.ids', filterInput(latest.current.filters)).then((answer) => {
      if (!live || !answer.ok) return;
      const matching = new Set(answer.value.ids);
      setIds((current) => ([...current].every((id) => matching.has(id)) ? current : new Set([...current].filter((id) => matching.has(id)))));
    });
    return () => {
      live = false;
    };
  }, [rows.generation]);

  const toggle = useCallback((id: number) => {
    setIds((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const total = rows.total ?? 0;
  const toggleAll = useCallback(() => {
    if (total > 0 && latest.current.ids.size >= total) {
      setIds(new Set());
      return;
    }
    const asked = latest.current.filters;
    setError(null);
    setSelectingAll(true);
    void call('numbers.ids', filterInput(asked)).then((answer) => {
      setSelectingAll(false);
      if (latest.current.filters !== asked) return;
      if (!answer.ok) {
        setError(answer.error.message);
        return;
      }
      setIds(new Set(answer.value.ids));
      setArchivedIds(new Set(answer.value.archivedIds));
    });
  }, [total]);

  const clear = useCallback(() => setIds(new Set()), []);

  const archivedById = useMemo(() => new Map(loadedRows(rows).map((item) => [item.id, item.archived])), [rows]);
  const allArchived = ids.size > 0 && [...ids].every((id) => archivedById.get(id) ?? archivedIds.has(id));

  const state: 'all' | 'some' | 'none' = selectingAll || (ids.size > 0 && ids.size >= total) ? 'all' : ids.size > 0 ? 'some' : 'none';
  return { ids, state, toggle, toggleAll, clear, allArchived, error };
}
