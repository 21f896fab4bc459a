import { createHash } from 'node:crypto';
import * as fc from 'fast-check';
import { expect, test } from 'vitest';
import { md5 } from './md5.ts';

const nodeMd5 = (s: string): string => createHash('md5').update(s, 'utf8').digest('hex');

test('RFC 1321 test suite', () => {
  expect(md5('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
  expect(md5('a')).toBe('0cc175b9c0f1b6a831c399e269772661');
  expect(md5('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
  expect(md5('message digest')).toBe('f96b697d7cb7938d525a2f31aaf161d0');
  expect(md5('abcdefghijklmnopqrstuvwxyz')).toBe('c3fcd3d76192e4007dfb496cca67e13b');
  expect(md5('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')).toBe('d174ab98d277d9f5a5611c2c9f419d9f');
  expect(md5('1234567890'.repeat(8))).toBe('57edf4a22be3c955ac49da2e2107b67a');
});

test('lengths around the 64-byte block and padding boundaries', () => {
  for (let n = 0; n <= 200; n++) expect(md5('x'.repeat(n))).toBe(nodeMd5('x'.repeat(n)));
  expect(md5('é'.repeat(100_000))).toBe(nodeMd5('é'.repeat(100_000)));
});

test('non-ASCII, astral and unpaired surrogates hash their UTF-8 bytes (U+FFFD for a lone surrogate)', () => {
  for (const s of ['é', '日本語', '😀', 'a\u{10FFFF}b', '\ud800', '\udc00', 'x\ud800y', '\udc00\ud800', '\u0000', '\uFEFF']) {
    expect(md5(s)).toBe(nodeMd5(s));
  }
});

test('equals node:crypto for random strings (5,000 runs)', () => {
  const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 150 });
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 150 }), fc.string({ unit: 'binary', maxLength: 150 }), anyUtf16), (s) => {
      expect(md5(s)).toBe(nodeMd5(s));
    }),
    { numRuns: 5_000 },
  );
});
