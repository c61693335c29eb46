/**
 * Bytes ⇄ text for MiiTel CSV files, in the encodings MiiTel's template offers: UTF-8, UTF-8 with
 * BOM and Shift_JIS (Windows code page 932, which Japanese Excel writes). Pure: callers read and
 * write the files. The CLI decodes with it; the template generator encodes with it.
 *
 * A leading BOM is never part of the decoded text: VS Code strips it before the language server
 * sees the document, so the CLI strips it too and both report the same columns on line 1. The
 * encoding `utf-8-bom` records that it was there.
 */
import { iconv } from './iconv';
import type { MiitelEncoding } from '../../../shared/encodings';
import { isEucJp } from './eucJp';
import { encodingMessages } from './messages';

/** An encoding a MiiTel CSV may be written in (the one type the client shares). */
export type CsvEncoding = MiitelEncoding;

/** What the caller asks for: detect, or force one encoding (a UTF-8 BOM is honoured either way). */
export type EncodingChoice = 'auto' | 'utf-8' | 'shift_jis';

/** An encoding recognised from the bytes that MiiTel does not take. */
export type UnsupportedEncoding = 'UTF-16' | 'UTF-32' | 'EUC-JP';

/**
 * The decoded text and the encoding it was in, or why the bytes cannot be read (with the
 * encoding they are in, when it is one MiiTel does not take).
 */
export type DecodeResult =
  { readonly text: string; readonly encoding: CsvEncoding } | { readonly error: string; readonly unsupported?: UnsupportedEncoding };

/** iconv-lite's name for Shift_JIS as Windows writes it (NEC and IBM extensions such as 髙 and ①). */
export const CP932 = 'cp932';

/**
 * Decodes a CSV file. `auto` takes a UTF-8 BOM, else strictly valid UTF-8, else Shift_JIS.
 * UTF-16 and UTF-32 (recognised by their BOM or their NUL bytes) are refused whatever the choice,
 * because MiiTel rejects them; so is EUC-JP (see eucJp.ts) under `auto`, while `shift_jis` reads
 * such bytes as Shift_JIS, for the rare Shift_JIS file mistaken for it. Never throws.
 *
 * Limitation of `auto`: bytes in another single-byte encoding (Windows-1252, say) may happen to be
 * valid Shift_JIS and then decode as the wrong characters; nothing in the bytes tells them apart.
 */
export function decodeCsvBytes(bytes: Uint8Array, encoding: EncodingChoice): DecodeResult {
  const wide = wideBom(bytes) ?? wideWithoutBom(bytes);
  if (wide) return { error: encodingMessages.unsupported(wide), unsupported: wide };

  if (hasUtf8Bom(bytes) && encoding !== 'shift_jis') {
    const text = decodeUtf8(bytes.subarray(3));
    return text === undefined
      ? { error: encodingMessages.invalidUtf8(lineOfByte(bytes, firstInvalidUtf8(bytes))) }
      : { text, encoding: 'utf-8-bom' };
  }
  if (encoding !== 'shift_jis') {
    const text = decodeUtf8(bytes);
    if (text !== undefined) return { text, encoding: 'utf-8' };
    if (encoding === 'utf-8') return { error: encodingMessages.invalidUtf8(lineOfByte(bytes, firstInvalidUtf8(bytes))) };
  }
  const text = iconv().decode(bytes, CP932);
  // Shift_JIS cannot encode U+FFFD, so any in the result marks bytes that are not Shift_JIS.
  const bad = text.indexOf('\ufffd');
  if (encoding === 'auto' && isEucJp(bytes, bad >= 0)) return { error: encodingMessages.unsupported('EUC-JP'), unsupported: 'EUC-JP' };
  if (bad < 0) return { text, encoding: 'shift_jis' };
  if (encoding === 'shift_jis') return { error: encodingMessages.invalidShiftJis(lineOfChar(text, bad)) };
  return { error: encodingMessages.undecodable(lineOfByte(bytes, firstInvalidUtf8(bytes)), lineOfChar(text, bad)) };
}

/**
 * Encodes text for writing. `utf-8-bom` writes the BOM; a BOM character already at the start of
 * `text` is not written twice (nor at all for the other encodings). In Shift_JIS, a character it
 * cannot represent (an emoji, say) becomes `?`, as iconv-lite does.
 */
export function encodeCsvText(text: string, encoding: CsvEncoding): Uint8Array {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  if (encoding === 'shift_jis') return new Uint8Array(iconv().encode(body, CP932));
  const utf8 = new TextEncoder().encode(body);
  if (encoding === 'utf-8') return utf8;
  const out = new Uint8Array(utf8.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(utf8, 3);
  return out;
}

/**
 * Recognises a UTF-32 or UTF-16 BOM (UTF-32 LE first: it begins like UTF-16 LE). Looks at the
 * first four bytes only, so a reader of the file in chunks can tell from its head.
 */
export function wideBom(b: Uint8Array): 'UTF-16' | 'UTF-32' | undefined {
  if ((b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) || (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)) {
    return 'UTF-32';
  }
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return 'UTF-16';
  return undefined;
}

/** Bytes {@link wideWithoutBom} looks at: enough for a header line and a few users. */
export const WIDE_SNIFF_BYTES = 1024;

/**
 * Recognises UTF-16 or UTF-32 without a BOM by their NUL bytes, in the first
 * {@link WIDE_SNIFF_BYTES}: a CSV has commas, line breaks and ASCII addresses, which UTF-16 writes
 * with a NUL in every other byte (odd offsets in LE, even in BE) and UTF-32 with two or three NULs
 * in every four. UTF-8 and Shift_JIS text has no NUL at all, so a quarter of the units is plenty.
 */
export function wideWithoutBom(b: Uint8Array): 'UTF-16' | 'UTF-32' | undefined {
  const units = Math.floor(Math.min(b.length, WIDE_SNIFF_BYTES) / 4);
  if (units === 0) return undefined;
  const nul = [0, 0, 0, 0];
  for (let i = 0; i < units * 4; i++) if (b[i] === 0) nul[i % 4]!++;
  const [n0, n1, n2, n3] = nul as [number, number, number, number];
  // Every BMP character in UTF-32 has two NUL bytes, the high half, at the end (LE) or the start (BE);
  // its low byte is rarely NUL (a run of NULs is not UTF-32).
  const most = 0.9 * units;
  if ((n2 >= most && n3 >= most && n0 < units / 2) || (n0 >= most && n1 >= most && n3 < units / 2)) return 'UTF-32';
  const even = n0 + n2;
  const odd = n1 + n3;
  const pairs = units * 2;
  if ((odd >= 0.25 * pairs && even <= odd / 10) || (even >= 0.25 * pairs && odd <= even / 10)) return 'UTF-16';
  return undefined;
}

/** Whether the bytes start with a UTF-8 BOM (looks at the first three bytes only). */
export function hasUtf8Bom(b: Uint8Array): boolean {
  return b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
}

/**
 * The decoder of strict UTF-8: it throws on bytes that are not UTF-8, and keeps any U+FEFF in place
 * (the callers strip a leading BOM themselves). Decoding in chunks with `{ stream: true }` reads
 * the same as decoding all the bytes at once.
 */
export function strictUtf8Decoder() {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
}

/** Strict UTF-8 decoding, keeping any U+FEFF in place; undefined when the bytes are not UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8Decoder().decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Offset of the first byte that makes the bytes invalid UTF-8 (bytes.length when only the end is
 * truncated). Binary search over prefixes: a streaming decoder accepts a prefix that ends inside a
 * sequence, so "the prefix has an error" only turns true once, at the bad byte.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const invalid = (end: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (invalid(mid + 1)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** 1-based line of a byte. Line feeds are never part of a multi-byte character in UTF-8 or Shift_JIS. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** 1-based line of a character, counting CRLF, CR and LF as VS Code does. */
function lineOfChar(text: string, offset: number): number {
  return (text.slice(0, offset).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}
