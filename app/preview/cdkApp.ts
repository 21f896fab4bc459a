/** The ready CDK app of a design as a zip (fflate is loaded on first use). */
import { type Design, renderCdkProjectFiles, stackFileBase } from '@ecr-designer/model';

export function cdkAppZipName(design: Design): string {
  return `${stackFileBase(design.stackName) || 'ecr-stack'}-cdk-app.zip`;
}

export async function cdkAppZip(design: Design): Promise<Uint8Array<ArrayBuffer>> {
  const { strToU8, zipSync } = await import('fflate');
  const files = renderCdkProjectFiles(design);
  const entries = Object.fromEntries(Object.entries(files).map(([path, content]) => [path, strToU8(content)]));
  return zipSync(entries, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') }) as Uint8Array<ArrayBuffer>;
}
