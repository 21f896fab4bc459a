/** The DOM id of the control editing `path` (used to focus a field from the problems list). */
export function fieldId(path: string): string {
  return `field-${path.replace(/\s/g, '_')}`;
}
