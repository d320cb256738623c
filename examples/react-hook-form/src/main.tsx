import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { applyPageOptions } from "../../shared/page-options";
import { startCvcSpy } from "../../shared/spy";
import { Checkout } from "./checkout";
import "@cardward/dom/theme.css";
import "../../shared/checkout.css";

applyPageOptions();

const container = document.querySelector("#app");
if (!container) throw new Error("The page has no #app");
createRoot(container).render(
  <StrictMode>
    <Checkout />
  </StrictMode>,
);
startCvcSpy();
