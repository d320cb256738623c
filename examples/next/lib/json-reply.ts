// The isolated checkout's route handlers answer JSON that no cache keeps.

/** A JSON response with `Cache-Control: no-store`. */
export function reply(status: number, body: Readonly<Record<string, unknown>>): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/** 503 `not_configured`: the frame site and its keys are not running (plain `next dev`). */
export function notConfigured(): Response {
  return reply(503, { error: "not_configured" });
}
