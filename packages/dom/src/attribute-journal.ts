/**
 * Changes attributes and classes on elements and remembers how they were, so that
 * {@link AttributeJournal.restore} puts every element back exactly (values and attribute order).
 */
export class AttributeJournal {
  /** Per element: its attribute names in order, and the original value of each one changed. */
  readonly #saved = new Map<Element, { order: string[]; values: Map<string, string | null> }>();
  /** Per element: the class tokens we added. */
  readonly #added = new Map<Element, string[]>();

  #record(element: Element, name: string): void {
    let saved = this.#saved.get(element);
    if (!saved) {
      saved = { order: element.getAttributeNames(), values: new Map() };
      this.#saved.set(element, saved);
    }
    if (!saved.values.has(name)) saved.values.set(name, element.getAttribute(name));
  }

  /** Sets (or, for `null`, removes) an attribute; `["class", token]` adds a class token. */
  set(element: Element, name: string, value: string | null): void {
    this.#record(element, name === "class" ? "class" : name);
    if (name === "class" && value !== null) {
      if (element.classList.contains(value)) return;
      element.classList.add(value);
      const added = this.#added.get(element) ?? [];
      added.push(value);
      this.#added.set(element, added);
    } else if (value === null) element.removeAttribute(name);
    else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }

  /** Restores every element as it was before the first change. */
  restore(): void {
    for (const [element, tokens] of this.#added) element.classList.remove(...tokens);
    for (const [element, { order, values }] of this.#saved) {
      for (const [name, value] of values) {
        if (name === "class") {
          if (value === null && element.getAttribute("class") === "") element.removeAttribute(name);
        } else if (value === null) element.removeAttribute(name);
        else element.setAttribute(name, value);
      }
      reorder(element, order);
    }
    this.#saved.clear();
    this.#added.clear();
  }
}

/**
 * A removed and restored attribute comes back last; move the original attributes back into their
 * order so the element serializes as before. Attributes added by others meanwhile go last.
 */
function reorder(element: Element, order: readonly string[]): void {
  const current = element.getAttributeNames().filter((name) => order.includes(name));
  const first = current.findIndex((name, i) => name !== order[i]);
  if (first < 0) return;
  const others = element.getAttributeNames().filter((name) => !order.includes(name));
  for (const name of [...order.slice(first), ...others]) {
    const value = element.getAttribute(name);
    if (value === null) continue;
    element.removeAttribute(name);
    element.setAttribute(name, value);
  }
}
