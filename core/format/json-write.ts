/**
 * Writing JSON as the loader read it: numbers kept as text (LosslessNumber) are written as that
 * text, and objects list their keys in their recorded order (key-order.ts) rather than in
 * JavaScript's, which would move "2" before "10". The output is what JSON.stringify writes for
 * the same value in every other respect (escapes, `indent` spaces, `undefined` members left out).
 */
import { isLosslessNumber } from 'lossless-json';
import { orderedKeys } from './key-order';

/** `value` as JSON text, indented by `indent` spaces per level (0: one line, no spaces). */
export function writeJson(value: unknown, indent = 0): string {
  return write(value, indent > 0 ? ' '.repeat(indent) : '', '') ?? 'null';
}

function write(value: unknown, step: string, margin: string): string | undefined {
  if (isLosslessNumber(value)) return value.value;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = margin + step;
  const open = step ? `\n${inner}` : '';
  const close = step ? `\n${margin}` : '';
  const comma = step ? `,\n${inner}` : ',';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => write(item, step, inner) ?? 'null');
    return `[${open}${items.join(comma)}${close}]`;
  }
  const colon = step ? ': ' : ':';
  const members: string[] = [];
  for (const key of orderedKeys(value)) {
    const text = write((value as Record<string, unknown>)[key], step, inner);
    if (text !== undefined) members.push(`${JSON.stringify(key)}${colon}${text}`);
  }
  return members.length === 0 ? '{}' : `{${open}${members.join(comma)}${close}}`;
}
