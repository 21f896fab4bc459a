import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designArb } from '../../test/arbitraries.ts';
import type { Design } from '../design.ts';
import { addRepository, emptyDesign } from '../edit.ts';
import { importText } from '../import/index.ts';
import { parseDesignText } from '../parse.ts';
import { SHARE_LINK_COMFORTABLE_LENGTH, designFileName, designFileText, replacingLosesWork, shareLinkNote } from './transfer.ts';

const named = (stackName: string) => designFileName({ ...emptyDesign(), stackName });

describe('design files', () => {
  it('read back as the same design, through the design reader and through import', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const text = designFileText(design);
        expect(text.endsWith('\n')).toBe(true);
        const imported = importText(text);
        expect(imported.kind).toBe('design');
        const parsed = parseDesignText(text);
        if (parsed.design) expect(parsed.design).toEqual(design);
        if (imported.design) expect(imported.design).toEqual(design);
      }),
      { numRuns: 200 },
    );
  });

  it('are named after the stack, with nothing a file system could choke on', () => {
    expect(named('EcrStack')).toBe('EcrStack.design.json');
    expect(named('../a/b c')).toBe('a-b-c.design.json');
    expect(named('')).toBe('design.design.json');
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(named(s)).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]*\.design\.json$/);
      }),
    );
  });
});

describe('replacingLosesWork', () => {
  const work: Design = addRepository(emptyDesign());
  it('asks when the current design holds work that differs from the incoming one', () => {
    expect(replacingLosesWork(work, emptyDesign())).toBe(true);
    expect(replacingLosesWork({ ...emptyDesign(), stackName: 'Mine' }, work)).toBe(true);
  });
  it('does not ask over the empty starting design, or when both are the same', () => {
    expect(replacingLosesWork(emptyDesign(), work)).toBe(false);
    expect(replacingLosesWork(work, structuredClone(work))).toBe(false);
  });
});

describe('shareLinkNote', () => {
  it('gives the length, and cautions about long links', () => {
    expect(shareLinkNote(1234)).toContain('1,234 characters');
    expect(shareLinkNote(1234)).not.toContain('cut');
    expect(shareLinkNote(SHARE_LINK_COMFORTABLE_LENGTH + 1)).toContain('cut');
  });
});
