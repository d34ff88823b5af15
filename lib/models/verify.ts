import type { ModelFile } from "./schema";

/**
 * How far a file's bytes can be trusted:
 * - verified: matches the sha256 declared in the catalog;
 * - recorded: matches the hash recorded when it was fetched, imported or generated (no declared hash);
 * - unverified: present, nothing to compare with;
 * - corrupt: contradicts a declared or recorded hash or size; missing: absent.
 */
export type FileIntegrity = "verified" | "recorded" | "unverified" | "corrupt" | "missing";

export interface FileFacts {
  size: number;
  sha256: string;
}

export function judgeFile(
  declared: ModelFile,
  actual: FileFacts | null,
  recorded?: { size: number; sha256: string },
): FileIntegrity {
  if (!actual) return "missing";
  if (declared.sizeBytes !== undefined && declared.sizeBytes !== actual.size) return "corrupt";
  if (declared.sha256) return declared.sha256 === actual.sha256 ? "verified" : "corrupt";
  if (recorded) return recorded.sha256 === actual.sha256 && recorded.size === actual.size ? "recorded" : "corrupt";
  return "unverified";
}

export function toHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join("");
}
