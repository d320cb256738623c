import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { startCvcSpy } from "../../shared/spy";
import { Checkout } from "./checkout";
import "../../shared/checkout.css";

const container = document.querySelector("#app");
if (!container) throw new Error("The page has no #app");
createRoot(container).render(
  <StrictMode>
    <Checkout />
  </StrictMode>,
);
startCvcSpy();
