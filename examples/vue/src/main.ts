import { createApp } from "vue";
import { startCvcSpy } from "../../shared/spy";
import CheckoutForm from "./CheckoutForm.vue";
import "../../shared/checkout.css";

createApp(CheckoutForm).mount("#app");
startCvcSpy();
