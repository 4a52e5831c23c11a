// A shallow copy that later writes keep fast. In V8 (Node 20, Chromium) an object made by a spread
// (`{ ...source }`) gets a copy of the source's map with its fields marked constant; writing a new
// value to one of them, or adding a key, then takes V8's slow path (a map copy each time: ~9 µs for
// the four writes that make a reply's context from a shop context, measured, against ~0.5 µs).
// Object.assign onto `{}` makes the same keys in the same order along V8's ordinary transitions.
// A source with an own "__proto__" key (parsed JSON can have one) is spread instead: assigning that
// key would set the copy's prototype.
export function copyOf<T extends object>(source: T): T {
  return Object.hasOwn(source, '__proto__') ? { ...source } : Object.assign({}, source);
}
