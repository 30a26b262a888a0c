// Builds the committed SDL with graphql-js, the reference implementation most tools (linters, code generators)
// use, and validates the schema. Usage: node sdl.mjs ../../main/graphql/schema.graphql
import { readFileSync } from 'node:fs';
import { buildSchema, validateSchema } from 'graphql';

const file = process.argv[2] ?? '../../main/graphql/schema.graphql';
const schema = buildSchema(readFileSync(file, 'utf8'));
const errors = validateSchema(schema);
if (errors.length > 0) {
  errors.forEach((e) => console.log(e.message));
  process.exit(1);
}
console.log(`${file}: a valid schema with ${Object.keys(schema.getTypeMap()).length} types (graphql-js)`);
