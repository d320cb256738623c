import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildFrameSite, checkFrameConfig } from "../src/site/index";

const dir = mkdtempSync(join(tmpdir(), "cardward-frame-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const runtime = join(dir, "runtime.js");
writeFileSync(runtime, "export {};\n");
const KEY = { kty: "RSA", n: "sXch", e: "AQAB", kid: "k1" };
const CONFIG = { parentOrigins: ["https://shop.example"], encryptionKey: KEY };

describe("buildFrameSite", () => {
  it("writes the versioned frame document, hashed assets and header snippets", async () => {
    const out = join(dir, "site");
    const site = await buildFrameSite(
      { ...CONFIG, fonts: ["Inter</script><script>"] },
      out,
      runtime,
    ).catch(() => null);
    expect(site).toBeNull();
    const built = await buildFrameSite(CONFIG, out, runtime);
    expect(built.framePath).toBe("/v1/frame.html");
    expect(built.files).toEqual(
      expect.arrayContaining([
        "v1/frame.html",
        "_headers",
        "vercel.json",
        "nginx.conf",
        "headers.json",
      ]),
    );
    const html = readFileSync(join(out, "v1/frame.html"), "utf8");
    expect(html).toMatch(/<script type="module" src="frame\.[0-9a-f]{12}\.js"><\/script>/);
    expect(html).toContain('<script type="application/json" id="cardward-frame-config">');
    expect(html).not.toMatch(/style=|<style/);
    const headers = Object.fromEntries(built.headers);
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors https://shop.example");
    expect(headers["Content-Security-Policy"]).toContain("default-src 'none'");
    expect(headers).toMatchObject({
      "Origin-Agent-Cluster": "?1",
      "Referrer-Policy": "no-referrer",
    });
    expect(readFileSync(join(out, "_headers"), "utf8")).toContain("  Origin-Agent-Cluster: ?1");
    expect(readFileSync(join(out, "nginx.conf"), "utf8")).toContain(
      'add_header Referrer-Policy "no-referrer" always;',
    );
  });

  it.each([
    ["a wildcard origin", { ...CONFIG, parentOrigins: ["https://*.shop.example"] }],
    ["an origin with a path", { ...CONFIG, parentOrigins: ["https://shop.example/checkout"] }],
    ["a private key", { ...CONFIG, encryptionKey: { ...KEY, d: "secret" } }],
    ["no key", { parentOrigins: ["https://shop.example"] }],
  ])("refuses a configuration with %s", (_name, config) => {
    expect(() => checkFrameConfig(config)).toThrow(/Invalid frame configuration/);
  });

  it("escapes < in the embedded configuration", async () => {
    const out = join(dir, "escaped");
    await buildFrameSite({ ...CONFIG, encryptionKey: { ...KEY, kid: "</script>" } }, out, runtime);
    const html = readFileSync(join(out, "v1/frame.html"), "utf8");
    expect(html).not.toContain('</script>"');
    expect(html).toContain("\\u003c/script>");
  });
});
