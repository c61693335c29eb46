/**
 * `miitel-csv split FILE`: what the editor's "Split into files" does, from a terminal. The plan is
 * the service's `planSplit` (the server's `miitelCsv/splitPlan` makes the same one), the part names
 * shared/splitParts.ts (the client's too): the first N users stay in FILE, the others go to
 * FILE-2.csv, FILE-3.csv, … in FILE's encoding (a BOM for a file that has one), with its line
 * breaks. Nothing is overwritten without `--force`: then nothing at all is written.
 */
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { splitPartPath } from '../../../shared/splitParts';
import { stampOf } from '../fileAccess';
import { applyChanges, encodeCsvText, parse, parseOptionsOf, planSplit } from '../service/languageService';
import { cliCommandText, cliText } from '../service/messages';
import type { SplitCliOptions } from './args';
import { forEachFile, type LoadedFile } from './files';
import { failTo, type CliIo } from './io';
import { commandOutcomeText } from '../../../shared/commandOutcomes';

/** Runs `split` and resolves to the exit status (0 split or nothing to split, 2 otherwise). */
export async function split(options: SplitCliOptions, io: CliIo): Promise<number> {
  let status = 0;
  const read = await forEachFile(
    {
      files: [options.file],
      encoding: options.encoding,
      settings: DEFAULT_SETTINGS,
      overrides: {},
      config: options.config,
      loginIds: false,
    },
    io,
    async (file) => {
      status = await splitFile(file, options, io);
    },
  );
  return read === 0 ? status : 2;
}

async function splitFile(file: LoadedFile, options: SplitCliOptions, io: CliIo): Promise<number> {
  const fail = failTo(io);
  const path = file.path!;
  const max = options.size ?? file.settings.maxUsersPerFile;
  const plan = planSplit(parse(file.text, parseOptionsOf(file.settings)).doc, max);
  if (plan.parts.length === 0) {
    io.stdout.write(`${commandOutcomeText.nothingToSplit(file.label, max)}\n`);
    return 0;
  }
  // Named as the user named the file: `data/users.csv` → `data/users-2.csv`.
  const parts = plan.parts.map((text, i) => {
    const target = splitPartPath(path, i);
    return { text, path: target, label: join(dirname(file.label), basename(target)) };
  });
  if (!options.force) {
    const existing = [];
    for (const part of parts) if ((await stampOf(part.path)) !== undefined) existing.push(part.label);
    if (existing.length > 0) {
      fail(cliCommandText.partsExist(existing));
      return 2;
    }
  }
  // The file itself last, and only if it is still as it was read: a failed part leaves it whole.
  for (const part of parts) {
    try {
      // `wx` without --force: a part created since the check above is not overwritten either.
      await writeFile(part.path, encodeCsvText(part.text, file.encoding), { flag: options.force ? 'w' : 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      fail(code === 'EEXIST' ? cliCommandText.partsExist([part.label]) : cliText.outputFailed(part.label, code ?? String(error)));
      return 2;
    }
  }
  const now = await stampOf(path);
  if (!now || !file.stamp || now.mtimeMs !== file.stamp.mtimeMs || now.size !== file.stamp.size) {
    fail(cliCommandText.changedMeanwhile(file.label));
    return 2;
  }
  try {
    await writeFile(path, encodeCsvText(applyChanges(file.text, plan.changes), file.encoding));
  } catch (error) {
    fail(cliText.outputFailed(file.label, (error as NodeJS.ErrnoException).code ?? String(error)));
    return 2;
  }
  io.stdout.write(
    `${cliCommandText.split(
      file.label,
      max,
      parts.map((p) => p.label),
    )}\n`,
  );
  return 0;
}
