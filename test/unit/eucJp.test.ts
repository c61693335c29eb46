/**
 * EUC-JP and BOM-less UTF-16/UTF-32 recognised from the bytes (issue 14): the bytes are made here
 * with iconv-lite and Buffer, so the fixtures stay tiny and readable.
 */
import * as assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { decodeCsvBytes, wideWithoutBom } from '../../server/src/service/encoding';
import { checkEncoding, editorEncodingName, sniffFileChunks, sniffFileEncoding } from '../../server/src/service/encodingCheck';
import { isEucJp } from '../../server/src/service/eucJp';
import { checkText } from '../../server/src/service/languageService';
import { file, row, templateHeader } from './helpers';

/** A small create-users file with Japanese names, as text. */
const JAPANESE = file(
  templateHeader(),
  row({ loginId: 'sato@example.jp', userName: '佐藤 健太' }),
  row({ loginId: 'tanaka@example.jp', userName: '田中 さくら' }),
);
const EUC_JP = iconv.encode(JAPANESE, 'euc-jp');
const EUC_MESSAGE = 'EUC-JP is not accepted by MiiTel: save the file as UTF-8 or Shift_JIS.';

/** Everyday names, companies and addresses: none of them Shift_JIS or UTF-8 may be taken for EUC-JP. */
const NAMES = [
  '佐藤 健太',
  '鈴木 美咲',
  '高橋 翔',
  '田中 さくら',
  '伊藤 あおい',
  '山田 花子',
  'サトウ タロウ',
  'ﾔﾏﾀﾞ ﾊﾅｺ',
  'ﾔﾏﾀﾞ･ﾀﾛｳ',
  'ｶﾄｳ ﾐｷ',
  '髙橋 ①',
  '株式会社みいてる 営業部',
  '東京都千代田区丸の内一丁目',
  'ＲｅｖＣｏｍｍ　太郎',
];

describe('EUC-JP', () => {
  it('is refused by decodeCsvBytes (auto), naming what the file is and what MiiTel takes', () => {
    assert.deepEqual(decodeCsvBytes(EUC_JP, 'auto'), { error: EUC_MESSAGE, unsupported: 'EUC-JP' });
  });

  it('is still read as Shift_JIS when the caller forces Shift_JIS (a Shift_JIS file mistaken for EUC-JP)', () => {
    // EUC-JP bytes that are also valid Shift_JIS (half-width katakana and kanji).
    const bytes = iconv.encode('a@x.jp,佐藤 健太\r\n', 'euc-jp');
    assert.deepEqual(decodeCsvBytes(bytes, 'auto'), { error: EUC_MESSAGE, unsupported: 'EUC-JP' });
    assert.deepEqual(decodeCsvBytes(bytes, 'shift_jis'), { text: iconv.decode(bytes, 'cp932'), encoding: 'shift_jis' });
  });

  it('is what sniffFileEncoding and sniffFileChunks find, however the bytes arrive', async () => {
    assert.deepEqual(sniffFileEncoding(EUC_JP), { encoding: 'euc-jp' });
    for (const size of [1, 3, 1024]) {
      const chunks = () => Array.from({ length: Math.ceil(EUC_JP.length / size) }, (_, i) => EUC_JP.subarray(i * size, (i + 1) * size));
      assert.deepEqual(await sniffFileChunks(chunks, iconv.decode(EUC_JP, 'cp932')), { file: 'euc-jp', readAs: undefined });
    }
  });

  it('gets encoding/unsupported on line 1 in the editor, from the bytes or from the editor reading it as EUC-JP', () => {
    const text = iconv.decode(EUC_JP, 'cp932');
    const expected = {
      code: 'encoding/unsupported',
      offset: 0,
      length: templateHeader().length,
      message: EUC_MESSAGE,
      data: { encoding: 'EUC-JP' },
    };
    assert.deepEqual(checkEncoding(text, { decodedAs: 'shift_jis', file: sniffFileEncoding(EUC_JP).encoding }), expected);
    assert.deepEqual(checkEncoding(JAPANESE, { decodedAs: editorEncodingName('eucjp') }), expected);
    const { problems } = checkText(text, DEFAULT_SETTINGS, { encoding: { decodedAs: 'utf-8', file: 'euc-jp' } });
    assert.deepEqual(problems, [{ ...expected, severity: 'error' }]);
  });

  it('is recognised in files of kana names, kanji names, and kana that Shift_JIS cannot read', () => {
    for (const name of ['たなか', 'サトウ タロウ', '佐藤 健太', '鈴木 美咲', 'れん', '株式会社みいてる 営業部']) {
      assert.deepEqual(
        decodeCsvBytes(iconv.encode(`a@x.jp,${name}\r\n`, 'euc-jp'), 'auto'),
        { error: EUC_MESSAGE, unsupported: 'EUC-JP' },
        name,
      );
    }
  });

  it('is not claimed for a single name of a few kanji that also reads as Shift_JIS (the documented limit)', () => {
    const bytes = iconv.encode('a@x.jp,山田 花子\r\n', 'euc-jp');
    assert.equal(isEucJp(bytes, false), false);
    assert.equal((decodeCsvBytes(bytes, 'auto') as { encoding?: string }).encoding, 'shift_jis');
  });

  it('is never claimed for Shift_JIS or UTF-8 files of everyday names, or for ASCII', () => {
    for (const name of NAMES) {
      const text = file(templateHeader(), row({ userName: name }));
      assert.equal((decodeCsvBytes(iconv.encode(text, 'cp932'), 'auto') as { encoding?: string }).encoding, 'shift_jis', name);
      assert.equal((decodeCsvBytes(Buffer.from(text, 'utf8'), 'auto') as { encoding?: string }).encoding, 'utf-8', name);
    }
    const all = file(templateHeader(), ...NAMES.map((userName) => row({ userName })));
    assert.equal(isEucJp(iconv.encode(all, 'cp932'), false), false);
    assert.equal(isEucJp(Buffer.from(templateHeader()), false), false);
  });

  it('is never claimed for Shift_JIS text of every kana and level-1 kanji (rows 81–98, in windows of 2 to 8)', () => {
    const chars: string[] = [];
    for (let lead = 0x81; lead <= 0x98; lead++) {
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        const c = iconv.decode(Buffer.from([lead, trail]), 'cp932');
        if (trail !== 0x7f && c.length === 1 && c !== '\ufffd') chars.push(c);
      }
    }
    const hits = [];
    for (const width of [2, 3, 4, 8]) {
      for (let i = 0; i + width <= chars.length; i += width) {
        const bytes = iconv.encode(`a,${chars.slice(i, i + width).join('')}\r\n`, 'cp932');
        if (isEucJp(bytes, false)) hits.push(chars.slice(i, i + width).join(''));
      }
    }
    assert.deepEqual(hits, []);
  });
});

describe('UTF-16 and UTF-32 without a BOM', () => {
  const text = file('Login ID,User name', 'sato@example.jp,佐藤 健太');
  const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
  const utf32 = (s: string, bigEndian: boolean) => {
    const out = Buffer.alloc([...s].length * 4);
    [...s].forEach((ch, i) => (bigEndian ? out.writeUInt32BE(ch.codePointAt(0)!, i * 4) : out.writeUInt32LE(ch.codePointAt(0)!, i * 4)));
    return out;
  };

  it('are recognised from their NUL bytes, LE and BE, and refused with what MiiTel takes', () => {
    const cases: [Buffer, 'UTF-16' | 'UTF-32'][] = [
      [Buffer.from(text, 'utf16le'), 'UTF-16'],
      [utf16be(text), 'UTF-16'],
      [utf32(text, false), 'UTF-32'],
      [utf32(text, true), 'UTF-32'],
    ];
    for (const [bytes, name] of cases) {
      assert.equal(wideWithoutBom(bytes), name);
      assert.deepEqual(decodeCsvBytes(bytes, 'auto'), {
        error: `${name} is not accepted by MiiTel: save the file as UTF-8 or Shift_JIS.`,
        unsupported: name,
      });
      assert.deepEqual(sniffFileEncoding(bytes), { encoding: name.toLowerCase() });
    }
  });

  it('are not claimed for UTF-8, Shift_JIS or EUC-JP files', () => {
    for (const bytes of [Buffer.from(text, 'utf8'), iconv.encode(text, 'cp932'), iconv.encode(text, 'euc-jp')]) {
      assert.equal(wideWithoutBom(bytes), undefined);
    }
  });
});
