import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "@cardward/dom/theme.css";
import "../../shared/checkout.css";

export const metadata: Metadata = {
  title: "Checkout · cardward Next.js example",
};

/**
 * The page shell. No web fonts: the build fetches nothing from the network. Every page renders per
 * request (`connection()`): Next puts the request's CSP nonce (proxy.ts) on its inline scripts
 * only when it renders them for that request, never in a page prerendered at build time.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body>
        <div id="app">{children}</div>
      </body>
    </html>
  );
}
