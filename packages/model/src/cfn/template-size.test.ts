import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDesign, getTarget, renderTemplate, type Design } from '../index.ts';
import { corpus } from '../../test/corpus.ts';
import { jsonTextBytes, jsonTextLength } from './template-size.ts';

const utf8 = (text: string) => new TextEncoder().encode(text).length;

// Strings with every kind of character JSON.stringify treats specially: escapes, controls,
// non-ASCII of 2 and 3 UTF-8 bytes, astral characters (pairs) and lone surrogates (escaped).
const text = fc.string({ unit: fc.oneof(fc.constantFrom('a', '"', '\\', '\n', '\u0001', 'é', '€', '😀', '\ud800', '\udc00', ' '), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) });
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(text, fc.oneof(tie('value'), fc.constant(undefined)), { maxKeys: 4 }),
  ),
})).value;

describe('template size without writing the template', () => {
  it('equals the length and UTF-8 bytes of JSON.stringify at indentation 1 and 2, for any JSON value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(json), fc.dictionary(text, json)), (value) => {
        for (const width of [1, 2]) {
          const written = JSON.stringify(value, undefined, width);
          expect(jsonTextLength(value, width)).toBe(written.length);
          expect(jsonTextBytes(value, width)).toBe(utf8(written));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('equals them for every golden design, measured twice (the second time from the kept measures)', () => {
    for (const { design } of corpus) {
      const template = renderTemplate(design);
      for (let round = 0; round < 2; round++) {
        for (const width of [1, 2]) {
          const written = JSON.stringify(template, undefined, width);
          expect(jsonTextLength(template, width)).toBe(written.length);
          expect(jsonTextBytes(template, width)).toBe(utf8(written));
        }
      }
    }
  });
});

/** One repository whose only rule's description is `n` letters (one letter, one byte of template.json). */
const letters = (n: number): Design => ({
  version: 1,
  stackName: 'EcrStack',
  repositories: [{ id: 'Repo', lifecycleRules: [{ description: 'f'.repeat(n), maxImageAgeDays: 1 }] }],
});
const templateJson = (d: Design) => (getTarget('cfn-json') as NonNullable<ReturnType<typeof getTarget>>).render(d);

describe("CloudFormation's limit on a template body in a request", () => {
  const design = letters;
  const base = utf8(templateJson(design(0)));

  it('warns exactly when template.json is over 51,200 bytes, with its size', () => {
    for (const bytes of [51_200, 51_201, 60_000]) {
      const d = design(bytes - base);
      expect(utf8(templateJson(d))).toBe(bytes);
      const found = checkDesign(d).diagnostics.filter((x) => x.code === 'TemplateBodyTooLargeForRequest');
      if (bytes <= 51_200) expect(found).toEqual([]);
      else {
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ path: '', severity: 'warning', source: 'cloudformation' });
        expect(found[0]?.message).toContain(`template.json is ${bytes} bytes, over the 51200 bytes`);
      }
    }
  });
});
