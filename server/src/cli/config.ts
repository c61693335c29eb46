/**
 * The organisation config for the command line: `--config FILE` for every file, else the nearest
 * `.miitel-csv.json` from each CSV's folder up to the folder holding `.git` (or the root). A config
 * with any problem stops the check of the files it applies to (exit 2): a CI run must not pass
 * with half a config. Each config is read and reported once.
 */
import { relative, resolve } from 'node:path';
import { findConfigFile, lineAndColumn, readConfigFile } from '../configFile';
import type { LocatedConfig } from '../service/config/applyConfig';
import { configText } from '../service/messages';

/** A config to use, none (undefined), or `error` (already reported). */
export type CliConfig = LocatedConfig | undefined | 'error';

/** Reads configs for the CLI, each once. */
export class CliConfigs {
  private readonly loaded = new Map<string, Promise<CliConfig>>();

  constructor(
    private readonly cwd: string,
    private readonly fail: (message: string) => void,
    /** `--config FILE` as given. */
    private readonly explicit?: string,
  ) {}

  /** The config that applies to files in `folder` (an absolute path). */
  async forFolder(folder: string): Promise<CliConfig> {
    if (this.explicit !== undefined) return this.load(resolve(this.cwd, this.explicit), this.explicit);
    const file = await findConfigFile(folder, 'repository');
    return file === undefined ? undefined : this.load(file, this.label(file));
  }

  private load(file: string, label: string): Promise<CliConfig> {
    let config = this.loaded.get(file);
    if (!config) {
      config = this.read(file, label);
      this.loaded.set(file, config);
    }
    return config;
  }

  private async read(file: string, label: string): Promise<CliConfig> {
    const read = await readConfigFile(file, label);
    if ('refused' in read) {
      this.fail(configText.unreadable(read.refused));
      return 'error';
    }
    if (read.parsed.problems.length === 0) return read.located;
    for (const problem of read.parsed.problems) {
      const { line, column } = lineAndColumn(read.text, problem.offset);
      this.fail(`${label}:${line}:${column}: ${problem.message}`);
    }
    this.fail(configText.cliInvalid(label));
    return 'error';
  }

  /** A discovered file as the user would type it: relative to the working directory when inside it. */
  private label(file: string): string {
    const rel = relative(this.cwd, file);
    return rel.startsWith('..') ? file : rel;
  }
}
