/**
 * The order in which an object's keys were read or are to be written. JavaScript objects always
 * list integer-like keys ("2", "10") first and in numeric order, whatever order a file gave them
 * in, so a file's own order is kept beside the object, in a WeakMap that dies with it.
 */
const ORDER = new WeakMap<object, readonly string[]>();

/** Records that `object`'s keys are to be read and written in `keys`' order. */
export function setKeyOrder<T extends object>(object: T, keys: readonly string[]): T {
  ORDER.set(object, keys);
  return object;
}

/**
 * The keys of `object` in their recorded order (the file's, or the writer's), followed by any
 * key added since; keys removed since are left out.
 */
export function orderedKeys(object: object): string[] {
  const own = Object.keys(object);
  const recorded = ORDER.get(object);
  if (!recorded) return own;
  // The common case, an object written by the serialiser and not changed since: no sets needed.
  if (recorded.length === own.length && recorded.every((key) => Object.hasOwn(object, key))) return [...recorded];
  const present = new Set(own);
  const kept = recorded.filter((key) => present.has(key));
  const listed = new Set(kept);
  return [...kept, ...own.filter((key) => !listed.has(key))];
}

/**
 * Whether JavaScript may move a key to the front of an object ("0", "10"). Every all-digit key
 * counts: recording an order that the object keeps anyway costs nothing.
 */
export function isIntegerLikeKey(key: string): boolean {
  return /^\d+$/.test(key);
}

/**
 * `{ ...object, ...changes }` with `object`'s recorded key order carried over (a new key goes
 * last, a key changed to undefined is left out), so that an edit of one field does not move
 * the integer-like keys of the others.
 */
export function withFields<T extends object>(object: T, changes: { [K in keyof T]?: T[K] | undefined }): T {
  const keys = orderedKeys(object).filter(
    (key) => !Object.hasOwn(changes, key) || changes[key as keyof T] !== undefined,
  );
  for (const key of Object.keys(changes)) {
    if (!keys.includes(key) && changes[key as keyof T] !== undefined) keys.push(key);
  }
  const value = (key: string) => (Object.hasOwn(changes, key) ? changes[key as keyof T] : object[key as keyof T]);
  const next = Object.fromEntries(keys.map((key) => [key, value(key)])) as T;
  return keys.some(isIntegerLikeKey) ? setKeyOrder(next, keys) : next;
}
