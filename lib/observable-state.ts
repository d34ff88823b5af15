/**
 * A small external store for useSyncExternalStore: immutable snapshots, shallow patches, listeners.
 * Controllers that own workers extend it so React reads their state without copies of it.
 */
export class ObservableState<T extends object> {
  private readonly listeners = new Set<() => void>();

  constructor(protected state: T) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get = (): T => this.state;

  protected set(patch: Partial<T>): void {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((l) => l());
  }
}
