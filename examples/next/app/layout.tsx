import type { Metadata } from "next";
import type { ReactNode } from "react";
import "@cardward/dom/theme.css";
import "../../shared/checkout.css";

export const metadata: Metadata = {
  title: "Checkout · cardward Next.js example",
};

/** The page shell. No web fonts: the build fetches nothing from the network. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <div id="app">{children}</div>
      </body>
    </html>
  );
}
