/**
 * The ready CDK app of a design as a zip (fflate is loaded on first use): the project of the target
 * shown when it has one, otherwise the TypeScript app (the model's projectDownload decides).
 */
import { type Design, projectDownload } from '@ecr-designer/model';

export function cdkAppZipName(design: Design, targetId = 'cdk-ts'): string {
  return projectDownload(design, targetId).fileName;
}

export async function cdkAppZip(design: Design, targetId = 'cdk-ts'): Promise<Uint8Array<ArrayBuffer>> {
  const { strToU8, zipSync } = await import('fflate');
  const files = projectDownload(design, targetId).files();
  const entries = Object.fromEntries(Object.entries(files).map(([path, content]) => [path, strToU8(content)]));
  return zipSync(entries, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') }) as Uint8Array<ArrayBuffer>;
}
