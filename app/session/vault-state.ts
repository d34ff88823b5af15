/**
 * The vault's state as the first screen shows it, apart from the controller: the gate and the app shell
 * render it while the vault's code (Dexie, WebCrypto, the session schemas) is still loading (decision 119).
 */
export type VaultPhase = "opening" | "new" | "locked" | "unlocked" | "error";

export interface VaultState {
  phase: VaultPhase;
  mode: "passphrase" | "device" | null;
  /** A message for the unlock form (wrong passphrase) or a fatal one (phase "error"). */
  error: string | null;
  busy: boolean;
  /** Changes whenever sessions are written, deleted or purged. */
  version: number;
  purged: number;
  /** Whether the browser granted persistent storage (null: not asked yet, or the browser cannot say). */
  persistent: boolean | null;
}

export const MIN_PASSPHRASE_LENGTH = 8;

export const VAULT_OPENING: VaultState = {
  phase: "opening",
  mode: null,
  error: null,
  busy: false,
  version: 0,
  purged: 0,
  persistent: null,
};
