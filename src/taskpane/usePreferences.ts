import { useCallback, useState } from 'react';
import type { RunOptions } from '../excel/actions.js';
import { loadRunOptions, saveRunOptions, type KeyValueStore } from '../addin/preferences.js';

/** The run options, remembered in `store` as soon as they change. */
export function usePreferences(
  store: KeyValueStore | undefined,
): [RunOptions, (next: RunOptions) => void] {
  const [options, setOptions] = useState(() => loadRunOptions(store));
  const update = useCallback(
    (next: RunOptions) => {
      setOptions(next);
      saveRunOptions(store, next);
    },
    [store],
  );
  return [options, update];
}
