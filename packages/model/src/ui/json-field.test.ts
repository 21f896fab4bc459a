import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonObjectText, parseJsonObjectText } from './json-field.ts';

describe('parseJsonObjectText', () => {
  it('reads objects, empty text as unset, and says where a text is not JSON', () => {
    expect(parseJsonObjectText('  ')).toEqual({ kind: 'unset' });
    expect(parseJsonObjectText('{"detail": {"x": ["a"]}}')).toEqual({ kind: 'object', value: { detail: { x: ['a'] } } });
    const broken = parseJsonObjectText('{\n  "a": [1,]\n}');
    expect(broken.kind).toBe('error');
    expect(broken.kind === 'error' && broken.message).toMatch(/^Not JSON: line 2, column \d+: /);
    expect(parseJsonObjectText('[1]')).toEqual({ kind: 'error', message: 'Must be a JSON object ({ ... }).' });
  });

  it('round-trips any JSON object through its text', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const parsed = parseJsonObjectText(jsonObjectText(value as { [key: string]: never }));
        expect(parsed).toEqual({ kind: 'object', value: JSON.parse(JSON.stringify(value)) });
      }),
    );
  });
});
