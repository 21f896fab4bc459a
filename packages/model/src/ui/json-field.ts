/**
 * A JSON object edited as text (an event pattern, policy conditions): the text parses to an object,
 * is empty (the property is not set), or has a message saying where and why it is not one.
 */
import type { JsonValue } from '../design.ts';
import { locateJsonError } from '../json-error.ts';

export type JsonObjectText = { kind: 'unset' } | { kind: 'object'; value: { [key: string]: JsonValue } } | { kind: 'error'; message: string };

export function parseJsonObjectText(text: string): JsonObjectText {
  if (text.trim() === '') return { kind: 'unset' };
  const located = locateJsonError(text);
  if (located) return { kind: 'error', message: `Not JSON: line ${located.line}, column ${located.column}: ${located.message}.` };
  const value = JSON.parse(text) as JsonValue;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { kind: 'error', message: 'Must be a JSON object ({ ... }).' };
  return { kind: 'object', value };
}

/** The text the field shows for a value (two-space indented; empty when not set). */
export function jsonObjectText(value: JsonValue | undefined): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}
