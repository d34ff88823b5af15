/**
 * A worker that cannot hang its callers: when it fails (a script that does not load, a crash), every
 * call in flight rejects with `worker_failed`, the failure is reported, and the next call goes to a
 * fresh worker. A worker that keeps failing is not restarted forever: after RESTART_LIMIT failures in
 * RESTART_WINDOW_MS, calls reject at once.
 */
import * as Comlink from "comlink";
import { CopilotError, type CopilotErrorData } from "../../lib/errors";

export const RESTART_LIMIT = 3;
export const RESTART_WINDOW_MS = 60_000;

export interface SupervisedWorker<T> {
  /** Always the live worker's API. */
  readonly api: Comlink.Remote<T>;
  terminate(): void;
}

interface Running<T> {
  worker: Worker;
  remote: Comlink.Remote<T>;
  /** Rejects when this worker fails. */
  failed: Promise<never>;
}

export function superviseWorker<T>(
  name: string,
  create: () => Worker,
  options: {
    onFailure: (error: CopilotErrorData) => void;
    /** A fresh worker replaced a failed one (its state is gone: set it up again). */
    onRestart?: () => void;
    now?: () => number;
  },
): SupervisedWorker<T> {
  const now = options.now ?? Date.now;
  const failures: number[] = [];
  let gaveUp: CopilotError | null = null;
  let terminated = false;

  const start = (): Running<T> => {
    const worker = create();
    let fail: (error: CopilotError) => void = () => {};
    const failed = new Promise<never>((_, reject) => (fail = reject));
    failed.catch(() => undefined);
    const onError = (event: Event) => {
      event.preventDefault();
      // A worker we stopped (the screen closed) may still report its half-loaded scripts: not a failure.
      if (terminated) return;
      const detail = (event as Partial<ErrorEvent>).message || "it stopped or failed to load";
      const error = new CopilotError({ code: "worker_failed", message: `The ${name} worker failed (${detail}).` });
      worker.removeEventListener("error", onError);
      worker.terminate();
      fail(error);
      options.onFailure(error.toData());
      failures.push(now());
      while (failures.length > 0 && (failures[0] ?? 0) < now() - RESTART_WINDOW_MS) failures.shift();
      if (failures.length >= RESTART_LIMIT) {
        gaveUp = new CopilotError({
          code: "worker_failed",
          message: `The ${name} worker failed ${failures.length} times in a minute and was not restarted; reload the page.`,
        });
        return;
      }
      running = start();
      options.onRestart?.();
    };
    worker.addEventListener("error", onError);
    return { worker, remote: Comlink.wrap<T>(worker), failed };
  };

  let running = start();
  const api = new Proxy(
    {},
    {
      get: (_target, property) => {
        if (typeof property !== "string" || property === "then") return undefined;
        return (...args: unknown[]) => {
          if (gaveUp) return Promise.reject(gaveUp);
          const current = running;
          const method = (current.remote as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[property];
          return Promise.race([method?.(...args), current.failed]);
        };
      },
    },
  ) as Comlink.Remote<T>;
  return {
    api,
    terminate: () => {
      terminated = true;
      running.worker.terminate();
    },
  };
}
