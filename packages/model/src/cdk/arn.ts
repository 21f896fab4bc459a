/**
 * The part of aws-cdk-lib's `Arn.split` (core/lib/arn.ts) that `kms.Key.fromKeyArn` relies on:
 * the shape checks (with CDK's codes and messages) and the resource name of a
 * `SLASH_RESOURCE_NAME` ARN.
 */

export interface ArnParts {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
  resourceName: string | undefined;
}

export type ArnSplit = { ok: true; parts: ArnParts } | { ok: false; code: string; message: string };

export function splitSlashResourceArn(arn: string): ArnSplit {
  if (!arn.startsWith('arn:')) {
    return { ok: false, code: 'ArnsMustStartWithArn', message: `ARNs must start with "arn:" and have at least 6 components: ${arn}` };
  }
  const c = arn.split(':');
  if (!c[1]) return { ok: false, code: 'ArnPartitionRequired', message: 'The `partition` component (2nd component) of an ARN is required: ' + arn };
  if (!c[2]) return { ok: false, code: 'ArnServiceRequired', message: 'The `service` component (3rd component) of an ARN is required: ' + arn };
  if (!c[5]) return { ok: false, code: 'ArnResourceRequired', message: 'The `resource` component (6th component) of an ARN is required: ' + arn };
  const [, partition, service, region = '', account = '', typeOrName, ...rest] = c as [string, string, string, string, string, string, ...string[]];
  let start = 0;
  let slash = typeOrName.indexOf('/');
  if (slash === 0) {
    slash = typeOrName.indexOf('/', 1);
    start = 1;
  }
  let resource: string;
  let resourceName: string | undefined;
  if (slash !== -1) {
    resource = typeOrName.substring(start, slash);
    resourceName = typeOrName.substring(slash + 1);
  } else {
    resource = typeOrName;
  }
  if (rest.length > 0) resourceName = (resourceName ? resourceName + ':' : '') + rest.join(':');
  return { ok: true, parts: { partition, service, region, account, resource, resourceName } };
}
