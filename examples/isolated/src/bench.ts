// The bench page: the same card fields twice, bound in the page by @cardward/dom and isolated in
// frames by @cardward/isolated, so one browser run can time a keystroke in each.
import { mountCardFields } from "@cardward/dom";
import { mountIsolatedFields } from "@cardward/isolated";

const { frameOrigin } = (await (await fetch("./api/config")).json()) as { frameOrigin: string };
mountCardFields({ number: "#dom-number", expiry: "#dom-expiry", cvc: "#dom-cvc" });
performance.mark("cardward:mount");
const isolated = mountIsolatedFields({
  frameOrigin,
  number: "#card-number",
  expiry: "#card-expiry",
  cvc: "#card-cvc",
});
isolated.ready.then(() => performance.measure("cardward:ready", "cardward:mount"));
