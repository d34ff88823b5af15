"use client";

import { SIGN_IN_ROUTE } from "../../lib/server/auth/routes";
import type { Account } from "../hooks/use-account";

/** The organisation account in the header: who is signed in and a way out, or a way in. */
export function AccountStatus({ account, onSignOut }: { account: Account; onSignOut: () => void }) {
  if (account.kind === "none") return null;
  const badge = "rounded-full bg-slate-200 px-2 py-1 text-slate-800 dark:bg-slate-800 dark:text-slate-100";
  if (account.kind === "signed_out")
    return (
      <li className={badge} data-testid="account-status">
        <a href={SIGN_IN_ROUTE} className="font-medium underline">
          Sign in
        </a>{" "}
        for model analysis
      </li>
    );
  return (
    <li className={badge} data-testid="account-status">
      Signed in{account.name ? ` as ${account.name}` : ""} ·{" "}
      <button type="button" onClick={onSignOut} className="font-medium underline">
        Sign out
      </button>
    </li>
  );
}
