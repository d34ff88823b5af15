import * as Comlink from "comlink";
import { describe, expect, it } from "vitest";
import type { CopilotErrorData } from "../../lib/errors";
import { RESTART_LIMIT, superviseWorker } from "./supervised-worker";

interface EchoApi {
  echo(text: string): Promise<string>;
  never(): Promise<void>;
}

/** A stand-in for a Worker over a real MessageChannel: messages go to an API exposed on the other port. */
class FakeWorker extends EventTarget {
  readonly channel = new MessageChannel();
  terminated = false;

  constructor(api: EchoApi) {
    super();
    Comlink.expose(api, this.channel.port2 as unknown as Comlink.Endpoint);
  }

  postMessage(message: unknown, transfer: Transferable[] = []): void {
    this.channel.port1.postMessage(message, transfer);
  }

  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null): void {
    if (type === "message") this.channel.port1.addEventListener("message", listener as EventListener);
    else super.addEventListener(type, listener);
    this.channel.port1.start();
  }

  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null): void {
    if (type === "message") this.channel.port1.removeEventListener("message", listener as EventListener);
    else super.removeEventListener(type, listener);
  }

  terminate(): void {
    this.terminated = true;
    this.channel.port1.close();
    this.channel.port2.close();
  }

  /** What the browser fires when a worker script fails to load or throws at top level. */
  crash(message: string): void {
    this.dispatchEvent(Object.assign(new Event("error", { cancelable: true }), { message }));
  }
}

function harness() {
  const workers: FakeWorker[] = [];
  const failures: CopilotErrorData[] = [];
  let restarts = 0;
  const supervised = superviseWorker<EchoApi>(
    "test",
    () => {
      const worker = new FakeWorker({
        echo: async (text) => `${workers.length}:${text}`,
        never: () => new Promise(() => {}),
      });
      workers.push(worker);
      return worker as unknown as Worker;
    },
    { onFailure: (error) => failures.push(error), onRestart: () => (restarts += 1) },
  );
  return { supervised, workers, failures, restarts: () => restarts };
}

describe("superviseWorker", () => {
  it("passes calls through to the live worker", async () => {
    const { supervised } = harness();
    await expect(supervised.api.echo("hi")).resolves.toBe("1:hi");
    supervised.terminate();
  });

  it("rejects a call in flight when its worker fails, reports it, and sends the next call to a fresh worker", async () => {
    const { supervised, workers, failures, restarts } = harness();
    const hanging = supervised.api.never();
    workers[0]?.crash("Failed to fetch worker script");
    await expect(hanging).rejects.toMatchObject({ code: "worker_failed" });
    expect(failures).toHaveLength(1);
    expect(failures[0]?.message).toContain("Failed to fetch worker script");
    expect(workers[0]?.terminated).toBe(true);
    expect(restarts()).toBe(1);
    await expect(supervised.api.echo("again")).resolves.toBe("2:again");
    supervised.terminate();
  });

  it("a worker it stopped that then reports a half-loaded script is not a failure and is not restarted", async () => {
    const { supervised, workers, failures, restarts } = harness();
    supervised.terminate();
    workers[0]?.crash("Failed to execute 'importScripts': the script failed to load");
    expect(failures).toEqual([]);
    expect(restarts()).toBe(0);
    expect(workers).toHaveLength(1);
  });

  it("stops restarting a worker that keeps failing, and then rejects at once", async () => {
    const { supervised, workers, failures } = harness();
    for (let n = 0; n < RESTART_LIMIT; n += 1) workers.at(-1)?.crash(`failure ${n}`);
    expect(failures).toHaveLength(RESTART_LIMIT);
    expect(workers).toHaveLength(RESTART_LIMIT);
    await expect(supervised.api.echo("x")).rejects.toMatchObject({ code: "worker_failed" });
    supervised.terminate();
  });
});
