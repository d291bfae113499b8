import { writeFile, mkdir } from 'node:fs/promises';
import { reportJsonSchema } from './schema-json.mjs';

await mkdir('schema', { recursive: true });
await writeFile('schema/report-v1.json', `${JSON.stringify(await reportJsonSchema(), null, 2)}\n`);
console.log('wrote schema/report-v1.json');
