// Served as /__e2e/recorder.js and loaded first by every HTML page in the Firefox and WebKit runs
// (Chromium records through the DevTools protocol instead): keeps the page's console messages
// with their arguments, uncaught errors and rejections, whether the page came back from the
// back-forward cache, and every securitypolicyviolation, in a property the leak audit never
// reads as a sink. A 'self' script, so it runs under the strict CSP too.
(() => {
  if ("__e2eRecording" in window) return;
  const recording = { console: [], pageErrors: [] };
  Object.defineProperty(window, "__e2eRecording", { value: recording });
  const asJson = (value) => {
    try {
      return JSON.parse(JSON.stringify(value) ?? "null");
    } catch {
      return String(value);
    }
  };
  const LEVELS = { log: "log", debug: "debug", info: "info", warn: "warning", error: "error" };
  for (const [method, type] of Object.entries(LEVELS)) {
    const original = console[method];
    console[method] = (...args) => {
      recording.console.push({
        type,
        text: args.map((arg) => (typeof arg === "string" ? arg : String(arg))).join(" "),
        args: args.map(asJson),
      });
      return original.apply(console, args);
    };
  }
  addEventListener("error", (event) => {
    recording.pageErrors.push(`${event.message}\n${event.error?.stack ?? ""}`);
  });
  addEventListener("unhandledrejection", (event) => {
    recording.pageErrors.push(String(event.reason?.stack ?? event.reason));
  });
  addEventListener("pageshow", (event) => {
    window.__e2ePageshowPersisted = event.persisted;
  });
  const violations = [];
  window.__e2eCspViolations = violations;
  document.addEventListener("securitypolicyviolation", (event) => {
    violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
  });
})();
