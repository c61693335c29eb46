import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../../../shared/settings';
import { toMiitelDocument } from '../../../../server/src/service/miitelDocument';
import { ParsedVersion } from '../../../../server/src/service/parsedVersion';
import { csvSyntaxRule } from '../../../../server/src/service/validation/rules/csv/unclosed-quote';
import { validate } from '../../../../server/src/service/validation/validate';
import { at, check, file, row, templateHeader } from '../../helpers';

const problems = (text: string) => check(text, {}, csvSyntaxRule);
const UNCLOSED = 'This quoted field is never closed: add the closing double quote (") or remove the opening one.';
const STRAY = 'Stray double quote: enclose the field in double quotes and write each " inside it twice ("").';

describe('rule csvSyntax (csv/unclosed-quote, csv/invalid-quote)', () => {
  it('reports an unclosed quote at its opening quote', () => {
    const text = file(templateHeader(), row({ userName: '"Jane Smith' }));
    assert.deepEqual(problems(text), [
      { code: 'csv/unclosed-quote', severity: 'error', offset: at(text, '"Jane'), length: 1, message: UNCLOSED },
    ]);
  });

  it('reports each stray quote inside an unquoted field', () => {
    const text = file(templateHeader(), row({ userName: 'Jane "JJ" Smith' }));
    assert.deepEqual(problems(text), [
      { code: 'csv/invalid-quote', severity: 'error', offset: at(text, '"JJ'), length: 1, message: STRAY },
      { code: 'csv/invalid-quote', severity: 'error', offset: at(text, '" Smith'), length: 1, message: STRAY },
    ]);
  });

  it('reports text after a closing quote at the quote that was taken as closing', () => {
    const text = file(templateHeader(), row({ userName: '"Jane"Smith' }));
    assert.deepEqual(
      problems(text).map((p) => [p.code, p.offset, p.length]),
      [['csv/invalid-quote', at(text, '"Smith'), 1]],
    );
  });

  it('passes on every parser error as it is, in order', () => {
    const text = 'x';
    const doc = toMiitelDocument({
      text,
      records: [],
      recordCount: 0,
      record: () => assert.fail('no records'),
      recordStart: () => assert.fail('no records'),
      errors: [
        { code: 'csv/invalid-quote', offset: 3, length: 1 },
        { code: 'csv/unclosed-quote', offset: 9, length: 4 },
      ],
      bom: false,
      eol: '\r\n',
    });
    assert.deepEqual(
      validate(new ParsedVersion(doc), DEFAULT_SETTINGS, { rules: [csvSyntaxRule] }).map((p) => [
        p.code,
        p.severity,
        p.offset,
        p.length,
        p.message,
      ]),
      [
        ['csv/invalid-quote', 'error', 3, 1, STRAY],
        ['csv/unclosed-quote', 'error', 9, 4, UNCLOSED],
      ],
    );
  });

  it('accepts correctly quoted fields, doubled quotes and line breaks inside quotes', () => {
    const text = file(
      templateHeader(),
      row({ userName: '"Jane ""JJ"" Smith"' }),
      row({ loginId: 'b@example.com', userName: '"Jane\r\nSmith"' }),
    );
    assert.deepEqual(problems(text), []);
  });
});
