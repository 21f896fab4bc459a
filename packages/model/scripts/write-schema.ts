// Writes schema/design.schema.json from the design definitions (src/design.ts).
// Run: pnpm --filter @ecr-designer/model run schema
import { writeFileSync } from 'node:fs';
import { designJsonSchema } from '../src/design.ts';

writeFileSync(new URL('../schema/design.schema.json', import.meta.url), JSON.stringify(designJsonSchema(), undefined, 2) + '\n');
