import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodeWriter, tsNumber, tsString } from './code-writer.ts';

describe('tsString', () => {
  it('evaluates back to the exact string, for any string (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const literal = tsString(s);
        expect(new Function(`return ${literal};`)()).toBe(s);
        expect(literal).not.toMatch(/[\n\r\u2028\u2029]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps printable non-ASCII literal and escapes quotes', () => {
    expect(tsString("it's ü 🚀")).toBe("'it\\'s ü 🚀'");
  });
});

describe('tsNumber', () => {
  it('round-trips doubles', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
      expect(Object.is(new Function(`return ${tsNumber(n)};`)(), n)).toBe(true);
    }));
  });
});

describe('CodeWriter', () => {
  it('indents blocks, collapses blank lines and ends with one newline', () => {
    const w = new CodeWriter();
    w.block('a {', () => w.line('b;').blank().blank().line('c;'), '}').blank();
    expect(w.toString()).toBe('a {\n  b;\n\n  c;\n}\n');
  });
});
