"use client";

import { useEffect, useState } from "react";
import { DEFAULT_ORG_POLICY, parsePolicy, type OrganisationPolicy } from "../../lib/vault/policy";

export interface PolicyState {
  policy: OrganisationPolicy;
  /** Where it came from: the deployment's file, or the defaults when the deployment serves none. */
  source: "loading" | "organisation" | "default" | "invalid";
  error: string | null;
}

export const POLICY_URL = "/policy.json";

/**
 * The organisation's policy, read from the JSON file the deployment serves and validated. A missing
 * file means the defaults; an invalid one is shown as an error and cloud analysis is off until fixed.
 */
export function usePolicy(): PolicyState {
  const [state, setState] = useState<PolicyState>({ policy: DEFAULT_ORG_POLICY, source: "loading", error: null });
  useEffect(() => {
    let live = true;
    void (async () => {
      let next: PolicyState;
      try {
        const response = await fetch(POLICY_URL, { cache: "no-cache" });
        if (response.status === 404) next = { policy: DEFAULT_ORG_POLICY, source: "default", error: null };
        else if (!response.ok) throw new Error(`the policy file answered ${response.status}`);
        else next = { policy: parsePolicy(await response.text()), source: "organisation", error: null };
      } catch (error) {
        next = {
          policy: { ...DEFAULT_ORG_POLICY, cloudAnalysis: false },
          source: "invalid",
          error: `${(error as Error).message}. Cloud analysis stays off until the policy file is fixed.`,
        };
      }
      if (live) setState(next);
    })();
    return () => {
      live = false;
    };
  }, []);
  return state;
}
