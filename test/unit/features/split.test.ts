import * as assert from 'node:assert/strict';
import { planSplit } from '../../../server/src/service/features/split';
import { applyChanges } from '../../../server/src/service/features/textChange';
import { parseMiitel } from '../../../server/src/service/miitelDocument';
import { row, templateHeader } from '../helpers';

const users = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => row({ loginId: `u${from + i}@miitel.jp` }));

describe('split into files of N users', () => {
  it('keeps the first N users and puts the rest into parts of N, each with the header, line breaks kept', () => {
    const text = `\ufeff${[templateHeader(), ...users(1, 7)].join('\n')}\n`;
    const plan = planSplit(parseMiitel(text), 3);
    assert.equal(applyChanges(text, plan.changes), `\ufeff${[templateHeader(), ...users(1, 3)].join('\n')}\n`);
    assert.deepEqual(plan.parts, [
      [templateHeader(), ...users(4, 6)].join('\n') + '\n',
      [templateHeader(), ...users(7, 7)].join('\n') + '\n',
    ]);
  });

  it('keeps quoted multi-line cells whole and uses CRLF for a CRLF file', () => {
    const text =
      [templateHeader(), row({ userName: '"A\r\nB"' }), row({ loginId: 'b@miitel.jp', userName: '"C, D"' })].join('\r\n') + '\r\n';
    const plan = planSplit(parseMiitel(text), 1);
    assert.deepEqual(plan.parts, [`${templateHeader()}\r\n${row({ loginId: 'b@miitel.jp', userName: '"C, D"' })}\r\n`]);
    assert.equal(applyChanges(text, plan.changes), `${templateHeader()}\r\n${row({ userName: '"A\r\nB"' })}\r\n`);
  });

  it('plans nothing for a file within the limit', () => {
    assert.deepEqual(planSplit(parseMiitel([templateHeader(), ...users(1, 3)].join('\n')), 3), { changes: [], parts: [] });
  });
});
