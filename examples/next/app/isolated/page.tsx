import { connection } from "next/server";
import { isolatedConfig } from "../../lib/isolated-config";
import { IsolatedCheckout } from "./isolated-checkout";
import "./isolated.css";

export const metadata = { title: "Isolated checkout · cardward Next.js example" };

/**
 * The isolated checkout: the card fields are iframes on the frame site, another site than this
 * page. The frame origin comes from the server's configuration, read per request.
 */
export default async function IsolatedPage() {
  await connection();
  const config = isolatedConfig();
  if (!config) {
    return (
      <main className="checkout">
        <h1>Isolated checkout</h1>
        <p className="note">
          The frame site is not running. Start this example with <code>pnpm start</code> from the
          repository root: it serves the card frames and gives this server its development keys.
        </p>
      </main>
    );
  }
  return <IsolatedCheckout frameOrigin={config.frameOrigin} />;
}
