/** One Excel task at a time per view: a busy flag, the last failure, and a guard against double clicks. */
import { useCallback, useRef, useState } from "react";

export interface Exclusive {
  /** A task is under way. */
  busy: boolean;
  error?: unknown;
  setError: (error: unknown) => void;
  /** Runs the task unless one is under way; a failure lands in `error`. */
  run: (task: () => Promise<void>) => Promise<void>;
}

/** Lets React paint a progress label before the engine takes the thread. */
export const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function useExclusive(): Exclusive {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  // Guards against a second click landing before React re-renders the disabled buttons.
  const working = useRef(false);

  const run = useCallback(async (task: () => Promise<void>) => {
    if (working.current) return;
    working.current = true;
    setBusy(true);
    setError(undefined);
    try {
      await task();
    } catch (e) {
      setError(e);
    } finally {
      working.current = false;
      setBusy(false);
    }
  }, []);

  return { busy, error, setError, run };
}
