import AutoAwesome from '@mui/icons-material/AutoAwesomeOutlined';
import { lifecyclePresets } from '@ecr-designer/model';
import { MenuButton } from '../menus/MenuButton.tsx';
import { addLifecycleRules } from '../store/actions.ts';
import { notify } from '../store/uiStore.ts';
import { ActionButton } from '../ui/ActionButton.tsx';

/** Inserts the editable rules of a preset (before the ANY rule, as the model places them). */
export function PresetsMenu({ index }: { index: number }) {
  return (
    <MenuButton
      label="Lifecycle rule presets"
      wide
      actions={lifecyclePresets.map((preset) => ({
        label: preset.label,
        secondary: preset.description,
        onClick: () => {
          addLifecycleRules(index, preset.rules());
          notify(`Added “${preset.label}”; edit the rules as you need.`, 'success', true);
        },
      }))}
      renderButton={(open, expanded) => (
        <ActionButton size="small" startIcon={<AutoAwesome />} aria-haspopup="menu" aria-expanded={expanded} onClick={(e) => open(e.currentTarget)}>
          Presets
        </ActionButton>
      )}
    />
  );
}
