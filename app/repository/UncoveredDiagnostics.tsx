import Box from '@mui/material/Box';
import { type Repository, repository as repositorySchema } from '@ecr-designer/model';
import { AnchorAlert } from '../fields/AnchorAlert.tsx';
import { repositoryPath } from './useRepository.ts';

/** The repository properties this form has controls for; diagnostics of any other show at the top. */
const COVERED: ReadonlySet<keyof Repository> = new Set<keyof Repository>([
  'id',
  'repositoryName',
  'imageScanOnPush',
  'imageTagMutability',
  'imageTagMutabilityExclusionFilters',
  'encryption',
  'encryptionKeyArn',
  'encryptionKey',
  'removalPolicy',
  'emptyOnDelete',
  'lifecycleRegistryId',
  'lifecycleRules',
  'tags',
  'grants',
  'resourcePolicyStatements',
  'eventRules',
]);

/**
 * Diagnostics of repository properties the form has no section for (properties added to the design
 * format by later features): shown at the top of the form so that none goes unseen.
 */
export function UncoveredDiagnostics({ index }: { index: number }) {
  const base = repositoryPath(index);
  const keys = repositorySchema.keys.filter((key) => !COVERED.has(key));
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, '&:empty': { display: 'none' } }}>
      {keys.map((key) => (
        <AnchorAlert key={key} path={`${base}.${key}`} withPaths />
      ))}
    </Box>
  );
}
