// Where a library's keystroke time goes: a V8 CPU profile (DevTools protocol, 50 µs sampling)
// of typing the three fields many times, on a page bundled from cardward's TypeScript sources
// without minification, so every frame maps back to a source file and function.
import { fileURLToPath } from "node:url";
import { openBenchPage } from "./browser.mjs";

const KEYSTROKES_PER_REP = 23;

/** Maps a 0-based line of the esbuild bundle to the module whose section contains it. */
function moduleIndex(script) {
  const marks = [];
  script.split("\n").forEach((line, i) => {
    const m = /^\s*\/\/ (\S+\.(?:[cm]?[jt]s))$/.exec(line);
    if (m) marks.push([i, m[1].replace(/^(\.\.\/)+/, "").replace(/^.*node_modules\//, "")]);
  });
  return (line) => {
    let found = "(page)";
    for (const [start, name] of marks) {
      if (start > line) break;
      found = name;
    }
    return found;
  };
}

/**
 * Profiles typing into `lib`'s fields `reps` times (or, with `mount`, mounting and destroying
 * them `reps` times). Returns the functions with the most self time and the most inclusive
 * time, in microseconds per keystroke (per mount/destroy cycle), with their source module.
 */
export async function profileKeystrokes(
  lib = "cardward",
  { reps = 400, top = 15, mount = false } = {},
) {
  const session = await openBenchPage({ source: true, libs: [lib] });
  try {
    const { page } = session;
    const cdp = await page.context().newCDPSession(page);
    const run = ([l, n, m]) => (m ? window.bench.mountCycles(l, n) : window.bench.type(l, n));
    await page.evaluate(run, [lib, 50, mount]);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
    await cdp.send("Profiler.start");
    await page.evaluate(run, [lib, reps, mount]);
    const { profile } = await cdp.send("Profiler.stop");
    const moduleOf = moduleIndex(session.script);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const label = (n) => {
      const f = n.callFrame;
      if (!f.url) return `${f.functionName || "(anonymous)"}`;
      return `${f.functionName || "(anonymous)"} (${moduleOf(f.lineNumber)})`;
    };
    const self = new Map();
    const inclusive = new Map();
    let total = 0;
    // Sample i lasts until sample i + 1: timeDeltas[i + 1] microseconds. Only samples inside a
    // keystroke count (not the reset, focus and blur between typed fields).
    for (let i = 0; i < profile.samples.length; i++) {
      const dt = profile.timeDeltas[i + 1] ?? 0;
      const stack = [];
      for (let node = byId.get(profile.samples[i]); node; node = byId.get(parent.get(node.id))) {
        stack.push(label(node));
      }
      if (!stack.includes(mount ? "mountCycles (page/main.js)" : "key (page/main.js)")) continue;
      total += dt;
      self.set(stack[0], (self.get(stack[0]) ?? 0) + dt);
      for (const l of new Set(stack)) inclusive.set(l, (inclusive.get(l) ?? 0) + dt);
    }
    const keystrokes = mount ? reps : reps * KEYSTROKES_PER_REP;
    const rank = (map) =>
      [...map.entries()]
        .filter(
          ([l]) =>
            ![
              "(root)",
              "(anonymous)",
              "evaluate",
              "type (page/main.js)",
              "mountCycles (page/main.js)",
            ].includes(l),
        )
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([fn, t]) => ({ fn, usPerKeystroke: t / keystrokes, share: t / total }));
    const byModule = new Map();
    for (const [l, t] of self) {
      const m = /\(([^()]+)\)$/.exec(l)?.[1] ?? l;
      byModule.set(m, (byModule.get(m) ?? 0) + t);
    }
    return {
      lib,
      reps,
      mount,
      totalUsPerKeystroke: total / keystrokes,
      self: rank(self),
      inclusive: rank(inclusive),
      modules: rank(byModule),
    };
  } finally {
    await session.close();
  }
}

/** Renders a profile as Markdown tables. */
export function profileMarkdown(p) {
  const unit = p.mount ? "µs per mount + destroy" : "µs per keystroke";
  const table = (title, rows) => [
    "",
    `| ${title} | ${unit} | share of profile |`,
    "|---|--:|--:|",
    ...rows.map(
      (r) => `| \`${r.fn}\` | ${r.usPerKeystroke.toFixed(2)} | ${(r.share * 100).toFixed(1)}% |`,
    ),
  ];
  const intro = p.mount
    ? `CPU profile of mounting and destroying ${p.lib}'s three fields ${p.reps} times (unminified source build, 50 µs sampling; profiling inflates times, the shares are what count): ${p.totalUsPerKeystroke.toFixed(1)} ${unit}.`
    : `CPU profile of typing into ${p.lib}'s fields ${p.reps} times (unminified source build, 50 µs sampling; profiling inflates times, the shares are what count). Only samples inside a keystroke count: ${p.totalUsPerKeystroke.toFixed(1)} ${unit}, event construction and dispatch included (key, dispatchEvent, KeyboardEvent, InputEvent and setRangeText are the harness and the browser).`;
  return [
    intro,
    ...table("self time by module", p.modules),
    ...table("self time by function", p.self),
    ...table("inclusive time by function", p.inclusive),
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lib = process.argv[2] ?? "cardward";
  const mount = process.argv.includes("--mount");
  process.stdout.write(
    `${profileMarkdown(await profileKeystrokes(lib, mount ? { reps: 200, mount } : {}))}\n`,
  );
}
