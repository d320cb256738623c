// The leak audit: every place a card's digits could end up once a person has typed them, read
// back from the real browser, and searched for a sentinel. Each sink is a named check so the
// self-test can plant a leak in each one and prove the check finds it.
import type { CDPSession, Page } from "playwright-core";
import { SELECTORS } from "./fields";
import type { OpenedPage } from "./session";

/** A value to look for, and where it is allowed to be (the number is shown in its own field). */
export interface Sentinel {
  /** What it is, for the report (`cvc`, `number`). */
  readonly label: string;
  /** Its digits. */
  readonly digits: string;
  /** Whether it may be in the number input's value and the `#result` panel (what is sent). */
  readonly shownToPayer: boolean;
}

/** One place a sentinel was found. */
export interface Finding {
  readonly sink: SinkName;
  readonly sentinel: string;
  readonly where: string;
}

/** The sinks, in the order they are audited. */
export const SINKS = [
  "console",
  "page-errors",
  "local-storage",
  "session-storage",
  "cookies",
  "indexeddb",
  "cache-storage",
  "url-and-history",
  "dom",
  "network",
  "performance",
  // Chromium only (DevTools protocol): what DevTools shows of a logged object, and what
  // assistive technology reads. Recorded once `recordDevtools` was called for the page.
  "devtools-preview",
  "devtools-expansion",
  "accessibility-tree",
] as const;

/** A sink's name. */
export type SinkName = (typeof SINKS)[number];

/**
 * A matcher for `digits` as a person or a program might write them: plain, grouped with spaces,
 * dashes, dots or slashes, or with `+` for a form-encoded space; not glued to other letters or
 * digits (so a hashed file name or a timestamp that happens to contain them is not a finding).
 */
export function sentinelPattern(digits: string): RegExp {
  const body = [...digits].join("[\\s\\-./+]?");
  return new RegExp(`(?<![0-9A-Za-z])${body}(?![0-9A-Za-z])`);
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

/** Whether `text`, or `text` URL-decoded, holds the sentinel. */
export function holds(text: string, digits: string): boolean {
  const pattern = sentinelPattern(digits);
  return pattern.test(text) || pattern.test(decoded(text));
}

function json(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

type Haystack = { sink: SinkName; where: string; text: string; shownOnly?: boolean };

interface BrowserSinks {
  localStorage: [string, string][];
  sessionStorage: [string, string][];
  cookie: string;
  indexedDb: { where: string; text: string }[];
  cacheStorage: { where: string; text: string }[];
  url: string;
  history: { where: string; text: string }[];
  html: string;
  attributes: { where: string; text: string }[];
  inputs: { id: string; value: string }[];
  text: { where: string; text: string }[];
  performance: string[];
}

/** Reads every in-page sink (runs inside the page). */
function readPageSinks(resultSelector: string): Promise<BrowserSinks> {
  const serialize = (value: unknown): string => {
    const seen = new WeakSet();
    try {
      return JSON.stringify(value, (_key, item: unknown) => {
        if (item instanceof ArrayBuffer) return [...new Uint8Array(item)];
        if (ArrayBuffer.isView(item)) return [...new Uint8Array(item.buffer)];
        if (item instanceof Blob) return `[Blob ${item.size}]`;
        if (typeof item === "object" && item !== null) {
          if (seen.has(item)) return "[cycle]";
          seen.add(item);
          if (item instanceof Map) return [...item];
          if (item instanceof Set) return [...item];
        }
        return item;
      });
    } catch {
      return String(value);
    }
  };
  const request = <T>(operation: IDBRequest<T>) =>
    new Promise<T>((done, fail) => {
      operation.onsuccess = () => done(operation.result);
      operation.onerror = () => fail(operation.error);
    });
  const readIndexedDb = async () => {
    const found: { where: string; text: string }[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const opening = indexedDB.open(info.name as string);
        opening.onsuccess = () => done(opening.result);
        opening.onerror = () => fail(opening.error);
      });
      found.push({ where: `database ${info.name}`, text: info.name });
      for (const storeName of db.objectStoreNames) {
        const store = db.transaction(storeName, "readonly").objectStore(storeName);
        const [keys, values] = await Promise.all([
          request(store.getAllKeys()),
          request(store.getAll()),
        ]);
        found.push({
          where: `${info.name}/${storeName}`,
          text: `${storeName} ${serialize(keys)} ${serialize(values)}`,
        });
      }
      db.close();
    }
    return found;
  };
  const readCaches = async () => {
    const found: { where: string; text: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const cached of await cache.keys()) {
        const response = await cache.match(cached);
        const body = response ? await response.text() : "";
        found.push({
          where: `${name} ${cached.url}`,
          text: `${name} ${cached.url} ${serialize([...cached.headers])} ${body}`,
        });
      }
    }
    return found;
  };
  const attributes: { where: string; text: string }[] = [];
  const text: { where: string; text: string }[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll("*")) {
      for (const attribute of element.attributes) {
        attributes.push({
          where: `<${element.localName}${element.id ? `#${element.id}` : ""}> ${attribute.name}`,
          text: attribute.value,
        });
      }
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  const result = document.querySelector(resultSelector);
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    text.push({
      where: result?.contains(node) ? "result" : `text in <${parent?.localName ?? "?"}>`,
      text: node.textContent ?? "",
    });
  }
  const navigationApi = (
    window as unknown as {
      navigation?: { entries(): { url: string | null; getState(): unknown }[] };
    }
  ).navigation;
  return (async () => ({
    localStorage: Object.entries(localStorage),
    sessionStorage: Object.entries(sessionStorage),
    cookie: document.cookie,
    indexedDb: await readIndexedDb(),
    cacheStorage: await readCaches(),
    url: location.href,
    history: [
      { where: "history.state", text: serialize(history.state) },
      { where: "document.referrer", text: document.referrer },
      ...(navigationApi?.entries() ?? []).map((entry, index) => ({
        where: `navigation entry ${index}`,
        text: `${entry.url ?? ""} ${serialize(entry.getState())}`,
      })),
    ],
    html: document.documentElement.outerHTML,
    attributes,
    inputs: [...document.querySelectorAll("input, textarea, select")].map((element) => ({
      id: element.id || element.getAttribute("name") || element.localName,
      value: (element as HTMLInputElement).value,
    })),
    text,
    performance: performance.getEntries().map((entry) => {
      const strings: string[] = [];
      for (const [key, value] of Object.entries(entry.toJSON() as Record<string, unknown>)) {
        if (typeof value === "number") continue;
        strings.push(`${key}=${serialize(value)}`);
      }
      return strings.join(" ");
    }),
  }))();
}

async function gather(opened: OpenedPage, page: Page): Promise<Haystack[]> {
  await opened.settle();
  const { recording, context } = opened;
  const sinks = await page.evaluate(readPageSinks, SELECTORS.result);
  const numberId = SELECTORS.number.slice(1);
  const haystacks: Haystack[] = [
    ...recording.console.map((message, index) => ({
      sink: "console" as const,
      where: `console.${message.type} #${index}`,
      text: `${message.text} ${json(message.args)}`,
    })),
    ...recording.pageErrors.map((error, index) => ({
      sink: "page-errors" as const,
      where: `page error #${index}`,
      text: error,
    })),
    ...sinks.localStorage.map(([key, value]) => ({
      sink: "local-storage" as const,
      where: key,
      text: `${key} ${value}`,
    })),
    ...sinks.sessionStorage.map(([key, value]) => ({
      sink: "session-storage" as const,
      where: key,
      text: `${key} ${value}`,
    })),
    { sink: "cookies", where: "document.cookie", text: sinks.cookie },
    ...(await context.cookies()).map((cookie) => ({
      sink: "cookies" as const,
      where: `cookie ${cookie.name}`,
      text: `${cookie.name}=${cookie.value}; path=${cookie.path}`,
    })),
    ...sinks.indexedDb.map((entry) => ({ sink: "indexeddb" as const, ...entry })),
    ...sinks.cacheStorage.map((entry) => ({ sink: "cache-storage" as const, ...entry })),
    { sink: "url-and-history", where: "location", text: sinks.url },
    { sink: "url-and-history", where: "page.url()", text: page.url() },
    ...sinks.history.map((entry) => ({ sink: "url-and-history" as const, ...entry })),
    ...sinks.attributes.map((entry) => ({ sink: "dom" as const, ...entry })),
    ...sinks.inputs.map((input) => ({
      sink: "dom" as const,
      where: `value of #${input.id}`,
      text: input.value,
      shownOnly: input.id === numberId,
    })),
    ...sinks.text.map((entry) => ({
      sink: "dom" as const,
      where: entry.where,
      text: entry.text,
      shownOnly: entry.where === "result",
    })),
    ...recording.requests.map((request, index) => ({
      sink: "network" as const,
      where: `${request.method} ${request.url} (#${index})`,
      text: `${request.url} ${json(request.headers)} ${request.body ?? ""}`,
    })),
    ...sinks.performance.map((text, index) => ({
      sink: "performance" as const,
      where: `entry #${index}`,
      text,
    })),
  ];
  haystacks.push(...(await devtoolsHaystacks(opened)));
  // The serialization as a whole catches what the walk might split (attributes, text, comments);
  // it holds the payer's own text and the #result panel, so only a sentinel that is never shown
  // is searched in it.
  haystacks.push({ sink: "dom", where: "outerHTML", text: sinks.html, shownOnly: true });
  return haystacks;
}

/** Audits every sink of `opened`'s current page for the sentinels; returns what it found. */
export async function auditSinks(
  opened: OpenedPage,
  sentinels: readonly Sentinel[],
  page: Page = opened.page,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const haystack of await gather(opened, page)) {
    for (const sentinel of sentinels) {
      if (haystack.shownOnly && sentinel.shownToPayer) continue;
      if (holds(haystack.text, sentinel.digits)) {
        findings.push({ sink: haystack.sink, sentinel: sentinel.label, where: haystack.where });
      }
    }
  }
  return findings;
}

// --- Chromium only: what DevTools and assistive technology see, through the DevTools protocol ---

/** How deep and how wide a logged object is expanded, as a developer clicking through would. */
const EXPANSION = { depth: 4, objects: 400 } as const;

/** A DevTools protocol remote object, as far as the audit reads it. */
interface RemoteObject {
  readonly objectId?: string;
  readonly type?: string;
}

/** A property as `Runtime.getProperties` answers it (own, internal or private). */
interface RemoteProperty {
  readonly name: string;
  readonly value?: RemoteObject;
}

/** What `Runtime.getProperties` answers. */
interface RemoteProperties {
  readonly result: RemoteProperty[];
  readonly internalProperties?: RemoteProperty[];
  readonly privateProperties?: RemoteProperty[];
}

/** What DevTools showed of console messages, recorded as they were logged. */
interface DevtoolsRecording {
  readonly cdp: CDPSession;
  readonly haystacks: Haystack[];
  readonly pending: Promise<unknown>[];
}

const recordings = new WeakMap<OpenedPage, DevtoolsRecording>();

/**
 * Expands a logged object the way a developer clicking through DevTools would: own, internal
 * (`[[Entries]]`, `[[PromiseResult]]`, `[[Scopes]]`, ...) and private (`#field`) properties, level
 * after level, each level's answer added as text.
 */
async function expand(cdp: CDPSession, root: RemoteObject): Promise<string[]> {
  const texts: string[] = [];
  let level = root.objectId ? [root.objectId] : [];
  const seen = new Set(level);
  for (let depth = 0; depth < EXPANSION.depth && level.length > 0; depth++) {
    const next: string[] = [];
    for (const objectId of level) {
      if (seen.size > EXPANSION.objects) break;
      const answer: RemoteProperties = await cdp
        .send("Runtime.getProperties", { objectId, ownProperties: true, generatePreview: true })
        .catch(() => ({ result: [] }));
      texts.push(json(answer));
      const properties = [
        ...answer.result,
        ...(answer.internalProperties ?? []),
        ...(answer.privateProperties ?? []),
      ];
      for (const { value } of properties) {
        if (value?.objectId && !seen.has(value.objectId)) {
          seen.add(value.objectId);
          next.push(value.objectId);
        }
      }
    }
    level = next;
  }
  return texts;
}

/**
 * Starts recording what DevTools shows of every console message of `opened`'s page (Chromium
 * only): each argument's preview (`Runtime.consoleAPICalled` with previews, where private fields
 * show) and its expansion (`Runtime.getProperties`, recursively, private and internal properties
 * included). Call it right after opening the page; `auditSinks` then reads the recording.
 */
export async function recordDevtools(opened: OpenedPage): Promise<void> {
  const cdp = await opened.context.newCDPSession(opened.page);
  const recording: DevtoolsRecording = { cdp, haystacks: [], pending: [] };
  recordings.set(opened, recording);
  cdp.on("Runtime.consoleAPICalled", (event) => {
    const where = `console.${event.type} #${recording.haystacks.length}`;
    event.args.forEach((arg, index) => {
      recording.haystacks.push({
        sink: "devtools-preview",
        where: `${where} argument ${index + 1}`,
        text: json(arg),
      });
      recording.pending.push(
        expand(cdp, arg).then((texts) =>
          recording.haystacks.push({
            sink: "devtools-expansion",
            where: `${where} argument ${index + 1}, expanded`,
            text: texts.join(" "),
          }),
        ),
      );
    });
  });
  await cdp.send("Runtime.enable");
}

/**
 * The DevTools haystacks of `opened`: the recorded console previews and expansions, and the
 * page's full accessibility tree (Chromium only; it holds the number field's value and the
 * `#result` panel, so only a sentinel never shown is searched in it).
 */
async function devtoolsHaystacks(opened: OpenedPage): Promise<Haystack[]> {
  const recording = recordings.get(opened);
  if (!recording) return [];
  await Promise.all(recording.pending);
  const { nodes } = await recording.cdp.send("Accessibility.getFullAXTree");
  return [
    ...recording.haystacks,
    { sink: "accessibility-tree", where: "the full tree", text: json(nodes), shownOnly: true },
  ];
}
