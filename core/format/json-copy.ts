/**
 * Copying a value the loader read, without changing what it would save as. structuredClone turns
 * a number kept as its text (a LosslessNumber) into a plain object `{ value: "…" }`, JSON turns
 * it into a double (9007199254740993 becomes …992), and both drop the recorded order of
 * integer-like keys ("10" before "2"); this copy keeps all three as the file had them.
 */
import { isLosslessNumber, LosslessNumber } from 'lossless-json';
import { isIntegerLikeKey, orderedKeys, setKeyOrder } from './key-order';

/** A deep copy of `value` that `writeJson` writes exactly as it writes `value`. */
export function copyJson<T>(value: T): T {
  if (isLosslessNumber(value)) return new LosslessNumber(value.value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item: unknown) => copyJson(item)) as T;
  const keys = orderedKeys(value);
  // Object.fromEntries defines own properties, so "__proto__" stays a plain field.
  const copy = Object.fromEntries(keys.map((key) => [key, copyJson((value as Record<string, unknown>)[key])]));
  if (keys.some(isIntegerLikeKey)) setKeyOrder(copy, keys);
  return copy as T;
}

/**
 * Whether a structured clone of `value` (what a worker receives) is written exactly as `value`
 * is: true when nothing in it is a LosslessNumber or has an integer-like key, the two things a
 * clone loses (see above). Callers that send a diagram to a worker for writing check this first.
 */
export function survivesStructuredClone(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (isLosslessNumber(value)) return false;
  if (Array.isArray(value)) return value.every(survivesStructuredClone);
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (isIntegerLikeKey(key) || !survivesStructuredClone((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}
