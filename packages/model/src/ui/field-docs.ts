/**
 * Field documentation for the editor: the description each schema field carries, the same text the
 * published JSON Schema shows (required and optional fields alike).
 */

interface Documented {
  json?: { description?: unknown };
  schema?: { json?: { description?: unknown } };
}

/** The schema description of `key` in an object schema such as `repository` or `lifecycleRule`. */
export function describeField<F extends object>(schema: { fields: F }, key: keyof F & string): string | undefined {
  const field = (schema.fields as Record<string, Documented | undefined>)[key];
  const description = (field?.schema ?? field)?.json?.description;
  return typeof description === 'string' ? description : undefined;
}
