"use client";

import { useCallback, useEffect, useState } from "react";
import { SESSION_ROUTE, SIGN_OUT_ROUTE } from "../../lib/server/auth/routes";

/**
 * Who is signed in, in organisation mode: `signed_in` with a name, `signed_out` (the server answered
 * sign_in_required), or `none` (laptop mode, offline, or an answer we cannot read: nothing to show).
 */
export type Account = { kind: "none" } | { kind: "signed_out" } | { kind: "signed_in"; name: string | null };

async function readAccount(): Promise<Account> {
  try {
    // The answer's schema (and Zod with it) loads beside the request, not with the first screen.
    const [response, { SessionAnswerSchema }] = await Promise.all([
      fetch(SESSION_ROUTE, { cache: "no-store" }),
      import("../../lib/server/auth/session-answer"),
    ]);
    if (response.status === 401) return { kind: "signed_out" };
    const parsed = SessionAnswerSchema.safeParse(await response.json());
    if (!parsed.success || !parsed.data.signInRequired) return { kind: "none" };
    return { kind: "signed_in", name: parsed.data.user };
  } catch {
    return { kind: "none" };
  }
}

export function useAccount(): { account: Account; signOut: () => Promise<void> } {
  const [account, setAccount] = useState<Account>({ kind: "none" });
  useEffect(() => {
    let live = true;
    void readAccount().then((a) => live && setAccount(a));
    return () => {
      live = false;
    };
  }, []);
  const signOut = useCallback(async () => {
    await fetch(SIGN_OUT_ROUTE, { method: "POST" }).catch(() => undefined);
    setAccount(await readAccount());
  }, []);
  return { account, signOut };
}
