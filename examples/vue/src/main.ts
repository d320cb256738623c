import { createApp } from "vue";
import { applyPageOptions } from "../../shared/page-options";
import { startCvcSpy } from "../../shared/spy";
import CheckoutForm from "./CheckoutForm.vue";
import "@cardward/dom/theme.css";
import "../../shared/checkout.css";

applyPageOptions();

createApp(CheckoutForm).mount("#app");
startCvcSpy();
