/**
 * Recognises EUC-JP bytes (older Unix and web tools still write it), which MiiTel does not take.
 * Read as Shift_JIS they mostly decode without an error, into half-width katakana and odd kanji,
 * so without this check such a file is silently read as garbage.
 *
 * EUC-JP writes every Japanese character as two bytes from A1–FE (three after 8F; half-width
 * katakana as 8E + A1–DF). The bytes are EUC-JP when every byte from 80 on fits that pattern,
 * iconv-lite decodes them without U+FFFD, and either
 * - they are not Shift_JIS at all (its reading has U+FFFD), or
 * - they read as Japanese: three kana in a row (rows A4 and A5; two with a byte from E0 on), or at least
 *   {@link MIN_CHARACTERS} characters of which 90 % are kana, level-1 kanji (rows B0–CF), full-width
 *   letters or digits (A3) or Japanese punctuation and the ideographic space (A1), with at least
 *   one byte from E0 on (which Shift_JIS half-width katakana never has).
 * Real Shift_JIS Japanese text almost always holds a byte EUC-JP cannot (hiragana and most kanji
 * begin with 81–9F). What is left, text only in half-width katakana (bytes A1–DF), pairs up into
 * EUC-JP only when every run of it has an even length, and never has a byte from E0 on; its pairs
 * read as kana in a row only when `､` or `･` starts each of the pairs. A Shift_JIS file still taken
 * wrongly can be read with `--encoding shift_jis`. The price: EUC-JP text of a few kanji only (a
 * single four-kanji name) may have no byte from E0 on, and is then read as Shift_JIS as before.
 */
import { iconv } from './iconv';

/** Characters needed before their kinds alone decide (a name such as 山田太郎 is four). */
const MIN_CHARACTERS = 3;

/** Share of the characters that must be of the usual kinds. */
const USUAL_SHARE = 0.9;

/** Reads bytes in chunks, from the start of a file, and tells whether they are EUC-JP. */
export class EucJpSniffer {
  private readonly decoder = iconv().getDecoder('euc-jp');
  /** Trail bytes still expected after the current lead byte. */
  private need = 0;
  /** The current lead byte is 8E: its trail byte is A1–DF (else A1–FE). */
  private halfWidth = false;
  private lead = 0;
  private valid = true;
  private characters = 0;
  private usual = 0;
  private kanaRun = 0;
  /** Longest run of kana seen. */
  private kanaMax = 0;
  /** A byte from E0 on was seen. */
  private high = false;

  /** Adds the next bytes. */
  add(bytes: Uint8Array): void {
    if (!this.valid) return;
    for (let i = 0; i < bytes.length; i++) this.byte(bytes[i]!);
    if (this.valid && this.decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).includes('\ufffd')) {
      this.valid = false;
    }
  }

  /** False once the bytes cannot be EUC-JP whatever follows: a reader may stop. */
  get possible(): boolean {
    return this.valid;
  }

  /** After the last bytes: whether they are EUC-JP; `shiftJisFailed` when they do not read as Shift_JIS. */
  end(shiftJisFailed: boolean): boolean {
    if (!this.valid || this.need > 0 || this.characters === 0 || (this.decoder.end() ?? '').includes('\ufffd')) return false;
    if (shiftJisFailed || this.kanaMax >= 3 || (this.kanaMax >= 2 && this.high)) return true;
    return this.high && this.characters >= MIN_CHARACTERS && this.usual >= USUAL_SHARE * this.characters;
  }

  private byte(b: number): void {
    if (b >= 0xe0) this.high = true;
    if (this.need > 0) {
      if (b < 0xa1 || b > (this.halfWidth ? 0xdf : 0xfe)) {
        this.valid = false;
        return;
      }
      if (--this.need === 0) this.character();
      return;
    }
    if (b < 0x80) {
      this.kanaRun = 0;
      return;
    }
    this.lead = b;
    this.halfWidth = b === 0x8e;
    if (b === 0x8e) this.need = 1;
    else if (b === 0x8f) this.need = 2;
    else if (b >= 0xa1 && b <= 0xfe) this.need = 1;
    else this.valid = false;
  }

  /** Counts a complete character by the row its lead byte names. */
  private character(): void {
    const lead = this.lead;
    this.characters++;
    const kana = lead === 0xa4 || lead === 0xa5;
    if (kana || lead === 0xa1 || lead === 0xa3 || (lead >= 0xb0 && lead <= 0xcf)) this.usual++;
    this.kanaRun = kana ? this.kanaRun + 1 : 0;
    this.kanaMax = Math.max(this.kanaMax, this.kanaRun);
  }
}

/** Whether `bytes` (a whole file) are EUC-JP; `shiftJisFailed` when they do not read as Shift_JIS. */
export function isEucJp(bytes: Uint8Array, shiftJisFailed: boolean): boolean {
  const sniffer = new EucJpSniffer();
  sniffer.add(bytes);
  return sniffer.end(shiftJisFailed);
}
