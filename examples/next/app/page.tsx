import { Checkout } from "./checkout";

/** The checkout page: a server component around the client-side card fields. */
export default function Page() {
  return <Checkout />;
}
