/**
 * The sign-in routes' paths, apart from the session answer's schema: the first screen links to them
 * before Zod has loaded (decision 121).
 */
export const SESSION_ROUTE = "/api/auth/session";
export const SIGN_IN_ROUTE = "/api/auth/login";
export const SIGN_OUT_ROUTE = "/api/auth/logout";
