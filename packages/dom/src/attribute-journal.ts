/** Sets (or, for `null`, removes) an attribute; `("class", token)` adds a class token. */
export type SetAttribute = (element: Element, name: string, value: string | null) => void;

/** Changes attributes and remembers how they were; `restore` puts every element back. */
export interface AttributeJournal {
  readonly set: SetAttribute;
  /** Restores every element as it was before its first change: values and attribute order. */
  restore(): void;
}

/** An element's attribute names in order, the original value of each one set, our class tokens. */
type Entry = [order: string[], values: Map<string, string | null>, tokens: string[]];

/**
 * Creates a journal. Only what it changed is restored: class tokens it added are removed (others'
 * classes stay), attributes it set get their old value back, and attributes added by others
 * meanwhile stay, after the original ones.
 */
export function createJournal(): AttributeJournal {
  const saved = new Map<Element, Entry>();
  return {
    set(element, name, value) {
      const entry: Entry = saved.get(element) ?? [element.getAttributeNames(), new Map(), []];
      saved.set(element, entry);
      const [, values, tokens] = entry;
      const current = element.getAttribute(name);
      if (!values.has(name)) values.set(name, current);
      if (name === "class") {
        if (value && !element.classList.contains(value)) {
          element.classList.add(value);
          tokens.push(value);
        }
      } else if (current !== value) {
        if (value === null) element.removeAttribute(name);
        else element.setAttribute(name, value);
      }
    },
    restore() {
      for (const [element, [order, values, tokens]] of saved) {
        element.classList.remove(...tokens);
        for (const [name, value] of values) {
          // A class attribute is left to others, unless it was absent and only our tokens made it.
          const keep = name === "class" && element.getAttribute(name) !== "";
          if (value === null && !keep) element.removeAttribute(name);
          else if (name !== "class") element.setAttribute(name, value as string);
        }
        // A removed and restored attribute comes back last: put the original ones back in order.
        const names = element.getAttributeNames();
        const first = order.findIndex((n, i) => n !== names[i]);
        if (first < 0) continue;
        for (const name of [...order.slice(first), ...names.filter((n) => !order.includes(n))]) {
          const value = element.getAttribute(name);
          if (value !== null) {
            element.removeAttribute(name);
            element.setAttribute(name, value);
          }
        }
      }
      saved.clear();
    },
  };
}
