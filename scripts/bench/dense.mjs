// Error-dense files and fix-all over the real server: a file with a finding on every row, and
// fix-all on files with fixable mistakes on every user. How long the first diagnostics take, how
// long other requests wait meanwhile, and the server's peak memory.
import { CREATE_USERS } from '../../out/shared/formats/index.js';
import { withServer } from './server.mjs';

/** The full header, then `rows` rows of `a` (2 bytes each): one `csv/field-count` finding per row. */
export function errorDense(rows) {
  return `${CREATE_USERS.columns.map((c) => c.header).join(',')}\n${'a\n'.repeat(rows)}`;
}

/** `users` users with 5 mistakes each that fix-all fixes (time zone and locale names, padded and full-width flags). */
export function fixable(users) {
  const header = CREATE_USERS.columns.map((c) => c.header).join(',');
  const cells = (i) =>
    CREATE_USERS.columns.map((c) => {
      if (c.id === 'loginId') return `u${i}@example.jp`;
      if (c.id === 'userName') return `User ${i}`;
      if (c.id === 'password') return 'Xk7mQ2pLw9Rt';
      if (c.id === 'timeZone') return 'Tokyo';
      if (c.id === 'admin') return ' 1';
      if (c.id === 'phone') return '１';
      if (c.id === 'monitoring') return '０';
      return c.id === 'locale' ? 'English' : '0';
    });
  const lines = [header];
  for (let i = 0; i < users; i++) lines.push(cells(i).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Sends a hover every `everyMs` until `done` settles; returns how long each one waited. A request
 * waits as long as the server is busy with something else (a first one also waits for the open).
 */
async function waitsUntil(client, uri, done, everyMs = 10) {
  let finished = false;
  done.then(
    () => (finished = true),
    () => (finished = true),
  );
  const waits = [];
  while (!finished) {
    const sent = performance.now();
    await client.hover(uri, { line: 1, character: 0 });
    waits.push(performance.now() - sent);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return waits;
}

/**
 * Opens `text` and pulls its diagnostics, pinging meanwhile; then types one character on row 2 and
 * pulls again. Returns the times, the worst wait after the first request, and the peak RSS.
 */
export function denseSession(text) {
  return withServer('dense.csv', text, { pull: true }, async (client, uri) => {
    const start = performance.now();
    await client.open(uri, text);
    const diagnostics = client.pull(uri);
    const waits = await waitsUntil(client, uri, diagnostics);
    const reported = await diagnostics;
    const firstMs = performance.now() - start;
    const typed = performance.now();
    await client.change(uri, { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, 'b');
    const again = client.pull(uri);
    const typingWaits = await waitsUntil(client, uri, again);
    await again;
    const keystrokeMs = performance.now() - typed;
    const worst = (w) => (w.length > 1 ? Math.max(...w.slice(1)) : 0);
    return { firstMs, keystrokeMs, reported, maxWaitMs: Math.max(worst(waits), worst(typingWaits)), peakRss: client.memory().peak };
  });
}

/**
 * Asks for fix-all on `text` (diagnostics pulled first, as VS Code has them), pinging meanwhile.
 * Returns how long the answer took, the worst wait, whether an edit came back or why not, and the peak RSS.
 */
export function fixAllSession(text) {
  return withServer('fixall.csv', text, { pull: true }, async (client, uri) => {
    await client.open(uri, text);
    await client.pull(uri);
    const start = performance.now();
    const actions = client.codeActions(uri, ['source.fixAll.miitelCsv']);
    const waits = await waitsUntil(client, uri, actions);
    const [action] = await actions;
    return {
      ms: performance.now() - start,
      maxWaitMs: waits.length > 0 ? Math.max(...waits) : 0,
      outcome: action?.disabled ? 'offered disabled' : action?.edit ? 'edit' : 'nothing',
      peakRss: client.memory().peak,
    };
  });
}
