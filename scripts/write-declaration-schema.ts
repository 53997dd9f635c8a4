// Writes schemas/declaration.schema.json from the TypeBox definition, so manufacturers' editors validate their
// declaration files as they type. A test checks the committed file is up to date.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { declarationJsonSchemaText } from '../src/schemas/declaration.js';
import { SCHEMA_DIR } from '../src/catalogs/bundle-paths.js';

writeFileSync(join(SCHEMA_DIR, 'declaration.schema.json'), declarationJsonSchemaText());
