/**
 * What the server keeps for one version of an open document: the service's parsed version and the
 * problems computed for it. The document cache owns these objects and drops them when the document
 * closes; nothing about a version is kept in module-level state.
 */
import type { MiitelCsvSettings } from '../../../shared/settings';
import type { EncodingEvidence, MiitelDocument, ParsedVersion, Problem } from '../service/languageService';
import type { LineStarts } from '../service/lineStarts';

/** The problems of a version and what they were computed from (see problems.ts). */
export interface ProblemsMemo {
  readonly settings: MiitelCsvSettings;
  readonly existingLoginIds: readonly string[];
  readonly encoding: EncodingEvidence;
  /** The language the problems' messages are rendered in: a language change renders them again. */
  readonly language: string;
  /** Set once computed. */
  problems?: Problem[];
  /** A slice run in progress; resolves to undefined when it was stopped. */
  running?: Promise<Problem[] | undefined>;
}

/** One version of an open document, as the LSP handlers share it. */
export class VersionState {
  /** The problems computed for this version, if any (problems.ts reads and writes it). */
  problems: ProblemsMemo | undefined;

  constructor(
    readonly parsed: ParsedVersion,
    /** The document's version number when it was parsed. */
    readonly version: number,
    /**
     * For a large text parsed in slices, the line starts its requests found meanwhile: requests go
     * on converting positions with them, so that no request waits for the document's table of
     * every line (40 ms on a 100,000-user file); an edit builds that table anyway.
     */
    readonly lines?: LineStarts,
  ) {}

  /** The parsed model. */
  get doc(): MiitelDocument {
    return this.parsed.doc;
  }

  /** The text parsed (the very string the document held then). */
  get text(): string {
    return this.parsed.text;
  }
}
