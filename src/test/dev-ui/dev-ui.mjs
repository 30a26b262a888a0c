// The Quarkus Dev UI of `quarkus:dev`, opened in headless Chromium as a developer would: the extension cards render,
// and pages that talk to the running application over the Dev UI's JSON-RPC WebSocket show its beans and its
// application.properties. Fails on any script error, failed request or JSON-RPC error, except the extension catalogue's, which
// needs registry.quarkus.io (not reachable from CI machines).
// Usage: node dev-ui.mjs http://localhost:8080
import { chromium } from 'playwright-core';

const base = process.argv[2];
const unreachableRegistry = /registry\.quarkus\.io|extension manager|list namespaces/i;
const problems = [];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  // Tall enough that the beans grid, which renders only the rows in view, shows every bean of the application.
  const page = await browser.newPage({ viewport: { width: 1280, height: 16000 } });
  page.on('pageerror', e => problems.push(`script error: ${e.message}`));
  page.on('console', m => {
    if (m.type() === 'error' && !unreachableRegistry.test(m.text())) problems.push(`console error: ${m.text()}`);
  });
  page.on('response', r => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
  page.on('websocket', ws => ws.on('framereceived', f => {
    const text = typeof f.payload === 'string' ? f.payload : '';
    if (text.includes('"error"') && !unreachableRegistry.test(text)) problems.push(`JSON-RPC error: ${text.slice(0, 300)}`);
  }));

  // Text as rendered, through the shadow roots of the Dev UI's web components.
  const visibleText = () => page.evaluate(() => {
    const walk = n => (n.shadowRoot ? walk(n.shadowRoot) : '')
      + [...n.childNodes].map(c => (c.nodeType === 3 ? c.textContent : c.nodeName === 'STYLE' ? '' : walk(c))).join(' ');
    return walk(document.body).replace(/\s+/g, ' ');
  });
  // Highlighted code is split into tokens, so whitespace is ignored on both sides.
  const has = (text, needle) => text.replace(/\s/g, '').includes(needle.replace(/\s/g, ''));
  const expectText = async (what, needles) => {
    for (let i = 0; i < 60; i++) {
      const text = await visibleText();
      if (needles.every(n => has(text, n))) return;
      await page.waitForTimeout(500);
    }
    const text = await visibleText();
    throw new Error(`${what}: missing ${needles.filter(n => !has(text, n)).join(', ')}\n${text.slice(0, 2000)}`);
  };

  await page.goto(`${base}/q/dev-ui/extensions`, { waitUntil: 'networkidle' });
  await expectText('extension cards', ['SmallRye GraphQL', 'OpenTelemetry', 'Hibernate ORM', 'Flyway',
    'Micrometer metrics', 'SmallRye Health']);

  await page.goto(`${base}/q/dev-ui/quarkus-arc/beans`, { waitUntil: 'networkidle' });
  await expectText('ArC beans (over JSON-RPC)', ['io.jisr.graphql.edge.GraphQLRoutes', 'io.jisr.graphql.cache.ReadCache']);

  await page.goto(`${base}/q/dev-ui/configuration-source-editor`, { waitUntil: 'networkidle' });
  await expectText('application.properties (over JSON-RPC)', ['jisr.data-dir = ./data', 'quarkus.datasource.db-kind = ${jisr.db.kind:h2}']);

  await page.screenshot({ path: process.env.SCREENSHOT ?? 'dev-ui.png' });
  if (problems.length > 0) throw new Error(`the Dev UI reported problems:\n${problems.join('\n')}`);
  console.log('Dev UI: extension cards, beans and configuration render; no errors');
} finally {
  await browser.close();
}
