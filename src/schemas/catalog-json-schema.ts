import { CatalogFileSchema } from './catalog-file.js';

/** The catalog file format as a standalone JSON Schema document (draft-07), pretty-printed. */
export function catalogJsonSchemaText(): string {
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://iotspp.org/schemas/catalog-1.json',
    title: 'iotspp catalog file',
    ...JSON.parse(JSON.stringify(CatalogFileSchema)),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
