// Runs before every page and route handler (Next 16's `proxy`, formerly `middleware`): a fresh
// nonce per request, put in the Content-Security-Policy of the request (Next reads it there and
// puts the nonce on its own inline scripts) and of the response (the browser enforces it).
import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy } from "./lib/content-security-policy";

/** 128 bits of randomness per nonce. */
const NONCE_BYTES = 16;

/** A fresh random nonce, base64 (as CSP's nonce-source wants). */
function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  return btoa(String.fromCharCode(...bytes));
}

/** The isolated checkout's page: the one page that frames the card fields. */
const ISOLATED_PAGE = "/isolated";

/** Sets the per-request Content-Security-Policy on the request and the response. */
export function proxy(request: NextRequest): NextResponse {
  const framesCards = request.nextUrl.pathname === ISOLATED_PAGE;
  const policy = contentSecurityPolicy({
    nonce: createNonce(),
    frameOrigin: framesCards ? process.env.CARDWARD_FRAME_ORIGIN : undefined,
    development: process.env.NODE_ENV === "development",
  });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Every document and route handler; not the build's static files (no scripts run from them).
  matcher: [{ source: "/((?!_next/static|_next/image|icon.svg).*)" }],
};
