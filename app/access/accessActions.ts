/** Store actions of the access and events editors: each applies one pure edit function of the model. */
import * as model from '@ecr-designer/model';
import type { AuthorizationTokenGrant, EventRule, EventRuleMethod, EventTargetType, Grant, ImportType, ImportedResource, Patch, PolicyStatement, Principal, PrincipalType, Topic } from '@ecr-designer/model';
import { applyEdit } from '../store/actions.ts';

// Stack: principals, topics, imports, authorization token grants
export const addPrincipal = (type: PrincipalType) => applyEdit((d) => model.addPrincipal(d, type));
export const replacePrincipal = (index: number, p: Principal, key?: string) => applyEdit((d) => model.replacePrincipal(d, index, p), key);
export const renamePrincipal = (index: number, id: string, key?: string) => applyEdit((d) => model.renamePrincipal(d, index, id), key);
export const changePrincipalType = (index: number, type: PrincipalType) => applyEdit((d) => model.changePrincipalType(d, index, type));
export const removePrincipal = (index: number) => applyEdit((d) => model.removePrincipal(d, index));
export const addTopic = () => applyEdit((d) => model.addTopic(d));
export const updateTopic = (index: number, patch: Patch<Omit<Topic, 'id'>>, key?: string) => applyEdit((d) => model.updateTopic(d, index, patch), key);
export const renameTopic = (index: number, id: string, key?: string) => applyEdit((d) => model.renameTopic(d, index, id), key);
export const removeTopic = (index: number) => applyEdit((d) => model.removeTopic(d, index));
export const addImport = (type: ImportType) => applyEdit((d) => model.addImport(d, type));
export const replaceImport = (index: number, imported: ImportedResource, key?: string) => applyEdit((d) => model.replaceImport(d, index, imported), key);
export const renameImport = (index: number, id: string, key?: string) => applyEdit((d) => model.renameImport(d, index, id), key);
export const removeImport = (index: number) => applyEdit((d) => model.removeImport(d, index));
export const addTokenGrant = () => applyEdit((d) => model.addAuthorizationTokenGrant(d));
export const updateTokenGrant = (index: number, patch: Patch<AuthorizationTokenGrant>) => applyEdit((d) => model.updateAuthorizationTokenGrant(d, index, patch));
export const removeTokenGrant = (index: number) => applyEdit((d) => model.removeAuthorizationTokenGrant(d, index));

// Repository: grants, statements, rules
export const addGrant = (repo: number) => applyEdit((d) => model.addGrant(d, repo));
export const updateGrant = (repo: number, index: number, patch: Patch<Grant>) => applyEdit((d) => model.updateGrant(d, repo, index, patch));
export const removeGrant = (repo: number, index: number) => applyEdit((d) => model.removeGrant(d, repo, index));
export const addStatement = (repo: number) => applyEdit((d) => model.addPolicyStatement(d, repo));
export const updateStatement = (repo: number, index: number, patch: Patch<PolicyStatement>, key?: string) =>
  applyEdit((d) => model.updatePolicyStatement(d, repo, index, patch), key);
export const removeStatement = (repo: number, index: number) => applyEdit((d) => model.removePolicyStatement(d, repo, index));
export const addEventRule = (repo: number, method: EventRuleMethod) => applyEdit((d) => model.addEventRule(d, repo, method));
export const updateEventRule = (repo: number, index: number, patch: Parameters<typeof model.updateEventRule>[3], key?: string) =>
  applyEdit((d) => model.updateEventRule(d, repo, index, patch), key);
export const changeEventRuleMethod = (repo: number, index: number, method: EventRule['method']) => applyEdit((d) => model.changeEventRuleMethod(d, repo, index, method));
export const removeEventRule = (repo: number, index: number) => applyEdit((d) => model.removeEventRule(d, repo, index));
export const addEventTarget = (repo: number, rule: number, type: EventTargetType) => applyEdit((d) => model.addEventTarget(d, repo, rule, type));
export const setEventTargetRef = (repo: number, rule: number, target: number, id: string) => applyEdit((d) => model.setEventTargetRef(d, repo, rule, target, id));
export const removeEventTarget = (repo: number, rule: number, target: number) => applyEdit((d) => model.removeEventTarget(d, repo, rule, target));
export const applyAccessPreset = (repo: number, preset: model.AccessPreset) => applyEdit((d) => preset.apply(d, repo));
