/**
 * The app's one vault: its lock state for React, expiry purges at start-up and on a timer (they work
 * while locked: expiry is stored in clear), and a version counter that changes whenever the set of
 * sessions does, so lists re-read.
 */
import { ObservableState } from "../../lib/observable-state";
import { CopilotError, toErrorData } from "../../lib/errors";
import { errorText } from "../components/error-text";
import { VaultDb } from "../../lib/vault/db";
import { Vault } from "../../lib/vault/vault";
import { MIN_PASSPHRASE_LENGTH, VAULT_OPENING, type VaultState } from "./vault-state";

export type { VaultPhase, VaultState } from "./vault-state";
export { MIN_PASSPHRASE_LENGTH } from "./vault-state";

export const PURGE_INTERVAL_MS = 60_000;

export class VaultController extends ObservableState<VaultState> {
  readonly vault: Vault;
  private readonly db: VaultDb;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor() {
    super(VAULT_OPENING);
    this.db = new VaultDb();
    this.vault = new Vault(this.db);
    void this.init();
  }

  private async init(): Promise<void> {
    try {
      await this.purge();
      const ring = await this.db.meta.get("keyring");
      this.set({ phase: ring ? "locked" : "new", mode: ring?.mode ?? null });
      // A device-key vault opens by itself: there is nothing to type.
      if (ring?.mode === "device") await this.unlock();
      this.timer = setInterval(() => void this.purge(), PURGE_INTERVAL_MS);
    } catch (error) {
      this.set({
        phase: "error",
        error: `The encrypted vault could not be opened in this browser (${(error as Error).message}). Private browsing windows and some browser settings block IndexedDB.`,
      });
    }
  }

  async purge(): Promise<void> {
    const gone = await this.vault.purgeExpired(Date.now());
    if (gone.length > 0) this.changed({ purged: this.state.purged + gone.length });
  }

  /**
   * Asks the browser not to evict the vault under storage pressure (interviews must not vanish); the
   * answer is shown in Settings. Browsers may grant it silently or refuse; nothing else depends on it.
   */
  private async askPersistentStorage(): Promise<void> {
    if (this.state.persistent !== null || typeof navigator === "undefined" || !navigator.storage?.persist) return;
    const persistent = (await navigator.storage.persisted()) || (await navigator.storage.persist().catch(() => false));
    this.set({ persistent });
  }

  changed(patch: Partial<VaultState> = {}): void {
    this.set({ ...patch, version: this.state.version + 1 });
  }

  private async guard(work: () => Promise<void>): Promise<boolean> {
    this.set({ busy: true, error: null });
    try {
      await work();
      this.set({ busy: false });
      return true;
    } catch (error) {
      // Through the one mapping from codes to words (app/components/error-text.ts).
      this.set({ busy: false, error: errorText(toErrorData(error)).action });
      return false;
    }
  }

  setupPassphrase(passphrase: string): Promise<boolean> {
    return this.guard(async () => {
      if (passphrase.length < MIN_PASSPHRASE_LENGTH)
        throw new CopilotError({
          code: "invalid_input",
          message: `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`,
        });
      await this.vault.setupPassphrase(passphrase);
      this.changed({ phase: "unlocked", mode: "passphrase" });
      void this.askPersistentStorage();
    });
  }

  setupDeviceKey(): Promise<boolean> {
    return this.guard(async () => {
      await this.vault.setupDeviceKey();
      this.changed({ phase: "unlocked", mode: "device" });
      void this.askPersistentStorage();
    });
  }

  unlock(passphrase?: string): Promise<boolean> {
    return this.guard(async () => {
      await this.vault.unlock(passphrase);
      this.changed({ phase: "unlocked" });
      void this.askPersistentStorage();
    });
  }

  lock(): void {
    if (this.state.mode !== "passphrase") return;
    this.vault.lock();
    this.set({ phase: "locked", error: null });
  }

  changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<boolean> {
    return this.guard(async () => {
      if (newPassphrase.length < MIN_PASSPHRASE_LENGTH)
        throw new CopilotError({
          code: "invalid_input",
          message: `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`,
        });
      await this.vault.changePassphrase(oldPassphrase, newPassphrase);
    });
  }

  dispose(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.db.close();
  }
}
