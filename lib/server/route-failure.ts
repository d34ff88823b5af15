/** Turns a typed route failure thrown by a route's work into its JSON answer; anything else propagates. */
import { RouteFailure } from "./request-guard";

export async function failureResponse(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof RouteFailure)
      return Response.json(
        { error: error.code, forwarded: [] },
        { status: error.status, headers: { "cache-control": "no-store" } },
      );
    throw error;
  }
}
