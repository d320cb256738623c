// Mount time in Chromium: mountCardFields on the three inputs, then destroy(), many times; the
// peers' equivalent set-up (imask's and maskito's three masks, cleave-zen's listeners and cursor
// trackers) on their own inputs of the same page for comparison.
import { fileURLToPath } from "node:url";
import { openBenchPage } from "./browser.mjs";
import { median, ratio, us } from "./stats.mjs";

/** Runs the mount benchmark on an open bench page: microseconds per mount and per destroy. */
export async function measureMounts(session, { rounds = 15, cycles = 50, warmup = 2 } = {}) {
  const { page } = session;
  const libs = (await page.evaluate(() => window.bench.libs)).filter((l) => l !== "baseline");
  for (let i = 0; i < warmup; i++) {
    for (const lib of libs)
      await page.evaluate(([l, n]) => window.bench.mountCycles(l, n), [lib, cycles]);
  }
  const samples = Object.fromEntries(libs.map((l) => [l, { mount: [], destroy: [] }]));
  for (let round = 0; round < rounds; round++) {
    const order = libs.map((_, i) => libs[(i + round) % libs.length]);
    for (const lib of order) {
      const t = await page.evaluate(([l, n]) => window.bench.mountCycles(l, n), [lib, cycles]);
      samples[lib].mount.push((t.mount * 1000) / cycles);
      samples[lib].destroy.push((t.destroy * 1000) / cycles);
    }
  }
  const result = { rounds, cycles, libs: {} };
  for (const lib of libs) {
    result.libs[lib] = { mount: median(samples[lib].mount), destroy: median(samples[lib].destroy) };
  }
  return result;
}

/** Renders the mount table as Markdown. */
export function mountMarkdown(result) {
  const ours = result.libs.cardward;
  const lines = [
    `Median of ${result.rounds} rounds of ${result.cycles} mount/destroy cycles; microseconds for the three fields.`,
    "",
    "| library | mount | destroy | mount vs cardward |",
    "|---|--:|--:|--:|",
  ];
  for (const [lib, e] of Object.entries(result.libs)) {
    lines.push(
      `| ${lib} | ${us(e.mount)} | ${us(e.destroy)} | ${ours ? ratio(e.mount, ours.mount) : ""} |`,
    );
  }
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const session = await openBenchPage();
  try {
    process.stdout.write(`${mountMarkdown(await measureMounts(session))}\n`);
  } finally {
    await session.close();
  }
}
