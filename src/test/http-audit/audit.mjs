// Runs the GraphQL-over-HTTP audit suite of graphql-http (every MUST, SHOULD and MAY) against a running Jisr.
// Usage: node audit.mjs http://localhost:8080/graphql
import { serverAudits } from 'graphql-http';

const url = process.argv[2] ?? 'http://localhost:8080/graphql';
const audits = serverAudits({ url });
let failed = 0;
for (const audit of audits) {
  const result = await audit.fn();
  if (result.status !== 'ok') {
    failed++;
    console.log(`${result.status.toUpperCase()} ${audit.id} ${audit.name}: ${result.reason}`);
    if (result.response) {
      console.log(`  HTTP ${result.response.status} ${result.response.headers.get('content-type') ?? ''}`);
    }
  }
}
console.log(`${audits.length - failed} of ${audits.length} GraphQL over HTTP audits pass`);
process.exit(failed === 0 ? 0 : 1);
