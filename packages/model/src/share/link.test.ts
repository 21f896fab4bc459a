import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DESIGN_BYTES, type Design, emptyDesign } from '../index.ts';
import { designArb } from '../../test/arbitraries.ts';
import { corpus } from '../../test/corpus.ts';
import { decodeBase64Url, encodeBase64Url } from './base64url.ts';
import { MAX_SHARE_FRAGMENT_LENGTH, decodeShareFragment, encodeShareFragment, isShareFragment } from './link.ts';

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A hand-made link around arbitrary bytes (to plant exactly the damage a test needs). */
async function linkTo(payload: string | Uint8Array, version = 1): Promise<string> {
  const bytes = typeof payload === 'string' ? new TextEncoder().encode(payload) : payload;
  return `design/${version}/${encodeBase64Url(await deflate(bytes))}`;
}

async function code(fragment: string): Promise<string> {
  const r = await decodeShareFragment(fragment);
  return r.ok ? 'ok' : r.code;
}

describe('base64url', () => {
  it('round-trips any bytes, with the URL alphabet and no padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = encodeBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        const back = decodeBase64Url(text);
        expect(back.ok && [...back.bytes]).toEqual([...bytes]);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with the platform encoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const reference = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
        expect(encodeBase64Url(bytes)).toBe(reference);
      }),
    );
  });

  it('refuses characters outside the alphabet, impossible lengths and stray bits', () => {
    expect(decodeBase64Url('ab+c').ok).toBe(false);
    expect(decodeBase64Url('ab=').ok).toBe(false);
    expect(decodeBase64Url('abcde').ok).toBe(false);
    expect(decodeBase64Url('AB').ok).toBe(false); // 'B' leaves non-zero bits after one byte
    expect(decodeBase64Url('AA').ok).toBe(true);
  });
});

describe('share links', () => {
  it('round-trip any design, valid or not', async () => {
    await fc.assert(
      fc.asyncProperty(designArb, async (design) => {
        const fragment = await encodeShareFragment(design);
        expect(fragment).toMatch(/^design\/1\/[A-Za-z0-9_-]+$/);
        const back = await decodeShareFragment(`#${fragment}`);
        expect(back.ok && back.design).toEqual(design);
      }),
      { numRuns: 200 },
    );
  });

  it('return the design with its diagnostics, errors included (work in progress can be shared)', async () => {
    const design: Design = { version: 1, stackName: 'S', repositories: [{ id: 'R', repositoryName: 'A' }] };
    const back = await decodeShareFragment(await encodeShareFragment(design));
    expect(back.ok && back.diagnostics.map((d) => d.code)).toContain('InvalidRepositoryName');
  });

  it('are compact: never much longer than the design JSON, and shorter once it has some size', async () => {
    for (const c of corpus) {
      const fragment = await encodeShareFragment(c.design);
      const json = JSON.stringify(c.design).length;
      expect(fragment.length, c.name).toBeLessThan(json > 400 ? json : json + 80);
    }
  });

  it('recognise their own fragments', async () => {
    expect(isShareFragment(`#${await encodeShareFragment(emptyDesign())}`)).toBe(true);
    expect(isShareFragment('#/settings')).toBe(false);
  });
});

describe('truncated, tampered and hostile links', () => {
  const good = encodeShareFragment(corpus[10]?.design as Design);

  it('say clearly what is wrong, for each way a link breaks', async () => {
    const fragment = await good;
    const payload = fragment.slice('design/1/'.length);
    const cases: [string, string][] = [
      ['', 'ShareLinkEmpty'],
      ['#', 'ShareLinkEmpty'],
      ['design/1/', 'ShareLinkEmpty'],
      ['state=abc', 'ShareLinkBadPrefix'],
      [`other/1/${payload}`, 'ShareLinkBadPrefix'],
      [`design/one/${payload}`, 'ShareLinkBadPrefix'],
      [`design/0/${payload}`, 'ShareLinkBadPrefix'],
      [`design/2/${payload}`, 'ShareLinkFutureVersion'],
      [`design/1/${payload.slice(0, 17)}`, 'ShareLinkBadBase64'],
      [`design/1/${payload.slice(0, 16)}`, 'ShareLinkBadCompression'],
      [`design/1/${payload}%20`, 'ShareLinkBadBase64'],
      [`design/1/${payload.slice(0, 20)}${payload[20] === 'x' ? 'y' : 'x'}${payload.slice(21)}`, 'ShareLinkBadCompression'],
      [`design/1/${'A'.repeat(40)}`, 'ShareLinkBadCompression'],
      [`design/1/${'x'.repeat(MAX_SHARE_FRAGMENT_LENGTH)}`, 'ShareLinkTooLong'],
    ];
    for (const [fragmentText, expected] of cases) expect(await code(fragmentText), fragmentText.slice(0, 60)).toBe(expected);
    // A different last character is either impossible base64 or a checksum failure, by length.
    const lastChanged = `design/1/${payload.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))}`;
    expect(['ShareLinkBadBase64', 'ShareLinkBadCompression']).toContain(await code(lastChanged));
  });

  it('name the failure in words a user can act on', async () => {
    const r = await decodeShareFragment(`design/2/${(await good).slice(9)}`);
    expect(r.ok ? '' : r.message).toBe('This link was made by a newer ECR Designer (link format 2; this one reads 1). Update ECR Designer to open it.');
    const cut = await decodeShareFragment((await good).slice(0, 30));
    expect(cut.ok ? '' : cut.message).toMatch(/^The link is damaged or (cut short|incomplete)/);
  });

  it('refuse what decompresses to something other than a design', async () => {
    expect(await code(await linkTo(new Uint8Array([0xff, 0xfe, 0x00])))).toBe('ShareLinkNotText');
    expect(await code(await linkTo('{"version": 1,'))).toBe('ShareLinkNotJson');
    expect(await code(await linkTo('[1, 2]'))).toBe('ShareLinkInvalidDesign');
    expect(await code(await linkTo('{"version": 1, "stackName": 7, "repositories": []}'))).toBe('ShareLinkInvalidDesign');
    expect(await code(await linkTo('{"version": 3, "stackName": "S", "repositories": []}'))).toBe('ShareLinkFutureDesignVersion');
    expect(await code(await linkTo('['.repeat(1000)))).toBe('ShareLinkInvalidDesign');
  });

  it('stop a zip bomb at the design size limit, without inflating it all', async () => {
    // 64 MiB of spaces deflate to about 64 KiB; decoding must stop at MAX_DESIGN_BYTES.
    const bomb = await linkTo(new Uint8Array(64 * 1024 * 1024).fill(0x20));
    expect(bomb.length).toBeLessThan(200_000);
    const r = await decodeShareFragment(bomb);
    expect(r.ok ? '' : r.code).toBe('ShareLinkTooLarge');
    expect(r.ok ? '' : r.message).toContain(String(MAX_DESIGN_BYTES));
  });

  it('keep __proto__ and constructor keys as data (no prototype pollution)', async () => {
    const text = '{"version":1,"stackName":"S","repositories":[{"id":"R","tags":{"__proto__":"x","constructor":"y"}}],"__proto__":{"polluted":true}}';
    const r = await decodeShareFragment(await linkTo(text));
    expect(r.ok ? '' : r.code).toBe('ShareLinkInvalidDesign');
    expect(r.ok ? [] : r.diagnostics?.map((d) => d.path)).toEqual(['__proto__']);
    const tagsOnly = await decodeShareFragment(await linkTo(text.replace(',"__proto__":{"polluted":true}', '')));
    expect(tagsOnly.ok && Object.keys(tagsOnly.design.repositories[0]?.tags ?? {})).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(Object.getOwnPropertyNames(Object.getPrototypeOf({})).sort());
  });

  it('never throw, whatever the fragment', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.string().map((s) => `design/1/${s}`), fc.stringMatching(/^design\/1\/[A-Za-z0-9_-]{0,60}$/)), async (fragment) => {
        const r = await decodeShareFragment(fragment);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
