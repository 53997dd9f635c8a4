// Writes data/catalog.schema.json from the TypeBox definition, so editors validate catalog files as they type.
// A test checks the committed file is up to date.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogJsonSchemaText } from '../src/schemas/catalog-json-schema.js';
import { DATA_DIR } from '../src/catalogs/bundle-paths.js';

writeFileSync(join(DATA_DIR, 'catalog.schema.json'), catalogJsonSchemaText());
