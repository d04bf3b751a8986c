// Emits schema/<concept>.schema.json from the built package, so the published JSON Schema is
// generated from the very schemas the code validates with. Runs after tsup (see "build").
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMA_CONCEPTS, jsonSchemaOf } from '../dist/index.js';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema');
mkdirSync(outDir, { recursive: true });
for (const concept of Object.keys(JSON_SCHEMA_CONCEPTS)) {
  const file = join(outDir, `${concept}.schema.json`);
  const text = `${JSON.stringify(jsonSchemaOf(concept), null, 2)}\n`;
  let previous = null;
  try {
    previous = readFileSync(file, 'utf8');
  } catch {}
  // Write only when the bytes change, so file times (and caches keyed on them) stay put.
  if (previous !== text) writeFileSync(file, text);
}
console.log(`JSON Schema: ${Object.keys(JSON_SCHEMA_CONCEPTS).length} files in schema/`);
