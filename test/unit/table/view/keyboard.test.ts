import * as assert from 'node:assert/strict';
import { keyAction, toggledFlag } from '../../../../shared/table/view/keyboard';

const at = { row: 1, column: 1 };
const act = (key: string, extra: Record<string, boolean> = {}, isFlag = false) => keyAction({ key, ...extra }, at, 3, 3, isFlag);

describe('table view: keyAction', () => {
  it('moves with the arrows, stopping at the edges', () => {
    assert.deepEqual(act('ArrowUp'), { kind: 'move', to: { row: 0, column: 1 } });
    assert.deepEqual(act('ArrowDown'), { kind: 'move', to: { row: 2, column: 1 } });
    assert.deepEqual(act('ArrowLeft'), { kind: 'move', to: { row: 1, column: 0 } });
    assert.deepEqual(act('ArrowRight'), { kind: 'move', to: { row: 1, column: 2 } });
    assert.deepEqual(keyAction({ key: 'ArrowUp' }, { row: 0, column: 0 }, 3, 3, false), { kind: 'move', to: { row: 0, column: 0 } });
    assert.deepEqual(act('PageDown'), { kind: 'move', to: { row: 2, column: 1 } });
    assert.deepEqual(act('Home'), { kind: 'move', to: { row: 1, column: 0 } });
    assert.deepEqual(act('End', { ctrlKey: true }), { kind: 'move', to: { row: 2, column: 2 } });
  });

  it('tabs along the row and on to the next one; Shift+Tab goes back; the grid ends stop it', () => {
    assert.deepEqual(keyAction({ key: 'Tab' }, { row: 0, column: 2 }, 3, 3, false), { kind: 'move', to: { row: 1, column: 0 } });
    assert.deepEqual(keyAction({ key: 'Tab', shiftKey: true }, { row: 1, column: 0 }, 3, 3, false), {
      kind: 'move',
      to: { row: 0, column: 2 },
    });
    assert.deepEqual(keyAction({ key: 'Tab' }, { row: 2, column: 2 }, 3, 3, false), { kind: 'none' });
  });

  it('edits with Enter and F2, starts editing with a typed character, toggles a flag with Space', () => {
    assert.deepEqual(act('Enter'), { kind: 'edit' });
    assert.deepEqual(act('F2'), { kind: 'edit' });
    assert.deepEqual(act('a'), { kind: 'edit', initial: 'a' });
    assert.deepEqual(act('佐'), { kind: 'edit', initial: '佐' });
    assert.deepEqual(act(' ', {}, true), { kind: 'toggle' });
    assert.deepEqual(act(' ', {}, false), { kind: 'edit', initial: ' ' });
  });

  it("hands Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z to VS Code's undo and redo, and ignores other shortcuts", () => {
    assert.deepEqual(act('z', { ctrlKey: true }), { kind: 'undo' });
    assert.deepEqual(act('Z', { metaKey: true, shiftKey: true }), { kind: 'redo' });
    assert.deepEqual(act('y', { ctrlKey: true }), { kind: 'redo' });
    assert.deepEqual(act('c', { ctrlKey: true }), { kind: 'none' });
    assert.deepEqual(act('Shift'), { kind: 'none' });
  });
});

describe('table view: toggledFlag', () => {
  it('turns 1 into 0 and anything else into 1', () => {
    assert.equal(toggledFlag('1'), '0');
    assert.equal(toggledFlag('0'), '1');
    assert.equal(toggledFlag(''), '1');
    assert.equal(toggledFlag('yes'), '1');
  });
});
