// What a failed end-to-end run prints, so that CI output alone shows why: the end of
// code-server's log, the workbench's console, and the end of every log file of the extension
// host and of the MiiTel CSV output channel (the language server's log).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const TAIL_LINES = 150;

const tail = (text, lines = TAIL_LINES) => text.split('\n').slice(-lines).join('\n');

function section(title, text) {
  console.error(`\n----- ${title} -----\n${text.trimEnd() || '(empty)'}`);
}

/** Every file under `dir`, depth first. */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

/**
 * Prints the logs of a run. `workbenchLogs` are the files the workbench hands to
 * codeAutomationExit; the extension host's own logs are on the server side, under the user data
 * folder's logs/.
 */
export function printLogs({ serverLog, userData, workbenchLogs = [], consoleLines = [] }) {
  if (serverLog && existsSync(serverLog)) section(`code-server (${serverLog})`, tail(readFileSync(serverLog, 'utf8')));
  const quiet = /^\[(workbench )?(debug|trace)\]/;
  const shown = consoleLines.filter((line) => !quiet.test(line));
  if (shown.length > 0) section('workbench console', tail(shown.join('\n'), 300));
  for (const log of workbenchLogs) section(`workbench log ${log.relativePath}`, tail(log.contents));
  // The extension host's own log (remote: remoteexthost.log), the server agent's, and the
  // extension's output channel, which holds the language server's log.
  const relevant = /(remoteexthost|exthost|remoteagent)\.log$|MiiTel CSV\.log$/;
  for (const file of filesUnder(path.join(userData, 'logs')).filter((f) => relevant.test(f))) {
    section(path.relative(userData, file), tail(readFileSync(file, 'utf8')));
  }
}

/**
 * The error entries of the extension's output channel (the client's and the language server's log)
 * in a run's user data folder, each with the lines that follow it up to the next entry (its stack).
 * A run that passes every test but logs an error has still gone wrong where a user would see it.
 */
export function loggedErrors(userData) {
  const entry = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \[(\w+)\]/;
  const errors = [];
  for (const file of filesUnder(path.join(userData, 'logs')).filter((f) => f.endsWith('MiiTel CSV.log'))) {
    let current;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const level = entry.exec(line)?.[1];
      if (level !== undefined) current = level === 'error' ? errors[errors.push(line) - 1] : undefined;
      else if (current !== undefined && line.trim() !== '') errors[errors.length - 1] += `\n${line}`;
    }
  }
  return errors;
}
