import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonError } from './json-error.ts';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('locateJsonError', () => {
  it('finds nothing in valid JSON', () => {
    fc.assert(fc.property(fc.json(), (text) => {
      expect(locateJsonError(text)).toBeUndefined();
    }), { numRuns: 2000 });
  });

  it('finds an error exactly when JSON.parse fails', () => {
    const mutated = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', '}', ']', ',', ':', '"', '\\', 'x', '\n', '{', '1')).map(
      ([t, n, ins]) => t.slice(0, n % (t.length + 1)) + ins + t.slice((n % (t.length + 1)) + (n % 2)),
    );
    fc.assert(fc.property(mutated, (text) => {
      expect(locateJsonError(text) === undefined).toBe(parses(text));
    }), { numRuns: 5000 });
  });

  it('points at the offending character', () => {
    expect(locateJsonError('{"a": 1,\n  "b": }')).toEqual({ line: 2, column: 8, message: "expected a value, found '}'" });
    expect(locateJsonError('{"a": 1')).toMatchObject({ line: 1, column: 8, message: "expected ',' or '}', found the end of the text" });
    expect(locateJsonError('[1] x')?.message).toBe("unexpected 'x' after the end of the document");
  });
});
