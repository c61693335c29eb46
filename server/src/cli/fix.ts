/**
 * `miitel-csv fix`: the editor's fix-all (the service's `fixAllCounted`, which the server's
 * `source.fixAll.miitelCsv` and `miitelCsv/fixAll` apply too) on each file, written back in the
 * encoding it was read in, with its BOM and line breaks (fix-all edits the text and keeps its line
 * breaks; encodeCsvText writes the BOM of `utf-8-bom`). Like the editor, it fixes only MiiTel files
 * (by header or the config's `files`) and not a file read in the wrong encoding. Unlike the editor,
 * it fixes a large file too: nothing waits on the CLI.
 *
 * Prints, per file, what was fixed (counts by kind, never values), then the problems left as check
 * prints them. `--dry-run` writes nothing and prints a unified diff with the passwords masked
 * (diffMask.ts). `-` (standard input) writes the fixed file to stdout and the report to stderr.
 */
import { writeFile } from 'node:fs/promises';
import { encodingLabel } from '../../../shared/encodings';
import { stampOf } from '../fileAccess';
import { checkText, decodeCsvBytes, encodeCsvText, fixAllCounted } from '../service/languageService';
import { cliCommandText, cliText, fixAllText } from '../service/messages';
import type { FixOptions } from './args';
import type * as DiffMask from './diffMask';
import { forEachFile, type LoadedFile } from './files';
import { failTo, type CliIo } from './io';
import { type FileReport, formatText, hasErrors, toFileReport } from './report';
import { commandOutcomeText } from '../../../shared/commandOutcomes';

/** Runs `fix` and resolves to the exit status (0 no error left, 1 errors left, 2 something could not be done). */
export async function fix(options: FixOptions, io: CliIo): Promise<number> {
  const fail = failTo(io);
  let failed = false;
  const reports: FileReport[] = [];
  // With `-`, stdout carries the fixed file: the report goes to stderr.
  const out = options.files.includes('-') && !options.dryRun ? io.stderr : io.stdout;
  const read = await forEachFile(options, io, async (file) => {
    const result = await fixFile(file, options, io, out);
    if (result.error !== undefined) {
      fail(result.error);
      failed = true;
    }
    if (result.report) reports.push(result.report);
  });
  if (!options.dryRun && reports.length > 0) out.write(formatText(reports));
  if (read !== 0 || failed) return 2;
  return reports.some(hasErrors) ? 1 : 0;
}

interface FixResult {
  /** The problems left (absent when the file was not fixed). */
  readonly report?: FileReport;
  readonly error?: string;
}

async function fixFile(file: LoadedFile, options: FixOptions, io: CliIo, out: CliIo['stdout']): Promise<FixResult> {
  // Fix-all on another CSV would add MiiTel's columns to it: as in the editor, only MiiTel files.
  if (!file.isMiitel) return { error: cliCommandText.notMiitel(file.label) };
  const validateOptions = { existingLoginIds: file.existingLoginIds, encoding: file.encodingFacts };
  // On text read in the wrong encoding, fixes would edit garbled text and the write would keep the garbling.
  if (checkText(file.text, file.settings, validateOptions).problems.some((p) => p.code === 'encoding/mismatch')) {
    return { error: cliCommandText.wrongEncoding(file.label, encodingLabel(file.encoding)) };
  }
  const result = fixAllCounted(file.text, file.settings, validateOptions);
  const report = toFileReport(file.label, file.encoding, result.text, checkText(result.text, file.settings, validateOptions));
  const changed = result.text !== file.text;
  if (options.dryRun) {
    // The diff library is loaded only for --dry-run (a `require`: an import would load it at every start).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    if (changed) out.write((require('./diffMask') as typeof DiffMask).maskedDiff(file.label, file.text, result.text, file.settings));
    return { report };
  }
  const bytes = changed ? encodeCsvText(result.text, file.encoding) : file.bytes;
  const lost = changed ? unencodableLine(result.text, bytes, file) : undefined;
  if (lost !== undefined) return { error: cliCommandText.unencodable(file.label, encodingLabel(file.encoding), lost) };
  if (file.path === undefined) io.stdout.write(bytes);
  else if (changed) {
    const error = await write(file.path, file, bytes);
    if (error !== undefined) return { error };
  }
  out.write(`${changed ? `${file.label}: ${fixAllText.summary(result.fixed)}` : commandOutcomeText.nothingToFix(file.label)}\n`);
  return { report };
}

/** The 1-based line of the first character the encoding cannot hold (iconv-lite writes `?` for it), or undefined. */
function unencodableLine(text: string, bytes: Uint8Array, file: LoadedFile): number | undefined {
  const back = decodeCsvBytes(bytes, file.encoding === 'shift_jis' ? 'shift_jis' : 'utf-8');
  const decoded = 'error' in back ? '' : back.text;
  if (decoded === text) return undefined;
  let at = 0;
  while (at < text.length && text.charCodeAt(at) === decoded.charCodeAt(at)) at++;
  return (text.slice(0, at).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/** Writes the fixed bytes unless the file changed since it was read (an editor saved it meanwhile); the error otherwise. */
async function write(path: string, file: LoadedFile, bytes: Uint8Array): Promise<string | undefined> {
  const now = await stampOf(path);
  if (!now || !file.stamp || now.mtimeMs !== file.stamp.mtimeMs || now.size !== file.stamp.size)
    return cliCommandText.changedMeanwhile(file.label);
  try {
    await writeFile(path, bytes);
    return undefined;
  } catch (error) {
    return cliText.outputFailed(file.label, (error as NodeJS.ErrnoException).code ?? String(error));
  }
}
