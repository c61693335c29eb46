/**
 * Is this text what the file's bytes say? Excel saves Shift_JIS, VS Code opens files as UTF-8 unless
 * told otherwise, and the user sees garbled text without knowing why. This module finds the first
 * garbled character and which encoding would read the file right, from the text itself (U+FFFD
 * replacement characters; the typical look of UTF-8 read as Shift_JIS) and from whatever the
 * caller knows: the encoding the editor decoded the text with, and what the file's bytes are.
 * Pure: callers read the bytes (whole, or in chunks from a source they open).
 */
import { iconv } from './iconv';
import { miitelEncodingOfEditorId } from '../../../shared/encodings';
import {
  CP932,
  type CsvEncoding,
  decodeCsvBytes,
  type UnsupportedEncoding,
  hasUtf8Bom,
  strictUtf8Decoder,
  WIDE_SNIFF_BYTES,
  wideBom,
  wideWithoutBom,
} from './encoding';
import { EucJpSniffer } from './eucJp';
import { encodingMessages, messages } from './messages';

/**
 * An encoding a text may have been decoded with, or a file written in: MiiTel's, the ones it
 * refuses that are recognised from the bytes, and `other` (any other it does not take).
 */
export type TextEncodingName = CsvEncoding | 'utf-16' | 'utf-32' | 'euc-jp' | 'other';

/** What is known about how the text came to be. Both parts are optional; with neither, the text alone decides. */
export interface EncodingEvidence {
  /** The encoding the text was decoded with (the editor's, or the CLI's choice). */
  readonly decodedAs?: TextEncodingName;
  /** The encoding the file's bytes are in (see {@link sniffFileEncoding}); undefined when unknown or undecodable. */
  readonly file?: TextEncodingName;
}

/** VS Code's encoding id (`TextDocument.encoding`: `utf8`, `utf8bom`, `shiftjis`, `utf16le`, …) as a name here. */
export function editorEncodingName(id: string): TextEncodingName {
  const known = miitelEncodingOfEditorId(id);
  if (known) return known;
  const lower = id.toLowerCase();
  if (lower === 'eucjp') return 'euc-jp';
  return lower === 'utf16le' || lower === 'utf16be' ? 'utf-16' : 'other';
}

/** The encoding of a file's bytes and the text they decode to, as {@link sniffFileEncoding} finds them. */
export interface FileSniff {
  readonly encoding?: TextEncodingName;
  /** The decoded text (BOM stripped), when the bytes are UTF-8 or Shift_JIS. */
  readonly text?: string;
}

/**
 * What a file's bytes are: UTF-16 or UTF-32 by their BOM or NULs, else what `decodeCsvBytes` reads
 * (UTF-8 with or without BOM, else EUC-JP, else Shift_JIS); no encoding when the bytes are none of them.
 */
export function sniffFileEncoding(bytes: Uint8Array): FileSniff {
  const wide = wideEncoding(bytes);
  if (wide) return { encoding: wide };
  const decoded = decodeCsvBytes(bytes, 'auto');
  if ('error' in decoded) return decoded.unsupported === 'EUC-JP' ? { encoding: 'euc-jp' } : {};
  return { encoding: decoded.encoding, text: decoded.text };
}

/** UTF-16 or UTF-32, by a BOM at the start of the bytes or by their NULs (see `wideBom`, `wideWithoutBom`). */
function wideEncoding(head: Uint8Array): 'utf-16' | 'utf-32' | undefined {
  const wide = wideBom(head) ?? wideWithoutBom(head);
  return wide && (wide === 'UTF-16' ? 'utf-16' : 'utf-32');
}

/**
 * A file's bytes in chunks, from its start. Each chunk is used up before the next is asked for,
 * so the reader may fill one buffer again and again.
 */
export type ByteChunks = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/** What a file's bytes are, and whether they read as a given text. */
export interface FileReading {
  /** The encoding of the bytes, as {@link sniffFileEncoding} finds it. */
  readonly file: TextEncodingName | undefined;
  /** `file` when the bytes decoded that way (BOM stripped) are exactly the text; else undefined. */
  readonly readAs: TextEncodingName | undefined;
}

const UNKNOWN: FileReading = { file: undefined, readAs: undefined };

/**
 * {@link sniffFileEncoding} of a file read in chunks, and whether the file reads as `text`: the
 * same answer as decoding the whole file and comparing, without ever holding the file or its
 * decoded text (for a 10 MB CSV, 20 to 30 MB more peak memory). `open` reads the file
 * from its start; it is called again when the bytes turn out not to be UTF-8, to read them as
 * Shift_JIS. Errors from the chunks propagate.
 */
export async function sniffFileChunks(open: () => ByteChunks, text: string): Promise<FileReading> {
  return (await readAsUtf8(open(), text)) ?? readAsShiftJis(open(), text);
}

/** Bytes enough to tell every BOM (see `wideBom`) and UTF-16/32 without one (see `wideWithoutBom`). */
const HEAD = WIDE_SNIFF_BYTES;

/**
 * Reads the chunks as `decodeCsvBytes` does first: a UTF-16 or UTF-32 BOM is refused, a UTF-8 BOM
 * is stripped and the rest must be UTF-8. Undefined when the bytes, with no BOM, are not UTF-8:
 * they may be Shift_JIS. The whole file is decoded even once the text differs, because an invalid
 * byte at its very end still makes it Shift_JIS or nothing.
 */
async function readAsUtf8(chunks: ByteChunks, text: string): Promise<FileReading | undefined> {
  const decoder = strictUtf8Decoder();
  const matcher = new TextMatcher(text);
  /** Decodes into the matcher; false when the bytes so far are not UTF-8. */
  const read = (decode: () => string): boolean => {
    try {
      matcher.add(decode());
      return true;
    } catch {
      return false;
    }
  };
  let encoding: 'utf-8' | 'utf-8-bom' = 'utf-8';
  let atHead = true;
  for await (const chunk of headFirst(chunks)) {
    let bytes = chunk;
    if (atHead) {
      atHead = false;
      const wide = wideEncoding(chunk);
      if (wide) return { file: wide, readAs: undefined };
      if (hasUtf8Bom(chunk)) {
        encoding = 'utf-8-bom';
        bytes = chunk.subarray(3);
      }
    }
    // After a UTF-8 BOM, bytes that are not UTF-8 are not read as Shift_JIS either (as in decodeCsvBytes).
    if (!read(() => decoder.decode(bytes, { stream: true }))) return encoding === 'utf-8-bom' ? UNKNOWN : undefined;
  }
  if (!read(() => decoder.decode())) return encoding === 'utf-8-bom' ? UNKNOWN : undefined;
  return matcher.reading(encoding);
}

/**
 * Reads the chunks as `decodeCsvBytes` does bytes that are not UTF-8: EUC-JP when they are (which
 * takes reading to the end: see eucJp.ts), else Shift_JIS (CP932), else neither, stopping as soon
 * as the bytes can be neither.
 */
async function readAsShiftJis(chunks: ByteChunks, text: string): Promise<FileReading> {
  const decoder = iconv().getDecoder(CP932);
  const eucJp = new EucJpSniffer();
  const matcher = new TextMatcher(text);
  // Shift_JIS cannot encode U+FFFD, so one in a piece marks bytes that are not Shift_JIS.
  let failed = false;
  for await (const chunk of chunks) {
    eucJp.add(chunk);
    const piece = decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    failed ||= piece.includes('\ufffd');
    if (failed && !eucJp.possible) return UNKNOWN;
    if (!failed) matcher.add(piece);
  }
  const last = decoder.end() ?? '';
  failed ||= last.includes('\ufffd');
  if (eucJp.end(failed)) return { file: 'euc-jp', readAs: undefined };
  if (failed) return UNKNOWN;
  matcher.add(last);
  return matcher.reading('shift_jis');
}

/**
 * The chunks regrouped so that the first holds the file's first {@link HEAD} bytes (fewer only when
 * the file is shorter; empty for an empty file), however the reads split them. The head is a copy:
 * the reader may reuse its buffer.
 */
async function* headFirst(chunks: ByteChunks): AsyncGenerator<Uint8Array> {
  const head = new Uint8Array(HEAD);
  let length = 0;
  for await (const chunk of chunks) {
    if (length === HEAD) {
      yield chunk;
      continue;
    }
    const taken = Math.min(HEAD - length, chunk.length);
    head.set(chunk.subarray(0, taken), length);
    length += taken;
    if (length < HEAD) continue;
    yield head;
    if (taken < chunk.length) yield chunk.subarray(taken);
  }
  if (length < HEAD) yield head.subarray(0, length);
}

/** Compares decoded pieces, in order, with a text, without joining them. */
class TextMatcher {
  private offset = 0;
  private same = true;

  constructor(private readonly text: string) {}

  /** The next piece; once one differs, the rest are not compared. */
  add(piece: string): void {
    if (!this.same) return;
    this.same = this.text.startsWith(piece, this.offset);
    this.offset += piece.length;
  }

  /** A file in `encoding`, read as the text when the pieces made up all of it. */
  reading(encoding: TextEncodingName): FileReading {
    return { file: encoding, readAs: this.same && this.offset === this.text.length ? encoding : undefined };
  }
}

/**
 * Data of `encoding/mismatch`: the encoding the file's bytes are really in, when reopening it that
 * way restores the text; absent when the garbled characters are in the file itself (reopening
 * cannot help).
 */
export interface EncodingMismatchData {
  readonly detected?: 'shift_jis' | 'utf-8';
}

/** Data of `encoding/unsupported`. */
export interface EncodingUnsupportedData {
  readonly encoding: UnsupportedEncoding;
}

/** What {@link checkEncoding} finds: the code, where, the message and the data of one finding. */
export type EncodingFinding = { readonly offset: number; readonly length: number; readonly message: string } & (
  | { readonly code: 'encoding/mismatch'; readonly data: EncodingMismatchData }
  | { readonly code: 'encoding/unsupported'; readonly data: EncodingUnsupportedData }
);

/** The name an encoding MiiTel refuses goes by in messages. */
const UNSUPPORTED_NAMES = { 'utf-16': 'UTF-16', 'utf-32': 'UTF-32', 'euc-jp': 'EUC-JP' } as const;

/** UTF-8 and UTF-8 with BOM decode alike; only the family matters for garbling. */
const family = (name: TextEncodingName | undefined) => (name === 'utf-8-bom' ? 'utf-8' : name);

/**
 * The one encoding finding of a text, or undefined: `encoding/unsupported` (on the first line) for
 * a UTF-16/32 or EUC-JP file, else `encoding/mismatch` at the first garbled character. Never throws. The
 * message quotes the garbled text only when `mayQuote` allows its first and last offsets (the
 * caller knows the cells: garbled text in a password must not be shown).
 */
export function checkEncoding(
  text: string,
  evidence: EncodingEvidence = {},
  mayQuote: (offset: number) => boolean = () => true,
): EncodingFinding | undefined {
  const refused = [evidence.file, evidence.decodedAs].find((e) => e === 'utf-16' || e === 'utf-32' || e === 'euc-jp');
  if (refused) {
    const name = UNSUPPORTED_NAMES[refused];
    const firstLine = text.search(/[\r\n]/);
    return {
      code: 'encoding/unsupported',
      offset: 0,
      length: firstLine < 0 ? text.length : firstLine,
      message: encodingMessages.unsupported(name),
      data: { encoding: name },
    };
  }

  const decodedAs = family(evidence.decodedAs);
  const file = family(evidence.file);
  // The text is exactly how the file reads: garbled characters are in the file itself.
  const readRight = decodedAs !== undefined && decodedAs === file;
  // Read in a third encoding (Windows-1252, say), a UTF-8 or Shift_JIS file goes wrong at its first non-ASCII character.
  const bad =
    decodedAs === 'other' && (file === 'utf-8' || file === 'shift_jis')
      ? firstNonAsciiRun(text)
      : firstGarbled(text, readRight || decodedAs === 'utf-8');
  if (!bad) return undefined;
  const garbled = Array.from(text.slice(bad.offset, bad.offset + bad.length))
    .slice(0, 12)
    .join('');
  const sample = mayQuote(bad.offset) && mayQuote(bad.offset + garbled.length - 1) ? garbled : undefined;
  if (readRight) {
    return { code: 'encoding/mismatch', offset: bad.offset, length: bad.length, message: messages.encodingLost(sample), data: {} };
  }
  const detected = detectedEncoding(text, decodedAs, file, bad.utf8ReadAsShiftJis);
  return {
    code: 'encoding/mismatch',
    offset: bad.offset,
    length: bad.length,
    message: messages.encodingMismatch(detected, sample),
    data: { detected },
  };
}

/** Which encoding would read the file right: the bytes say it best, then what the text was read as, then the text's look. */
function detectedEncoding(
  text: string,
  decodedAs: TextEncodingName | undefined,
  file: TextEncodingName | undefined,
  utf8ReadAsShiftJis: boolean,
): 'shift_jis' | 'utf-8' {
  if ((file === 'utf-8' || file === 'shift_jis') && file !== decodedAs) return file;
  if (decodedAs === 'shift_jis') return 'utf-8';
  if (decodedAs === 'utf-8') return 'shift_jis';
  return utf8ReadAsShiftJis || UTF8_KANA_AS_SHIFT_JIS.test(text) ? 'utf-8' : 'shift_jis';
}

/**
 * UTF-8 hiragana, katakana and CJK punctuation all start with the bytes E3 80–E3 83, which Shift_JIS
 * reads as 縲 縺 繧 繝: rare kanji that mark such text even where the rest became U+FFFD.
 */
const UTF8_KANA_AS_SHIFT_JIS = /[縲縺繧繝]/;

interface Garbled {
  readonly offset: number;
  readonly length: number;
  /** Found as UTF-8 read as Shift_JIS (rather than as a U+FFFD). */
  readonly utf8ReadAsShiftJis: boolean;
}

/**
 * The first garbled run of non-ASCII characters, from its first bad character to the run's end:
 * a U+FFFD, or (unless `replacementOnly`) a run that is UTF-8 read as Shift_JIS.
 */
function firstGarbled(text: string, replacementOnly: boolean): Garbled | undefined {
  // Only U+FFFD counts and there is none: skip walking every non-ASCII run (costly on large files).
  if (replacementOnly && !text.includes('\ufffd')) return undefined;
  for (const match of text.matchAll(/[^\x00-\x7f]+/g)) {
    const run = match[0];
    const start = match.index;
    if (!replacementOnly && looksLikeUtf8ReadAsShiftJis(run)) return { offset: start, length: run.length, utf8ReadAsShiftJis: true };
    const replacement = run.indexOf('\ufffd');
    if (replacement >= 0) return { offset: start + replacement, length: run.length - replacement, utf8ReadAsShiftJis: false };
  }
  return undefined;
}

function firstNonAsciiRun(text: string): Garbled | undefined {
  const match = /[^\x00-\x7f]+/.exec(text);
  return match ? { offset: match.index, length: match[0].length, utf8ReadAsShiftJis: false } : undefined;
}

const JAPANESE = /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/;

/**
 * Whether a run of characters is UTF-8 bytes decoded as Shift_JIS: written back as Shift_JIS
 * (CP932), its bytes must read as UTF-8 with at least two Japanese characters, covering three
 * quarters of the bytes. Japanese text really in Shift_JIS almost never does (its lead bytes
 * 81–9F are UTF-8 continuation bytes); on random words of JIS level-1 kanji and kana the test
 * fires about once in 100,000, and only where the editor's encoding is not known to be UTF-8.
 */
export function looksLikeUtf8ReadAsShiftJis(run: string): boolean {
  const bytes = iconv().encode(run, 'cp932');
  let japanese = 0;
  let covered = 0;
  for (const ch of new TextDecoder().decode(bytes)) {
    if (ch === '\ufffd' || ch < '\x80') continue;
    covered += ch.codePointAt(0)! < 0x800 ? 2 : ch.length === 2 ? 4 : 3;
    if (JAPANESE.test(ch)) japanese++;
  }
  return japanese >= 2 && covered >= 0.75 * bytes.length;
}
