// The JSON Schema of the v1 report, generated from the zod rules the dialog
// and the server share, for receivers written in other languages.
import { importTs } from './bundle-ts.mjs';

export async function reportJsonSchema() {
  const { reportSchema, JSON_SCHEMA_HINTS, SCHEMA_ID } = await importTs('src/report/schema.ts');
  const z = await import('zod/mini');
  const schema = z.toJSONSchema(reportSchema, {
    io: 'input',
    unrepresentable: 'any',
    override(ctx) {
      // Rules written as refinements: the schema module says what they mean.
      Object.assign(ctx.jsonSchema, JSON_SCHEMA_HINTS.get(ctx.zodSchema));
    },
  });
  return {
    $id: 'https://report-concern.dev/schema/report-v1.json',
    title: SCHEMA_ID,
    description:
      'The `report` field of a report-concern v1 POST. Rules across fields (details needed for "other", ' +
      'incident only and always on user reports, a notice only and always with "illegal", its notifier ' +
      'unless the ground is "child-sexual-abuse", at least 20 code points of details for a notice) and the ' +
      'limits on code points are checked by ' +
      'report-concern/server and are described in the README.',
    ...schema,
  };
}
