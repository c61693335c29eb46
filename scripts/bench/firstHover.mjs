// The first hover on a large export: a fresh server, the file opened, and right away (as VS Code
// does) a pull of its diagnostics and a hover on a visible line. The figure is the time from the
// didOpen notification written to the hover's answer (as section 3 and the issue count the first
// request's wait), and, beside it, from before the client serialised the didOpen message: what
// someone pointing at a cell just after opening waits, the editor's own sending included.
import { withServer } from './server.mjs';

/** The position of field `column` (0-based) of line `line` of `text` (CRLF lines, quoted fields). */
export function fieldPosition(text, line, column) {
  let start = 0;
  for (let l = 0; l < line; l++) start = text.indexOf('\r\n', start) + 2;
  let p = start;
  for (let c = 0; c < column; c++) {
    if (text[p] === '"') {
      p++;
      while (!(text[p] === '"' && text[p + 1] !== '"')) p += text[p] === '"' ? 2 : 1;
      p++;
    } else {
      while (text[p] !== ',' && text[p] !== '\r') p++;
    }
    p++; // the comma
  }
  return { line, character: p - start };
}

/**
 * The first hover on line `line`'s Time zone cell (field 5 of the template), sent together with a
 * diagnostics pull right after the open; one fresh server per run, the servers of `serverPaths`
 * taking turns run by run (a before/after comparison). Returns, per server, the milliseconds from
 * the didOpen written to the answer (`times`) and from before sending it (`withSending`), and
 * whether every answer explained the cell.
 */
export async function firstHover(text, { runs, line = 10, serverPaths = [undefined] }) {
  const position = fieldPosition(text, line, 4);
  const times = serverPaths.map(() => []);
  const withSending = serverPaths.map(() => []);
  let answered = true;
  for (let run = 0; run < runs; run++) {
    for (const [i, serverPath] of serverPaths.entries()) {
      await withServer('export.csv', text, { pull: true, serverPath }, async (client, uri) => {
        const sending = performance.now();
        await client.open(uri, text);
        const sent = performance.now();
        const diagnostics = client.pull(uri);
        const hover = await client.hover(uri, position);
        const answeredAt = performance.now();
        times[i].push(answeredAt - sent);
        withSending[i].push(answeredAt - sending);
        answered &&= JSON.stringify(hover?.contents ?? '').includes('Time zone');
        await diagnostics;
      });
    }
  }
  return { times, withSending, answered };
}
