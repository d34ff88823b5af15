/**
 * The shape every ATS connector has. The pure half (`AtsMapping`: reading a pasted id or link, and
 * the exact vendor request a debrief becomes) runs on the device for the preview and on the server
 * for the write, so both show and send the same body. The server half (`AtsConnector`) adds the
 * credentials, the lookup and the write, and never reaches a client bundle.
 */
import type { AtsConnectorId, AtsDebrief } from "./debrief";

/** The vendor request a push makes, exactly (the preview shows it; the server sends it). */
export interface AtsWrite {
  method: "POST";
  /** Relative to the connector's base URL. */
  path: string;
  body: unknown;
  /** What the interviewer reads in the preview: the note or message as the ATS will show it. */
  preview: string;
}

export interface AtsMapping {
  id: AtsConnectorId;
  label: string;
  /** What the record field asks for ("Greenhouse candidate id or link"). */
  recordHint: string;
  /** The vendor's id from an id or a pasted link of its web app; null when it is neither. */
  parseRecord(input: string): string | null;
  /** The write this debrief becomes for that record; `key` is the push's idempotency key. */
  plan(debrief: AtsDebrief, recordId: string, key: string): AtsWrite;
}

/** Where the push landed. */
export interface AtsResult {
  externalId: string;
  url: string | null;
  /** True when the ATS already had it (a retry found the earlier write and wrote nothing). */
  existing: boolean;
}

export interface AtsRecordInfo {
  id: string;
  name: string;
  url: string | null;
}

/** What a server-side call needs: the vendor's base URL, the credentials, and the HTTP door. */
export interface AtsContext<C> {
  baseUrl: string;
  credentials: C;
  http: AtsHttp;
}

export type AtsHttp = (request: {
  method: "GET" | "POST";
  url: string;
  headers: Record<string, string>;
  body?: string;
}) => Promise<{ status: number; json: unknown; headers: Headers }>;

export interface AtsConnector<C = unknown> extends AtsMapping {
  /** The environment variables that configure it (named in the README). */
  envVars: readonly string[];
  /** The credentials from the server's environment, or null when it is not configured. */
  credentials(env: Record<string, string | undefined>): C | null;
  defaultBaseUrl: string;
  /** The record a push will land on, to confirm it exists and show whose it is. */
  lookup(ctx: AtsContext<C>, recordId: string): Promise<AtsRecordInfo>;
  /** Writes the planned request once: a write already made for this key is found and not repeated. */
  push(ctx: AtsContext<C>, recordId: string, write: AtsWrite, key: string): Promise<AtsResult>;
}
