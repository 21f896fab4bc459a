/** A repository's "Access" section: grants, repository policy statements and the presets for the common cases. */
import AddIcon from '@mui/icons-material/Add';
import AutoAwesome from '@mui/icons-material/AutoAwesomeOutlined';
import Box from '@mui/material/Box';
import {
  type Design,
  type PolicyStatement,
  accessNotes,
  accessPresets,
  completeEcrAction,
  describeField,
  grant as grantSchema,
  grantNotes,
  policyStatement as statementSchema,
  principalChoices,
  statementEffectMembers,
} from '@ecr-designer/model';
import { AnchorAlert } from '../fields/AnchorAlert.tsx';
import { ChipListInput } from '../fields/ChipListInput.tsx';
import { EnumSelect } from '../fields/EnumSelect.tsx';
import { TextInput } from '../fields/TextInput.tsx';
import { Section } from '../layout/Section.tsx';
import { MenuButton } from '../menus/MenuButton.tsx';
import { repositoryPath, repositorySection } from '../repository/useRepository.ts';
import { useDesignPick } from '../store/designStore.ts';
import { notify } from '../store/uiStore.ts';
import { twoColumns } from '../theme.ts';
import { ActionButton } from '../ui/ActionButton.tsx';
import { Callout } from '../ui/Callout.tsx';
import * as act from './accessActions.ts';
import { EmptyList, EntryCard } from './EntryCard.tsx';
import { JsonObjectField } from './JsonObjectField.tsx';
import { Notes } from './Notes.tsx';
import { idMembers } from './StackResources.tsx';
import { showStackResources } from './viewStore.ts';

const completeActions = (typed: string) => completeEcrAction(typed).map((a) => ({ value: a.action, description: `${a.access}: ${a.summary}` }));

function StatementCard({ design, index, k, s }: { design: StackPrincipals; index: number; k: number; s: PolicyStatement }) {
  const at = `${repositoryPath(index)}.resourcePolicyStatements[${k}]`;
  const ids = principalChoices(design).map((p) => p.id);
  return (
    <EntryCard path={at} title={`Statement ${k + 1}${s.sid ? ` (${s.sid})` : ''}`} removeLabel={`Remove statement ${k + 1}`} onRemove={() => act.removeStatement(index, k)}>
      <Box sx={twoColumns}>
        <EnumSelect path={`${at}.effect`} label="Effect" value={s.effect} members={statementEffectMembers} unsetLabel="Not set (ALLOW)" onChange={(effect) => act.updateStatement(index, k, { effect })} />
        <TextInput path={`${at}.sid`} label="Sid" value={s.sid} emptyIsUnset monospace onChange={(sid, key) => act.updateStatement(index, k, { sid }, key)} help={describeField(statementSchema, 'sid')} />
      </Box>
      <ChipListInput
        path={`${at}.principals`}
        label="Principals"
        value={s.principals}
        placeholder={ids[0] ?? 'principal id'}
        complete={(typed) => ids.filter((id) => id.toLowerCase().startsWith(typed.toLowerCase())).map((id) => ({ value: id, description: idMembers([id], design)[id] }))}
        onChange={(principals) => act.updateStatement(index, k, { principals })}
        help={describeField(statementSchema, 'principals')}
      />
      <ChipListInput path={`${at}.actions`} label="Actions" value={s.actions} placeholder="ecr:BatchGetImage" complete={completeActions} onChange={(actions) => act.updateStatement(index, k, { actions })} help="ECR actions; type to complete (ecr:Batch..., ecr:*)." />
      {s.resources !== undefined && (
        <ChipListInput path={`${at}.resources`} label="Resources" value={s.resources} onChange={(resources) => act.updateStatement(index, k, { resources })} help={describeField(statementSchema, 'resources')} />
      )}
      <JsonObjectField
        path={`${at}.conditions`}
        label="Conditions (JSON)"
        value={s.conditions as { [key: string]: never } | undefined}
        placeholder={'{ "StringEquals": { "aws:PrincipalTag/team": "platform" } }'}
        onChange={(conditions, key) => act.updateStatement(index, k, { conditions: conditions as PolicyStatement['conditions'] }, key)}
        help={describeField(statementSchema, 'conditions')}
      />
    </EntryCard>
  );
}

/** What the access editors read of the stack (the section re-renders when these change, not on every edit). */
type StackPrincipals = Pick<Design, 'principals'>;

export default repositorySection(['grants', 'resourcePolicyStatements'], function AccessSection({ index, repo }) {
  const design: StackPrincipals = useDesignPick((d) => ({ principals: d.principals }));
  const base = repositoryPath(index);
  const choices = principalChoices(design);
  const grants = repo.grants ?? [];
  const statements = repo.resourcePolicyStatements ?? [];
  return (
    <Section
      title="Access"
      description="Who may pull and push (grants) and the repository policy's own statements."
      actions={
        <MenuButton
          label="Access presets"
          wide
          actions={accessPresets.map((preset) => ({
            label: preset.label,
            secondary: preset.description,
            onClick: () => {
              act.applyAccessPreset(index, preset);
              notify(`Added “${preset.label}”; edit the principal and grants as you need.`, 'success', true);
            },
          }))}
          renderButton={(open, expanded) => (
            <ActionButton size="small" startIcon={<AutoAwesome />} aria-haspopup="menu" aria-expanded={expanded} onClick={(e) => open(e.currentTarget)}>
              Add from preset
            </ActionButton>
          )}
        />
      }
    >
      <AnchorAlert path={`${base}.grants`} />
      {choices.length === 0 && (
        <Callout severity="info">
          Grants name a principal of the stack.{' '}
          <ActionButton size="small" onClick={showStackResources}>
            Add principals
          </ActionButton>{' '}
          or start from a preset.
        </Callout>
      )}
      {grants.length === 0 && <EmptyList>No grants.</EmptyList>}
      {grants.map((g, k) => {
        const at = `${base}.grants[${k}]`;
        return (
          <EntryCard key={k} path={at} title={`${g.method}(${g.grantee || '…'})`} removeLabel={`Remove grant ${k + 1}`} onRemove={() => act.removeGrant(index, k)}>
            <Box sx={twoColumns}>
              <EnumSelect path={`${at}.method`} label="Method" value={g.method} members={grantSchema.fields.method.members} required unsetLabel="Choose" onChange={(method) => method && act.updateGrant(index, k, { method })} />
              <EnumSelect
                path={`${at}.grantee`}
                label="Grantee"
                value={g.grantee || undefined}
                members={idMembers(choices.some((c) => c.id === g.grantee) || !g.grantee ? choices.map((c) => c.id) : [...choices.map((c) => c.id), g.grantee], design)}
                required
                unsetLabel="Choose a principal"
                onChange={(grantee) => grantee && act.updateGrant(index, k, { grantee })}
              />
            </Box>
            <Notes notes={grantNotes(design, g)} />
          </EntryCard>
        );
      })}
      <Box>
        <ActionButton size="small" startIcon={<AddIcon />} onClick={() => act.addGrant(index)}>
          Add grant
        </ActionButton>
      </Box>
      <Box component="h4" sx={{ typography: 'subtitle2', m: 0, mt: 1 }}>
        Repository policy statements
      </Box>
      <AnchorAlert path={`${base}.resourcePolicyStatements`} />
      {statements.length > 0 && <Callout severity="info">{accessNotes.minimizePolicies}</Callout>}
      {statements.length === 0 && <EmptyList>No statements of your own. {accessNotes.resourcePolicyNeedsPrincipal}</EmptyList>}
      {statements.map((s, k) => (
        <StatementCard key={k} design={design} index={index} k={k} s={s} />
      ))}
      <Box>
        <ActionButton size="small" startIcon={<AddIcon />} onClick={() => act.addStatement(index)}>
          Add statement
        </ActionButton>
      </Box>
    </Section>
  );
});
