/**
 * Key handling that never drops or misroutes a key.
 *
 * Ink's useInput subscribes (and re-subscribes, when its handler or `isActive` changes) in a
 * passive effect, which React may run well after the render. Measured here: a key typed 18 ms
 * after the render that entered the filter field still reached the old handler and was lost,
 * and a screen just opened missed the first key pressed on it. A `q` typed that fast after `/`
 * would even have quit. And React renders a key's changes in a task of its own, so a second key
 * arriving before it (fast typing, key repeat) met the state from before the first and undid it.
 * So there is one Ink listener for the whole app (KeysProvider), which splits a run of keys that
 * arrived together into single keys (split-keys.ts) and hands them over one at a
 * time, each after the render of the one before; and each component registers its handler and
 * whether it is active in a layout effect, which React runs during that render's commit. Only
 * active handlers see a key; the screens are active only while on top.
 *
 * "After the render" has to be asked of React's own scheduler. Ink 6's reconciler (0.33) has no
 * synchronous legacy mode: a key's updates are rendered by a Scheduler task, and the Scheduler
 * runs its queue in 5 ms slices. A next key queued as a plain setImmediate overtook that task
 * when the machine was busy (seen in CI: "more words" came out "more wors"). So the next key is
 * queued in the same Scheduler at idle priority, which runs only once every render and effect
 * queued before it has run. The hop through a microtask first lets React queue the render of
 * anything an effect just changed (it does so from a microtask) before the key is queued.
 */
import { type Key, useInput } from 'ink';
import {
  createContext,
  createElement,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
} from 'react';
import Scheduler from 'scheduler';
import { splitKeys } from './split-keys.js';

export type KeyHandler = (input: string, key: Key) => void;

interface Registration {
  handler: KeyHandler;
  isActive: boolean;
}

/** Runs `then` once React has rendered and committed everything queued so far (see above). */
function whenReactIsIdle(then: () => void): void {
  const atIdle = (next: () => void) =>
    queueMicrotask(() =>
      Scheduler.unstable_scheduleCallback(Scheduler.unstable_IdlePriority, next),
    );
  // Twice: an effect run in the first pass may queue a render, and that render comes first too.
  atIdle(() => atIdle(then));
}

/** Keys received and not yet handled and drawn, in every app of this process. */
let keysWaiting = 0;

/**
 * Resolves once every key received so far has been handled and what it changed is drawn. Tests
 * wait on this instead of a fixed pause, which a busy machine outruns.
 */
export async function keysSettled(): Promise<void> {
  do {
    await new Promise<void>((resolve) => whenReactIsIdle(resolve));
  } while (keysWaiting > 0);
}

const KeysContext = createContext<Set<Registration> | null>(null);

export function KeysProvider({ children }: { children: ReactNode }) {
  const registrations = useRef(new Set<Registration>());
  const queue = useRef<[string, Key][]>([]);
  const draining = useRef(false);
  const handing = useRef(false);
  const drain = useCallback(() => {
    // Called when React is idle: the key handed over last time has been handled and drawn.
    if (handing.current) {
      handing.current = false;
      keysWaiting -= 1;
    }
    const next = queue.current.shift();
    if (!next) {
      draining.current = false;
      return;
    }
    draining.current = true;
    handing.current = true;
    const [input, key] = next;
    // A snapshot: a handler may open a screen, which registers (and is not asked) at its commit.
    for (const registration of [...registrations.current]) {
      if (registration.isActive) registration.handler(input, key);
    }
    whenReactIsIdle(drain);
  }, []);
  const dispatch = useCallback<KeyHandler>(
    (input, key) => {
      const keys = splitKeys(input, key);
      queue.current.push(...keys);
      keysWaiting += keys.length;
      if (!draining.current) drain();
    },
    [drain],
  );
  useInput(dispatch);
  // Keys still queued when the app ends are never handled; they must not be waited for.
  useEffect(
    () => () => {
      keysWaiting -= queue.current.length + (handing.current ? 1 : 0);
      queue.current = [];
      handing.current = false;
    },
    [],
  );
  return createElement(KeysContext.Provider, { value: registrations.current }, children);
}

export function useKeys(handler: KeyHandler, options: { isActive: boolean }): void {
  const registrations = useContext(KeysContext);
  if (!registrations) throw new Error('useKeys must be used inside <KeysProvider>');
  const registration = useRef<Registration>({ handler, isActive: options.isActive });
  useLayoutEffect(() => {
    registration.current.handler = handler;
    registration.current.isActive = options.isActive;
  });
  useLayoutEffect(() => {
    const current = registration.current;
    registrations.add(current);
    return () => {
      registrations.delete(current);
    };
  }, [registrations]);
}
