import { describe, expect, it } from 'vitest';
import { parseDescribeImages, parseDescribeImagesText, parseTimestamp } from './describe-images.ts';

describe('describe-images input', () => {
  it('reads the CLI v2 output (ISO timestamps with offsets) with every field the simulator uses', () => {
    const text = JSON.stringify({
      imageDetails: [
        {
          registryId: '123456789012',
          repositoryName: 'team/app',
          imageDigest: 'sha256:aa',
          imageTags: ['v1', 'latest'],
          imageSizeInBytes: 123456,
          imagePushedAt: '2025-12-20T10:00:00+01:00',
          imageScanStatus: { status: 'COMPLETE', description: 'The scan was completed successfully.' },
          imageManifestMediaType: 'application/vnd.oci.image.index.v1+json',
          lastRecordedPullTime: '2025-12-30T08:00:00.250000+01:00',
          imageStatus: 'ARCHIVED',
          lastArchivedAt: '2025-12-31T00:00:00Z',
          lastActivatedAt: '2025-12-25T00:00:00Z',
        },
        { imageDigest: 'sha256:bb', imagePushedAt: '2025-12-21T00:00:00Z', subjectManifestDigest: 'sha256:aa', imageStatus: 'ACTIVATING' },
      ],
      nextToken: 'x',
    });
    const { images, diagnostics } = parseDescribeImagesText(text);
    expect(diagnostics).toEqual([]);
    expect(images).toEqual([
      {
        digest: 'sha256:aa',
        tags: ['v1', 'latest'],
        pushedAt: Date.UTC(2025, 11, 20, 9),
        sizeBytes: 123456,
        storage: 'ARCHIVE',
        lastPulledAt: Date.UTC(2025, 11, 30, 7, 0, 0, 250),
        lastArchivedAt: Date.UTC(2025, 11, 31),
        lastActivatedAt: Date.UTC(2025, 11, 25),
        manifestList: true,
      },
      { digest: 'sha256:bb', tags: [], pushedAt: Date.UTC(2025, 11, 21), sizeBytes: 0, storage: 'ACTIVATING', subjectDigest: 'sha256:aa' },
    ]);
  });

  it('reads epoch seconds (CLI v1, raw API) and epoch milliseconds, and a bare array', () => {
    expect(parseTimestamp(1733000000.5)).toBe(1733000000500);
    expect(parseTimestamp(1733000000500)).toBe(1733000000500);
    const { images } = parseDescribeImages([{ imageDigest: 'sha256:1', imagePushedAt: 1700000000, storageClass: 'ARCHIVE' }]);
    expect(images[0]).toMatchObject({ pushedAt: 1700000000000, storage: 'ARCHIVE' });
  });

  it('names every problem at its field and keeps the good images', () => {
    const { images, diagnostics } = parseDescribeImages({
      imageDetails: [
        { imageDigest: 'sha256:ok', imagePushedAt: '2025-01-01T00:00:00Z', imageTags: ['a'] },
        { imagePushedAt: 'yesterday', imageTags: 'a', imageStatus: 'GONE' },
        'x',
        { imageDigest: 'sha256:ok', imagePushedAt: '2025-01-02T00:00:00Z' },
        { imageDigest: 'sha256:two', imagePushedAt: '2025-01-02T00:00:00Z', imageTags: ['a'], imageSizeInBytes: -1 },
        { imageDigest: 'sha256:three', imagePushedAt: '2025-01-02T00:00:00Z', imageTags: ['a'] },
      ],
    });
    expect(diagnostics.map((d) => `${d.path}: ${d.code} (${d.severity})`)).toEqual([
      'imageDetails[1].imageDigest: MissingField (error)',
      'imageDetails[1].imagePushedAt: InvalidTimestamp (error)',
      'imageDetails[1].imageTags: InvalidTags (error)',
      'imageDetails[1].imageStatus: InvalidImageStatus (error)',
      'imageDetails[2]: NotAnImageDetail (error)',
      'imageDetails[3].imageDigest: DuplicateDigest (error)',
      'imageDetails[4].imageSizeInBytes: InvalidSize (error)',
      'imageDetails[5].imageTags: DuplicateTag (warning)',
    ]);
    expect(images.map((i) => i.digest)).toEqual(['sha256:ok', 'sha256:three']);
  });

  it('says what it expected for other documents and for broken JSON', () => {
    expect(parseDescribeImages({ images: [] }).diagnostics[0]?.code).toBe('NotDescribeImagesOutput');
    expect(parseDescribeImagesText('{"imageDetails": [\n  {"a": 1,}\n]}').diagnostics[0]?.message).toMatch(/^Not valid JSON at line 2, column/);
    expect(parseTimestamp('2025-01-01')).toMatch(/Expected an ISO 8601 timestamp/);
    expect(parseTimestamp(null)).toMatch(/got null/);
  });
});
