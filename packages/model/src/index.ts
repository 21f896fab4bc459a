/**
 * @ecr-designer/model: the pure heart of ECR Designer. No DOM, no React, no Node built-ins.
 */
export * from './design.ts';
export * from './diagnostics.ts';
export { checkDesign, validateDesign, type CheckResult } from './validate/index.ts';
export { parseDesignText, checkDesignValue, MAX_DESIGN_BYTES } from './parse.ts';
export { orderLifecycleRules, evaluationOrder, effectiveTagStatus, type OrderedRule, type LifecycleOrder } from './lifecycle/order.ts';
export { renderPolicyDocument, renderLifecyclePolicyText, type PolicyDocument } from './lifecycle/policy.ts';
export { renderTemplate, type CfnTemplate } from './cfn/template.ts';
export { renderCdkStack, renderCdkApp, renderCdkTsProject, type CdkTsApp } from './targets/cdk-ts.ts';
export { targets, getTarget, RenderError, type Target, type TargetId, type RenderOptions } from './targets/index.ts';
export { stackClassName, stackFileBase, appFileBase } from './cdk/names.ts';
export { makeLogicalId } from './cdk/logical-id.ts';
export * from './edit.ts';
export * from './presets.ts';
export * from './ui/anchors.ts';
export * from './ui/lifecycle-rows.ts';
export * from './ui/field-docs.ts';
export * from './ui/encryption.ts';
export * from './ui/rule-criteria.ts';
export * from './ui/preview-groups.ts';
export * from './ui/access-docs.ts';
export * from './access/edit.ts';
export * from './ui/json-field.ts';
export { renderCdkProjectFiles } from './targets/cdk-project.ts';
export { projectDownload, type ProjectDownload } from './targets/projects.ts';
export * from './simulate/index.ts';
export { migrateDesign, designMigrations, createMigrator, type DesignMigration, type MigrationOutcome } from './migrate.ts';
export {
  importText,
  importValue,
  detectImportKind,
  importDesignValue,
  addImportedDesign,
  IMPORT_KINDS,
  type ImportKind,
  type ImportOptions,
  type ImportResult,
} from './import/index.ts';
export type { ImportProblem, ImportSeverity } from './import/problems.ts';
export { importCloudFormationTemplate, type TemplateImportOptions } from './import/cloudformation.ts';
export { importDescribeRepositories, importLifecyclePolicy, importGetLifecyclePolicy } from './import/aws-cli.ts';
export { parseImportText, MAX_IMPORT_JSON_BYTES, MAX_IMPORT_YAML_BYTES, type ParsedText, type DataFormat } from './import/text.ts';
export {
  encodeShareFragment,
  decodeShareFragment,
  isShareFragment,
  SHARE_LINK_VERSION,
  MAX_SHARE_FRAGMENT_LENGTH,
  type ShareLinkDecoded,
  type ShareLinkErrorCode,
} from './share/link.ts';
export { designFileName, designFileText, sameDesign, replacingLosesWork, shareLinkNote, SHARE_LINK_COMFORTABLE_LENGTH } from './share/transfer.ts';
export {
  summarizeImport,
  formatImportProblem,
  IMPORT_APPLY_MODES,
  importFileSizeProblem,
  importPasteSizeProblem,
  type ImportSummary,
  type ImportProblemGroup,
  type ImportedRepositorySummary,
} from './import/summary.ts';
export { ecrActions, findEcrAction, matchesEcrAction, completeEcrAction, GRANT_ACTIONS, type EcrAction, type EcrActionAccess } from './access/ecr-actions.ts';
