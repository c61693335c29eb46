// Measurements over the real server process: keystroke latency, requests answered while a large
// file is validated, and the server's memory.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BenchClient } from './lsp.mjs';

/** Writes `text` to a temporary file (the server reads the bytes for its encoding check, as with a real file). */
function tempFile(name, text) {
  const dir = mkdtempSync(path.join(tmpdir(), 'miitel-bench-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return { uri: pathToFileURL(file).href, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs `work(client, uri)` against a fresh server (started with `options`) and `text` saved as
 * `name` in a temporary folder, not yet opened; stops the server and removes the file afterwards.
 */
export async function withServer(name, text, options, work) {
  const file = tempFile(name, text);
  const client = await BenchClient.start(options);
  try {
    return await work(client, file.uri);
  } finally {
    await client.stop();
    file.dispose();
  }
}

/**
 * Where the keystrokes go: the end of the user name of the middle row (inside its quotes), as
 * someone correcting a name would type. Line `row` holds user `row`.
 */
function caret(text, row) {
  let start = 0;
  for (let line = 0; line < row; line++) start = text.indexOf('\r\n', start) + 2;
  const lineText = text.slice(start, text.indexOf('\r\n', start));
  const nameEnd = lineText.indexOf('",', lineText.indexOf('","') + 3);
  return { line: row, character: nameEnd };
}

/**
 * Types `count` characters one at a time (then deletes them again, so the row stays valid) and
 * returns the milliseconds from each `didChange` until the diagnostics of that version are in:
 * a pull client asks for them right after the change; a push client waits for them to arrive.
 */
export async function keystrokes(client, uri, text, count, warmup) {
  const at = caret(text, Math.max(1, Math.floor(text.split('\r\n').length / 2) - 1));
  const times = [];
  let typed = 0;
  for (let i = 0; i < warmup + count; i++) {
    // 20 characters typed, then 20 backspaces, and again.
    const typing = Math.floor(i / 20) % 2 === 0;
    const range = typing
      ? { start: { line: at.line, character: at.character + typed }, end: { line: at.line, character: at.character + typed } }
      : { start: { line: at.line, character: at.character + typed - 1 }, end: { line: at.line, character: at.character + typed } };
    const start = performance.now();
    if (client.pulls) {
      await client.change(uri, range, typing ? 'x' : '');
      await client.pull(uri);
    } else {
      const version = client.versions.get(uri) + 1;
      const published = client.nextPublish(uri, version);
      await client.change(uri, range, typing ? 'x' : '');
      await published;
    }
    const elapsed = performance.now() - start;
    typed += typing ? 1 : -1;
    if (i >= warmup) times.push(elapsed);
  }
  return times;
}

/**
 * The floor: a fresh server holding `text` as a document it does not check (its header renamed, so
 * it is no MiiTel file): what the process, the protocol and the document text cost by themselves.
 */
export function floor(text) {
  const other = text.replace('Login ID', 'Something else');
  return withServer('other.csv', other, { pull: true }, async (client, uri) => {
    await client.open(uri, other);
    await client.pull(uri);
    return client.memory();
  });
}

/**
 * Opens `text` in a fresh server, asks for its diagnostics and, until they arrive, sends a hover
 * and a completion request every `everyMs`: how long each waited is how long validation held the
 * server. Returns those times, how long the diagnostics took, and the server's memory then.
 */
export function requestsDuringValidation(text, everyMs) {
  return withServer('responsiveness.csv', text, { pull: true }, async (client, uri) => {
    await client.open(uri, text);
    const position = caret(text, 1);
    const started = performance.now();
    let done = false;
    const diagnostics = client.pull(uri).then((n) => {
      done = true;
      return n;
    });
    const waits = [];
    for (let i = 0; !done; i++) {
      const sent = performance.now();
      await (i % 2 === 0 ? client.hover(uri, position) : client.complete(uri, { line: 1, character: 1 }));
      waits.push(performance.now() - sent);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
    await diagnostics;
    return { waits, validationMs: performance.now() - started };
  });
}

/**
 * How long the outline of `text` takes, median of `count` requests, with `settings`: the entries
 * VS Code gets and the milliseconds from request to answer.
 */
export function outline(text, settings, count) {
  return withServer('outline.csv', text, { pull: true, settings }, async (client, uri) => {
    await client.open(uri, text);
    await client.pull(uri);
    const times = [];
    let entries = 0;
    for (let i = 0; i < count; i++) {
      const sent = performance.now();
      entries = (await client.symbols(uri)).length;
      times.push(performance.now() - sent);
    }
    return { entries, times };
  });
}

/**
 * A fresh server holding one file: open, diagnostics, `count` keystrokes. Returns the keystroke
 * times and the server's peak and current memory at the end.
 */
export function session(text, { pull, count, warmup }) {
  return withServer('users.csv', text, { pull }, async (client, uri) => {
    client.pulls = pull;
    const idle = client.memory();
    const published = pull ? undefined : client.nextPublish(uri, 1);
    const start = performance.now();
    await client.open(uri, text);
    if (pull) await client.pull(uri);
    else await published;
    const firstMs = performance.now() - start;
    const opened = client.memory();
    const times = await keystrokes(client, uri, text, count, warmup);
    return { times, firstMs, idle, opened, memory: client.memory() };
  });
}
