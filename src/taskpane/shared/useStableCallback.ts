import { useCallback, useRef } from "react";

/** A callback whose identity never changes but which always calls the latest `f`: memoised items stay memoised. */
export function useStableCallback<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  const latest = useRef(f);
  latest.current = f;
  return useCallback((...args: A) => latest.current(...args), []);
}
