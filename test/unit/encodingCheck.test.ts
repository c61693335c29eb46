import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import * as iconv from 'iconv-lite';
import { COMMANDS } from '../../shared/commands';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import {
  checkEncoding,
  editorEncodingName,
  type EncodingEvidence,
  type FileReading,
  looksLikeUtf8ReadAsShiftJis,
  sniffFileChunks,
  sniffFileEncoding,
} from '../../server/src/service/encodingCheck';
import { getFixes } from '../../server/src/service/features/fixes';
import { checkText } from '../../server/src/service/languageService';
import { at, file, row, templateHeader } from './helpers';

// Compiled to out/test/unit: the fixtures are three levels up.
const fixture = (name: string) => readFileSync(path.resolve(__dirname, '../../../test/fixtures', name));
const SHIFT_JIS = fixture('encoding/shift_jis.csv');
const UTF8 = fixture('cli/clean.csv');
const UTF8_BOM = fixture('encoding/utf-8-bom.csv');
const UTF16 = fixture('encoding/utf-16le.csv');

/** What VS Code shows for bytes decoded as UTF-8 (invalid bytes become U+FFFD). */
const readAsUtf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
/** What VS Code shows for bytes decoded as its `shiftjis` (iconv-lite, as VS Code uses). */
const readAsShiftJis = (bytes: Uint8Array) => iconv.decode(Buffer.from(bytes), 'shiftjis');
const cp932 = (bytes: Uint8Array) => iconv.decode(Buffer.from(bytes), 'cp932');

/** offset and length of the non-ASCII run right after `prefix` in `text`. */
function runAfter(text: string, prefix: string): { offset: number; length: number } {
  const offset = at(text, prefix) + prefix.length;
  return { offset, length: /^[^\x00-\x7f]+/.exec(text.slice(offset))![0].length };
}

describe('sniffFileEncoding', () => {
  it('tells the fixtures apart: UTF-8, UTF-8 with BOM, Shift_JIS (髙, half-width katakana, ①) and UTF-16', () => {
    assert.equal(sniffFileEncoding(UTF8).encoding, 'utf-8');
    assert.equal(sniffFileEncoding(UTF8_BOM).encoding, 'utf-8-bom');
    assert.deepEqual(sniffFileEncoding(SHIFT_JIS), { encoding: 'shift_jis', text: cp932(SHIFT_JIS) });
    assert.match(sniffFileEncoding(SHIFT_JIS).text ?? '', /髙橋 ｶﾀｶﾅ/);
    assert.deepEqual(sniffFileEncoding(UTF16), { encoding: 'utf-16' });
  });

  it('recognises UTF-32 by its BOM, and knows nothing of bytes that are neither UTF-8 nor Shift_JIS', () => {
    assert.deepEqual(sniffFileEncoding(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])), { encoding: 'utf-32' });
    assert.deepEqual(sniffFileEncoding(new Uint8Array([0x41, 0xff, 0x0a])), {});
  });
});

/** What the language server computed before it read files in chunks: the whole file decoded, then compared. */
function wholeFileReading(bytes: Uint8Array, text: string): FileReading {
  const sniff = sniffFileEncoding(bytes);
  return { file: sniff.encoding, readAs: sniff.text !== undefined && sniff.text === text ? sniff.encoding : undefined };
}

/**
 * A source of `bytes` cut at `cuts` (positions, in any order; repeats make empty chunks), read as a
 * file reader does: each chunk copied into one buffer, scribbled over once the sniffer asks for the
 * next, so a sniffer that kept a chunk would go wrong. Counts how often it is opened and read.
 */
function chunkedSource(bytes: Uint8Array, cuts: readonly number[]) {
  const ends = [...cuts.map((c) => Math.min(c, bytes.length)), bytes.length].sort((a, b) => a - b);
  const buffer = new Uint8Array(bytes.length);
  const source = {
    opens: 0,
    reads: 0,
    open: async function* (): AsyncGenerator<Uint8Array> {
      source.opens++;
      let start = 0;
      for (const end of ends) {
        buffer.set(bytes.subarray(start, end));
        source.reads++;
        yield buffer.subarray(0, end - start);
        buffer.fill(0xaa);
        start = end;
      }
    },
  };
  return source;
}

/** `bytes` in chunks of `size` bytes. */
const inChunksOf = (bytes: Uint8Array, size: number) =>
  chunkedSource(
    bytes,
    Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => (i + 1) * size),
  );

describe('sniffFileChunks', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const concat = (...parts: (Uint8Array | readonly number[])[]) => new Uint8Array(parts.flatMap((p) => [...p]));
  const BOM = [0xef, 0xbb, 0xbf];

  /** Sniffs `bytes` in 1-byte and 3-byte chunks (odd sizes only, for a large file), in 64 KiB chunks and whole: all must agree. */
  async function sniffEveryWay(bytes: Uint8Array, text: string): Promise<FileReading> {
    const readings = [];
    const small = bytes.length > 4096 ? [1021] : [1, 3];
    for (const size of [...small, 64 * 1024, bytes.length || 1]) readings.push(await sniffFileChunks(inChunksOf(bytes, size).open, text));
    const [first] = readings;
    assert.ok(first);
    for (const r of readings.slice(1)) assert.deepEqual(r, first);
    return first;
  }

  it('reads the fixtures as the whole-file sniff does, and tells whether the text is theirs', async () => {
    const cases: [Uint8Array, string, FileReading][] = [
      [SHIFT_JIS, cp932(SHIFT_JIS), { file: 'shift_jis', readAs: 'shift_jis' }],
      [SHIFT_JIS, readAsUtf8(SHIFT_JIS), { file: 'shift_jis', readAs: undefined }],
      [UTF8, readAsUtf8(UTF8), { file: 'utf-8', readAs: 'utf-8' }],
      [UTF8, readAsShiftJis(UTF8), { file: 'utf-8', readAs: undefined }],
      [UTF8_BOM, readAsUtf8(UTF8_BOM), { file: 'utf-8-bom', readAs: 'utf-8-bom' }],
      // VS Code strips the BOM; a text that kept it is not the file read as UTF-8 with BOM.
      [UTF8_BOM, `\ufeff${readAsUtf8(UTF8_BOM)}`, { file: 'utf-8-bom', readAs: undefined }],
      [UTF16, iconv.decode(UTF16, 'utf16le'), { file: 'utf-16', readAs: undefined }],
    ];
    for (const [bytes, text, expected] of cases) {
      assert.deepEqual(wholeFileReading(bytes, text), expected);
      assert.deepEqual(await sniffEveryWay(bytes, text), expected);
    }
  });

  it('still reads to the end once the text differs: an invalid last byte makes UTF-8 text Shift_JIS, or nothing', async () => {
    // 0xB1 is no UTF-8 on its own but is ｱ in Shift_JIS: the text, read as UTF-8, matches all but that last byte.
    const ascii = concat(utf8('Login ID,User name\r\n'.repeat(5000)), [0xb1]);
    assert.ok(ascii.length > 64 * 1024);
    assert.deepEqual(await sniffEveryWay(ascii, readAsUtf8(ascii)), { file: 'shift_jis', readAs: undefined });
    assert.deepEqual(await sniffEveryWay(ascii, cp932(ascii)), { file: 'shift_jis', readAs: 'shift_jis' });
    // Japanese UTF-8 is not Shift_JIS: nothing reads the file.
    const japanese = concat(utf8('山田 太郎,ﾔﾏﾀﾞ\r\n'.repeat(5000)), [0xff]);
    assert.deepEqual(wholeFileReading(japanese, readAsUtf8(japanese)), { file: undefined, readAs: undefined });
    assert.deepEqual(await sniffEveryWay(japanese, readAsUtf8(japanese)), { file: undefined, readAs: undefined });
  });

  it('tells a text that differs from valid UTF-8 only in its last character, or only in its length', async () => {
    const text = 'Login ID,User name\r\nyamada@example.jp,山田 太郎\r\n'.repeat(3000);
    const bytes = utf8(text);
    assert.deepEqual(await sniffEveryWay(bytes, text), { file: 'utf-8', readAs: 'utf-8' });
    for (const other of [`${text.slice(0, -1)}\r`, text.slice(0, -1), `${text}\n`, '']) {
      assert.deepEqual(await sniffEveryWay(bytes, other), { file: 'utf-8', readAs: undefined });
    }
  });

  it('takes a UTF-8 BOM split across chunks, keeps a second BOM in the text, and reads nothing else after a BOM', async () => {
    assert.deepEqual(await sniffEveryWay(concat(BOM, BOM, utf8('A,あ')), '\ufeffA,あ'), { file: 'utf-8-bom', readAs: 'utf-8-bom' });
    assert.deepEqual(await sniffEveryWay(concat(BOM, utf8('A,あ')), '\ufeffA,あ'), { file: 'utf-8-bom', readAs: undefined });
    // Not UTF-8 after the BOM: decodeCsvBytes does not try Shift_JIS then, nor does the sniffer.
    const notUtf8 = concat(BOM, [0x41, 0x0a, 0x82, 0xa0]);
    assert.deepEqual(await sniffEveryWay(notUtf8, cp932(notUtf8)), { file: undefined, readAs: undefined });
    const source = inChunksOf(notUtf8, 2);
    await sniffFileChunks(source.open, '');
    assert.equal(source.opens, 1);
  });

  it('tells UTF-16 and UTF-32 from the head of the file however it arrives, and reads no further', async () => {
    assert.deepEqual(await sniffEveryWay(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'A'), { file: 'utf-32', readAs: undefined });
    assert.deepEqual(await sniffEveryWay(new Uint8Array([0xfe, 0xff]), ''), { file: 'utf-16', readAs: undefined });
    const source = inChunksOf(UTF16, 1);
    await sniffFileChunks(source.open, '');
    // The head is WIDE_SNIFF_BYTES long, to tell UTF-16 without BOM too (issue 12); this file is shorter,
    // so it is read to its end (one read more to see the end).
    assert.deepEqual([source.opens, source.reads], [1, UTF16.length + 1]);
  });

  it('opens the file once for UTF-8, twice for Shift_JIS, and stops at the first byte that is neither', async () => {
    for (const [bytes, opens] of [
      [UTF8, 1],
      [SHIFT_JIS, 2],
    ] as const) {
      const source = inChunksOf(bytes, 16);
      await sniffFileChunks(source.open, '');
      assert.equal(source.opens, opens);
    }
    const source = inChunksOf(concat(utf8('Login ID'), [0xff], new Uint8Array(100)), 1);
    assert.deepEqual(await sniffFileChunks(source.open, ''), { file: undefined, readAs: undefined });
    // The UTF-8 pass reads the head first (all 109 bytes and the end here, see WIDE_SNIFF_BYTES) and stops there
    // at the invalid ninth byte; the Shift_JIS pass stops at the U+FFFD it reads that byte as.
    assert.equal(source.reads, 110 + 9);
  });

  it('reads an empty file as UTF-8, whether the source is sync or async', async () => {
    assert.deepEqual(await sniffEveryWay(new Uint8Array(), ''), { file: 'utf-8', readAs: 'utf-8' });
    assert.deepEqual(await sniffFileChunks(() => [], 'x'), { file: 'utf-8', readAs: undefined });
    assert.deepEqual(await sniffFileChunks(() => [utf8('a,'), utf8('b')], 'a,b'), { file: 'utf-8', readAs: 'utf-8' });
  });

  describe('property: the same answer as decoding the whole file', () => {
    /** Characters that make UTF-8 and Shift_JIS files alike: kanji, kana, half-width kana, NEC symbols, emoji, BOMs, U+FFFD. */
    const japanese = fc.string({
      unit: fc.constantFrom('A', ',', '"', '\r', '\n', '山', '髙', 'あ', 'ア', 'ｱ', 'ﾞ', '①', '～', '😀', 'é', '\ufeff', '\ufffd'),
      maxLength: 30,
    });
    const texts = fc.oneof(japanese, fc.string({ unit: 'binary', maxLength: 20 }));
    const prefixes = fc.oneof(
      { arbitrary: fc.constant([]), weight: 6 },
      { arbitrary: fc.constant(BOM), weight: 3 },
      fc.constantFrom([0xff, 0xfe], [0xfe, 0xff], [0xff, 0xfe, 0, 0], [0, 0, 0xfe, 0xff], [0xef, 0xbb]),
    );
    /** Bytes of every kind: random, or a text encoded as UTF-8 or CP932, after a BOM or part of one, maybe with a stray last byte. */
    const files = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc
        .tuple(
          prefixes,
          texts,
          fc.constantFrom<'utf8' | 'cp932' | 'euc-jp'>('utf8', 'cp932', 'euc-jp'),
          fc.option(fc.integer({ min: 0, max: 255 })),
        )
        .map(([prefix, text, encoding, last]) =>
          concat(prefix, encoding === 'utf8' ? utf8(text) : iconv.encode(text, encoding), last === null ? [] : [last]),
        ),
    );
    /** The text the document holds: how the file reads, as the sniff or VS Code's UTF-8 decoder has it, or that slightly changed. */
    const documentText = (bytes: Uint8Array) =>
      fc
        .tuple(
          fc.boolean(),
          fc.oneof({ arbitrary: fc.constant('same'), weight: 4 }, fc.constantFrom('drop last', 'add', 'change', 'empty')),
          fc.nat(),
          fc.constantFrom('x', '\ufffd', '\ufeff', '山'),
        )
        .map(([sniffed, change, index, ch]) => {
          const text = (sniffed ? sniffFileEncoding(bytes).text : undefined) ?? readAsUtf8(bytes);
          const i = text.length === 0 ? 0 : index % text.length;
          switch (change) {
            case 'same':
              return text;
            case 'drop last':
              return text.slice(0, -1);
            case 'add':
              return text + ch;
            case 'change':
              return text.slice(0, i) + ch + text.slice(i + 1);
            case 'empty':
              return '';
          }
        });
    /** Cut points, anywhere (inside BOMs and multi-byte characters too), or every byte. */
    const cuts = (bytes: Uint8Array) =>
      fc.oneof(fc.array(fc.nat({ max: bytes.length }), { maxLength: 8 }), fc.constant(Array.from({ length: bytes.length }, (_, i) => i)));
    const cases = files.chain((bytes) => fc.tuple(fc.constant(bytes), documentText(bytes), cuts(bytes)));

    it('for any bytes, text and chunking', async () => {
      await fc.assert(
        fc.asyncProperty(cases, async ([bytes, text, cutAt]) => {
          const source = chunkedSource(bytes, cutAt);
          assert.deepEqual(await sniffFileChunks(source.open, text), wholeFileReading(bytes, text));
          assert.ok(source.opens <= 2);
        }),
        { numRuns: 3000 },
      );
    });
  });
});

describe('editorEncodingName', () => {
  it("maps VS Code's encoding ids", () => {
    assert.deepEqual(['utf8', 'utf8bom', 'shiftjis', 'utf16le', 'utf16be', 'windows1252', 'eucjp'].map(editorEncodingName), [
      'utf-8',
      'utf-8-bom',
      'shift_jis',
      'utf-16',
      'utf-16',
      'other',
      'euc-jp',
    ]);
  });
});

describe('checkEncoding', () => {
  describe('a Shift_JIS file read as UTF-8', () => {
    const text = readAsUtf8(SHIFT_JIS);
    const expected = {
      code: 'encoding/mismatch',
      // 髙橋 (four bytes, four U+FFFD) right after the first Login ID.
      ...runAfter(text, 'takahashi@example.co.jp,'),
      message:
        'Reopen this file as Shift_JIS: it was read in another encoding, so its text shows as "\ufffd\ufffd\ufffd\ufffd". Saving it now would garble it for good.',
      data: { detected: 'shift_jis' },
    };

    it('is one finding at the first replacement character, whatever else is known', () => {
      assert.equal(expected.length, 4);
      const evidence: EncodingEvidence[] = [{}, { decodedAs: 'utf-8' }, { decodedAs: 'utf-8', file: 'shift_jis' }, { file: 'shift_jis' }];
      for (const e of evidence) assert.deepEqual(checkEncoding(text, e), expected, JSON.stringify(e));
    });

    it('is reported by validation as an error with a quick fix that reopens the file as Shift_JIS', () => {
      const { doc, problems } = checkText(text, DEFAULT_SETTINGS, { encoding: { decodedAs: 'utf-8', file: 'shift_jis' } });
      const found = problems.filter((p) => p.code.startsWith('encoding/'));
      assert.deepEqual(found, [{ ...expected, severity: 'error' }]);
      const [problem] = found;
      assert.ok(problem);
      const fixes = getFixes(doc, problem, 'file:///users.csv');
      assert.deepEqual(
        fixes.map((f) => [f.title, f.changes, f.preferred, f.command]),
        [
          [
            'Reopen the file as Shift_JIS',
            [],
            true,
            { id: COMMANDS.reopenWithEncoding, title: 'Reopen the file as Shift_JIS', arguments: ['file:///users.csv', 'shiftjis'] },
          ],
        ],
      );
    });

    it('can be turned off like any code', () => {
      const { problems } = checkText(text, { ...DEFAULT_SETTINGS, rules: { 'encoding/mismatch': 'off' } });
      assert.deepEqual(
        problems.filter((p) => p.code.startsWith('encoding/')),
        [],
      );
    });
  });

  describe('a UTF-8 file read as Shift_JIS', () => {
    const text = readAsShiftJis(UTF8);
    // 山田 浩 reads as 螻ｱ逕ｰ 豬ｩ: the first garbled run is 山田's.
    const expected = {
      code: 'encoding/mismatch',
      ...runAfter(text, 'yamada.hiroshi@example.co.jp,'),
      message:
        'Reopen this file as UTF-8: it was read in another encoding, so its text shows as "螻ｱ逕ｰ". Saving it now would garble it for good.',
      data: { detected: 'utf-8' },
    };

    it('is one finding at the first garbled character, from the look of the text alone too', () => {
      assert.equal(text.slice(expected.offset, expected.offset + expected.length), '螻ｱ逕ｰ');
      for (const e of [{}, { decodedAs: 'shift_jis' }, { decodedAs: 'shift_jis', file: 'utf-8' }] satisfies EncodingEvidence[]) {
        assert.deepEqual(checkEncoding(text, e), expected, JSON.stringify(e));
      }
    });

    it('has a quick fix that reopens the file as UTF-8', () => {
      const { doc, problems } = checkText(text, DEFAULT_SETTINGS, { encoding: { decodedAs: 'shift_jis' } });
      const problem = problems.find((p) => p.code === 'encoding/mismatch')!;
      assert.deepEqual(
        getFixes(doc, problem, 'file:///u.csv').map((f) => f.command?.arguments),
        [['file:///u.csv', 'utf8']],
      );
    });

    it('points at the first U+FFFD when the text says Shift_JIS was the wrong reading (half-width katakana)', () => {
      // UTF-8 half-width katakana (EF BD xx / EF BE xx) have no Shift_JIS reading: they become U+FFFD.
      const csv = file(templateHeader(), row({ userName: 'ﾀﾅｶ ﾊﾅｺ' }));
      const garbled = readAsShiftJis(new TextEncoder().encode(csv));
      const offset = garbled.indexOf('\ufffd');
      assert.ok(offset > 0);
      const found = checkEncoding(garbled, { decodedAs: 'shift_jis' });
      assert.deepEqual([found?.code, found?.offset, found?.data], ['encoding/mismatch', offset, { detected: 'utf-8' }]);
    });

    it('is found in kana-rich text where the garbling leaves U+FFFD, guessing UTF-8 from 縺 繧 繝', () => {
      const csv = file(templateHeader(), row({ userName: 'さとう あおい' }));
      const garbled = readAsShiftJis(new TextEncoder().encode(csv));
      assert.match(garbled, /縺/);
      assert.deepEqual(checkEncoding(garbled)?.data, { detected: 'utf-8' });
    });
  });

  describe('text read the right way', () => {
    it('is silent on Japanese UTF-8 text, with or without evidence', () => {
      for (const bytes of [UTF8, UTF8_BOM]) {
        const text = readAsUtf8(bytes).replace(/^\ufeff/, '');
        assert.match(text, /山田 浩/);
        for (const e of [
          {},
          { decodedAs: 'utf-8' },
          { decodedAs: 'utf-8-bom', file: 'utf-8-bom' },
          { decodedAs: 'utf-8', file: 'utf-8' },
        ] satisfies EncodingEvidence[]) {
          assert.equal(checkEncoding(text, e), undefined, JSON.stringify(e));
        }
      }
    });

    it('is silent on the Shift_JIS fixture decoded as CP932 (髙, ｶﾀｶﾅ, ①)', () => {
      const text = cp932(SHIFT_JIS);
      assert.match(text, /渡邉 ｻｸﾗ①/);
      assert.equal(checkEncoding(text), undefined);
      assert.equal(checkEncoding(text, { decodedAs: 'shift_jis', file: 'shift_jis' }), undefined);
    });

    it('is silent on everyday Japanese names, companies and addresses in a UTF-8 file read without evidence', () => {
      const names = [
        '佐藤 健太',
        '鈴木 美咲',
        '高橋 翔',
        '田中 さくら',
        '渡辺 大輔',
        '伊藤 あおい',
        '山本 蓮',
        '中村 陽菜',
        '小林 悠真',
        '加藤 結衣',
        '吉田 颯',
        '山田 花子',
        '佐々木 優',
        '山口 由美子',
        '松本 拓也',
        '井上 真央',
        'サトウ タロウ',
        'ﾔﾏﾀﾞ ﾊﾅｺ',
        '株式会社みいてる 営業部',
        '東京都千代田区丸の内一丁目',
        'ＲｅｖＣｏｍｍ　太郎',
      ];
      const csv = file(templateHeader(), ...names.map((userName, i) => row({ loginId: `u${i}@example.jp`, userName })));
      assert.equal(checkEncoding(csv), undefined);
    });

    it('never takes runs of JIS level-1 kanji, kana and symbols for UTF-8 read as Shift_JIS', () => {
      // Every character of Shift_JIS rows 81–98 (symbols, kana, level-1 kanji), in sliding windows of 2 to 8.
      const chars: string[] = [];
      for (let lead = 0x81; lead <= 0x98; lead++) {
        for (let trail = 0x40; trail <= 0xfc; trail++) {
          const c = cp932(new Uint8Array([lead, trail]));
          if (trail !== 0x7f && c.length === 1 && c !== '\ufffd') chars.push(c);
        }
      }
      assert.ok(chars.length > 3000);
      const hits = [];
      for (const width of [2, 3, 4, 8]) {
        for (let i = 0; i + width <= chars.length; i++) {
          const run = chars.slice(i, i + width).join('');
          if (looksLikeUtf8ReadAsShiftJis(run)) hits.push(run);
        }
      }
      assert.deepEqual(hits, []);
    });

    it('is silent on an ASCII file whatever the readings say', () => {
      const text = file(templateHeader(), row());
      assert.equal(checkEncoding(text, { decodedAs: 'shift_jis', file: 'utf-8' }), undefined);
      assert.equal(checkEncoding(text, { decodedAs: 'other', file: 'shift_jis' }), undefined);
    });
  });

  describe('other cases', () => {
    it('reports garbled text the file itself holds (U+FFFD saved as UTF-8) without a reopen fix', () => {
      const text = file(templateHeader(), row({ userName: 'Sato \ufffd\ufffd' }));
      const found = checkEncoding(text, { decodedAs: 'utf-8', file: 'utf-8' });
      assert.deepEqual(found, {
        code: 'encoding/mismatch',
        offset: at(text, '\ufffd'),
        length: 2,
        message:
          'Garbled text "\ufffd\ufffd" in the file itself: retype it, MiiTel would store it as it is. It was probably saved once in the wrong encoding.',
        data: {},
      });
      const { doc, problems } = checkText(text, DEFAULT_SETTINGS, { encoding: { decodedAs: 'utf-8', file: 'utf-8' } });
      assert.deepEqual(
        getFixes(
          doc,
          problems.find((p) => p.code === 'encoding/mismatch')!,
        ),
        [],
      );
    });

    it('reports a Shift_JIS file read as Windows-1252 at its first non-ASCII character', () => {
      const text = iconv.decode(SHIFT_JIS, 'windows1252');
      const found = checkEncoding(text, { decodedAs: editorEncodingName('windows1252'), file: 'shift_jis' });
      const first = /[^\x00-\x7f]+/.exec(text)!;
      assert.deepEqual([found?.offset, found?.length, found?.data], [first.index, first[0].length, { detected: 'shift_jis' }]);
      assert.equal(first.index, at(text, 'takahashi@example.co.jp,') + 'takahashi@example.co.jp,'.length);
    });

    it('reports a UTF-16 file as unsupported on its first line, from the bytes or the editor', () => {
      const text = iconv.decode(UTF16, 'utf16le').replace(/^\ufeff/, '');
      const header = text.slice(0, text.indexOf('\r\n'));
      const expected = {
        code: 'encoding/unsupported',
        offset: 0,
        length: header.length,
        message: 'UTF-16 is not accepted by MiiTel: save the file as UTF-8 or Shift_JIS.',
        data: { encoding: 'UTF-16' },
      };
      assert.deepEqual(checkEncoding(text, { file: sniffFileEncoding(UTF16).encoding }), expected);
      assert.deepEqual(checkEncoding(text, { decodedAs: editorEncodingName('utf16le') }), expected);
      const { problems } = checkText(text, DEFAULT_SETTINGS, { encoding: { decodedAs: 'utf-16', file: 'utf-16' } });
      assert.deepEqual(problems, [{ ...expected, severity: 'error' }]);
    });

    it('reports UTF-32 the same way', () => {
      assert.deepEqual(checkEncoding('Login ID\r\n', { file: 'utf-32' })?.data, { encoding: 'UTF-32' });
      assert.equal(checkEncoding('Login ID\r\n', { file: 'utf-32' })?.length, 8);
    });
  });
});
