import { useCallback, useEffect, useRef, useState } from "react";

/** What a view loads: the answer (null until the first answer for the current keys), the last failure, and ways to ask again. */
export interface Loaded<T> {
  data: T | null;
  error: unknown;
  /** Asks again; what is shown stays until the answer comes. Resolves once it is shown (or superseded). */
  reload(): Promise<void>;
  /** Replaces what is shown (e.g. with what a save returned). */
  setData(update: T | ((current: T | null) => T | null)): void;
}

/**
 * The tab's one way to load what a view shows: asks when it mounts and whenever one of `keys` changes (showing nothing
 * of the old keys meanwhile), and ignores every answer but the newest, so a slow answer for the network or team the
 * user has just left never replaces the one they chose. An answer after unmount is dropped too.
 */
export function useLoad<T>(load: () => Promise<T>, keys: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: unknown }>({ data: null, error: null });
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const ask = useCallback(async (clear: boolean) => {
    const call = ++latest.current;
    setState((s) => (clear ? { data: null, error: null } : { data: s.data, error: null }));
    try {
      const data = await loadRef.current();
      if (call === latest.current) setState({ data, error: null });
    } catch (error) {
      if (call === latest.current) setState((s) => ({ data: clear ? null : s.data, error }));
    }
  }, []);

  useEffect(() => {
    void ask(true);
    return () => { latest.current++; }; // a change of keys or unmount: whatever is on its way is stale
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the keys are the dependencies
  }, keys);

  const reload = useCallback(() => ask(false), [ask]);
  const setData = useCallback((update: T | ((current: T | null) => T | null)) =>
    setState((s) => ({ ...s, data: typeof update === "function" ? (update as (current: T | null) => T | null)(s.data) : update })), []);
  return { data: state.data, error: state.error, reload, setData };
}
