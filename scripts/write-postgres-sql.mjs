// Writes sql/postgres/NNN-*.sql from the migrations in src/server/postgres/sql.ts,
// so the file a DBA reads is exactly what `migrate()` runs (a node test checks).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTs } from './bundle-ts.mjs';

const { MIGRATIONS, migrationFile } = await importTs('src/server/postgres/sql.ts');
mkdirSync('sql/postgres', { recursive: true });
for (const migration of MIGRATIONS) {
  const path = join('sql/postgres', migration.file);
  writeFileSync(path, migrationFile(migration.version));
  console.log(`wrote ${path}`);
}
