/**
 * Steps that must run one after another (feeding segments to the privacy worker, inference on one
 * model, VAD frames of one channel, finals in order of speech). The queue's tail always survives a
 * failed step, so one bad step cannot silently stop everything after it: `run` reports the failure to
 * `onError`, `call` hands it to its caller.
 */
export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly onError: (error: unknown) => void = () => {}) {}

  /** Runs `step` after every step queued before it; resolves when it is done (never rejects). */
  run(step: () => Promise<void> | void): Promise<void> {
    const next = this.tail.then(step).catch((error: unknown) => this.onError(error));
    this.tail = next;
    return next;
  }

  /** Runs `step` in turn and resolves or rejects with its outcome; the steps after it run either way. */
  call<T>(step: () => Promise<T> | T): Promise<T> {
    const next = this.tail.then(step);
    this.tail = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  }

  /** Resolves once every step queued so far has run. */
  idle(): Promise<void> {
    return this.tail;
  }
}
