/**
 * Steps that must run one after another (feeding segments to the privacy worker, inference on one model).
 * The queue's tail always survives a failed step: the failure goes to `onError` and the next step runs,
 * so one bad segment cannot silently stop everything after it.
 */
export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly onError: (error: unknown) => void) {}

  /** Runs `step` after every step queued before it; resolves when it is done (never rejects). */
  run(step: () => Promise<void> | void): Promise<void> {
    const next = this.tail.then(step).catch((error: unknown) => this.onError(error));
    this.tail = next;
    return next;
  }

  /** Resolves once every step queued so far has run. */
  idle(): Promise<void> {
    return this.tail;
  }
}
