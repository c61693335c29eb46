import * as assert from 'node:assert/strict';
import { decodeCsvBytes, encodeCsvText } from '../../server/src/service/encoding';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);
const BOM = [0xef, 0xbb, 0xbf];
// 髙 (CP932 only, FB FC), 橋 (8B B4), ｶﾀｶﾅ (half-width, one byte each), ① (NEC row 13, 87 40).
const CP932_TAKAHASHI = [0xfb, 0xfc, 0x8b, 0xb4, 0xb6, 0xc0, 0xb6, 0xc5, 0x87, 0x40];

describe('decodeCsvBytes', () => {
  describe('auto', () => {
    it('reads plain UTF-8 as utf-8', () => {
      assert.deepEqual(decodeCsvBytes(utf8('Login ID\r\n髙橋,ｶﾀｶﾅ\r\n'), 'auto'), { text: 'Login ID\r\n髙橋,ｶﾀｶﾅ\r\n', encoding: 'utf-8' });
    });

    it('reads an empty file as utf-8', () => {
      assert.deepEqual(decodeCsvBytes(bytes(), 'auto'), { text: '', encoding: 'utf-8' });
    });

    it('strips a UTF-8 BOM and reports utf-8-bom', () => {
      assert.deepEqual(decodeCsvBytes(bytes(...BOM, 0x41, 0x2c, 0xe3, 0x81, 0x82), 'auto'), { text: 'A,あ', encoding: 'utf-8-bom' });
    });

    it('strips only the first BOM: a second U+FEFF is content', () => {
      assert.deepEqual(decodeCsvBytes(bytes(...BOM, ...BOM, 0x41), 'auto'), { text: '\ufeffA', encoding: 'utf-8-bom' });
    });

    it('falls back to Shift_JIS (CP932) for bytes that are not UTF-8, with CP932-only characters', () => {
      assert.deepEqual(decodeCsvBytes(bytes(0x41, 0x2c, ...CP932_TAKAHASHI, 0x0d, 0x0a), 'auto'), {
        text: 'A,髙橋ｶﾀｶﾅ①\r\n',
        encoding: 'shift_jis',
      });
    });

    it('reads CP932 ～ and － as the full-width forms Windows uses', () => {
      assert.deepEqual(decodeCsvBytes(bytes(0x81, 0x60, 0x81, 0x7c), 'auto'), { text: '～－', encoding: 'shift_jis' });
    });

    it('refuses UTF-16 LE and BE by their BOM', () => {
      const expected = { error: 'UTF-16 is not accepted by MiiTel: save the file as UTF-8 or Shift_JIS.', unsupported: 'UTF-16' };
      assert.deepEqual(decodeCsvBytes(bytes(0xff, 0xfe, 0x41, 0x00), 'auto'), expected);
      assert.deepEqual(decodeCsvBytes(bytes(0xfe, 0xff, 0x00, 0x41), 'auto'), expected);
    });

    it('refuses UTF-32 (whose LE BOM begins like UTF-16 LE)', () => {
      const expected = { error: 'UTF-32 is not accepted by MiiTel: save the file as UTF-8 or Shift_JIS.', unsupported: 'UTF-32' };
      assert.deepEqual(decodeCsvBytes(bytes(0xff, 0xfe, 0x00, 0x00, 0x41, 0, 0, 0), 'auto'), expected);
      assert.deepEqual(decodeCsvBytes(bytes(0x00, 0x00, 0xfe, 0xff, 0, 0, 0, 0x41), 'auto'), expected);
    });

    it('gives up on bytes that are neither UTF-8 nor Shift_JIS, naming the lines', () => {
      // Line 1 is ASCII, line 2 has 0xFF: invalid in both encodings.
      assert.deepEqual(decodeCsvBytes(bytes(0x41, 0x0d, 0x0a, 0x42, 0xff, 0x0a), 'auto'), {
        error: 'The file is neither UTF-8 (line 2 is not) nor Shift_JIS (line 2 is not): save it as UTF-8 or Shift_JIS.',
      });
    });

    it('refuses a UTF-8 BOM followed by bytes that are not UTF-8 instead of guessing', () => {
      assert.deepEqual(decodeCsvBytes(bytes(...BOM, 0x41, 0x0a, 0x0a, 0x82, 0xa0), 'auto'), {
        error: 'Line 3 has bytes that are not valid UTF-8.',
      });
    });
  });

  describe('utf-8', () => {
    it('decodes valid UTF-8 and still honours a BOM', () => {
      assert.deepEqual(decodeCsvBytes(utf8('a,b'), 'utf-8'), { text: 'a,b', encoding: 'utf-8' });
      assert.deepEqual(decodeCsvBytes(bytes(...BOM, 0x61), 'utf-8'), { text: 'a', encoding: 'utf-8-bom' });
    });

    it('refuses Shift_JIS bytes instead of falling back, naming the first bad line (CR, LF and CRLF count)', () => {
      assert.deepEqual(decodeCsvBytes(bytes(0x41, 0x0d, 0x42, 0x0a, 0x43, 0x0d, 0x0a, ...CP932_TAKAHASHI), 'utf-8'), {
        error: 'Line 4 has bytes that are not valid UTF-8.',
      });
    });

    it('refuses a file cut off in the middle of a character', () => {
      assert.deepEqual(decodeCsvBytes(bytes(0x41, 0x0a, 0xe3, 0x81), 'utf-8'), { error: 'Line 2 has bytes that are not valid UTF-8.' });
    });
  });

  describe('shift_jis', () => {
    it('decodes with CP932 even when the bytes are also valid UTF-8', () => {
      // E6 97 A5 E6 9C AC is 日本 in UTF-8, and 譌･譛ｬ in CP932 (the familiar mojibake).
      assert.deepEqual(decodeCsvBytes(utf8('日本'), 'shift_jis'), { text: '譌･譛ｬ', encoding: 'shift_jis' });
    });

    it('refuses bytes CP932 does not define, naming the line', () => {
      assert.deepEqual(decodeCsvBytes(bytes(0x41, 0x0a, 0x42, 0x0a, 0x82, 0x20), 'shift_jis'), {
        error: 'Line 3 has bytes that are not valid Shift_JIS.',
      });
    });

    it('still refuses UTF-16', () => {
      assert.ok('error' in decodeCsvBytes(bytes(0xff, 0xfe, 0x41, 0x00), 'shift_jis'));
    });
  });
});

describe('encodeCsvText', () => {
  it('writes UTF-8 without a BOM', () => {
    assert.deepEqual(encodeCsvText('A,あ', 'utf-8'), bytes(0x41, 0x2c, 0xe3, 0x81, 0x82));
  });

  it('writes UTF-8 with one BOM, even when the text already starts with one', () => {
    assert.deepEqual(encodeCsvText('A', 'utf-8-bom'), bytes(...BOM, 0x41));
    assert.deepEqual(encodeCsvText('\ufeffA', 'utf-8-bom'), bytes(...BOM, 0x41));
  });

  it('writes CP932 bytes for Shift_JIS, dropping a leading BOM character', () => {
    assert.deepEqual(encodeCsvText('\ufeff髙橋ｶﾀｶﾅ①', 'shift_jis'), bytes(...CP932_TAKAHASHI));
  });

  it('round-trips through decodeCsvBytes in every encoding', () => {
    const text = 'Login ID,User name\r\ntakahashi@example.co.jp,髙橋 ｶﾀｶﾅ①～\r\n';
    for (const encoding of ['utf-8', 'utf-8-bom', 'shift_jis'] as const) {
      assert.deepEqual(decodeCsvBytes(encodeCsvText(text, encoding), 'auto'), { text, encoding });
    }
  });
});
