// The PostgreSQL and S3 entry points as published: built beside the server,
// with their optional peer dependencies left as imports, and the SQL file
// shipped for DBAs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  exports: Record<string, { types: string; import: string }>;
  files: string[];
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
};

test('exports report-concern/server/postgres and /server/s3 with types', () => {
  assert.deepEqual(pkg.exports['./server/postgres'], {
    types: './dist/types/server/postgres/index.d.ts',
    import: './dist/server/postgres.js',
    default: './dist/server/postgres.js',
  });
  assert.deepEqual(pkg.exports['./server/s3'], {
    types: './dist/types/server/s3.d.ts',
    import: './dist/server/s3.js',
    default: './dist/server/s3.js',
  });
});

test('leaves pg and @aws-sdk/client-s3 to the site: optional peers, imported and never bundled', () => {
  assert.ok(existsSync('dist/server/postgres.js'), 'dist/server is missing: run `npm run build` first (npm test builds before the node tests).');
  for (const name of ['pg', '@aws-sdk/client-s3']) {
    assert.ok(pkg.peerDependencies[name] && pkg.peerDependenciesMeta[name]?.optional, `${name} is an optional peer`);
  }
  const postgres = readFileSync('dist/server/postgres.js', 'utf8');
  const s3 = readFileSync('dist/server/s3.js', 'utf8');
  assert.match(postgres, /^import \w+ from "pg";$/m);
  assert.match(s3, /from "@aws-sdk\/client-s3";$/m);
  // No copy of either library made it into the bundles.
  assert.doesNotMatch(postgres, /class Client extends EventEmitter|pg-protocol/);
  assert.doesNotMatch(s3, /S3ServiceException = class/);
  assert.ok(postgres.length < 40_000, `postgres.js is ${postgres.length} bytes`);
});

test('ships the SQL a DBA reads', () => {
  assert.ok(pkg.files.includes('sql'));
  assert.match(readFileSync('sql/postgres/001-reports.sql', 'utf8'), /CREATE TABLE IF NOT EXISTS "report_concern"\.reports/);
});
