/**
 * One step of a multi-step prompt ("Generate user template (2/5)"): a quick pick or an input box
 * made with `createQuickPick` / `createInputBox`, which, unlike `showQuickPick`, carry a title, the
 * step count VS Code shows beside it, and a Back button. Each resolves to the answer, {@link BACK}
 * when Back was pressed, or undefined when the user dismissed it (Escape, or focus lost with
 * `ignoreFocusOut` off).
 */
import { type Disposable, type InputBox, QuickInputButtons, type QuickPick, type QuickPickItem, window } from 'vscode';

/** The answer of a step whose Back button was pressed. */
export const BACK = Symbol('back');

/** Where a step stands in its prompt. */
export interface StepPosition {
  readonly title: string;
  readonly step: number;
  readonly totalSteps: number;
}

/** A quick pick step of one answer; `active` is the item focused first (an earlier answer, when going back). */
export function pickOne<T extends QuickPickItem>(
  position: StepPosition,
  placeholder: string,
  items: readonly T[],
  active?: T,
): Promise<T | typeof BACK | undefined> {
  const pick = window.createQuickPick<T>();
  pick.placeholder = placeholder;
  pick.items = items;
  if (active) pick.activeItems = [active];
  return run(pick, position, (done) =>
    pick.onDidAccept(() => {
      // An Enter before the list has an active item chooses nothing: stay on the step.
      const chosen = pick.selectedItems[0] ?? pick.activeItems[0];
      if (chosen) done(chosen);
    }),
  );
}

/** A quick pick step of any number of answers (none included), `picked` checked first. */
export function pickMany<T extends QuickPickItem>(
  position: StepPosition,
  placeholder: string,
  items: readonly T[],
  picked: readonly T[],
): Promise<readonly T[] | typeof BACK | undefined> {
  const pick = window.createQuickPick<T>();
  pick.canSelectMany = true;
  pick.placeholder = placeholder;
  pick.items = items;
  pick.selectedItems = picked;
  return run(pick, position, (done) => pick.onDidAccept(() => done(pick.selectedItems)));
}

/** An input box step: `validate` returns the reason a value is refused, and Enter does nothing then. */
export function inputText(
  position: StepPosition,
  prompt: string,
  value: string,
  validate: (value: string) => string | undefined,
): Promise<string | typeof BACK | undefined> {
  const input = window.createInputBox();
  input.prompt = prompt;
  input.value = value;
  return run(input, position, (done) => [
    input.onDidChangeValue((text) => (input.validationMessage = validate(text))),
    input.onDidAccept(() => {
      input.validationMessage = validate(input.value);
      if (input.validationMessage === undefined) done(input.value);
    }),
  ]);
}

/** Shows `input` at `position` until `listen` calls `done`, Back is pressed or it is hidden; then disposes it. */
function run<T extends QuickPickItem, R>(
  input: QuickPick<T> | InputBox,
  position: StepPosition,
  listen: (done: (answer: R) => void) => Disposable | Disposable[],
): Promise<R | typeof BACK | undefined> {
  input.title = position.title;
  input.step = position.step;
  input.totalSteps = position.totalSteps;
  input.ignoreFocusOut = true;
  input.buttons = position.step > 1 ? [QuickInputButtons.Back] : [];
  return new Promise((resolve) => {
    let settled = false;
    const finish = (answer: R | typeof BACK | undefined) => {
      if (settled) return;
      settled = true;
      resolve(answer);
      // Hiding fires onDidHide, which `settled` now ignores.
      input.dispose();
      for (const listener of listeners) listener.dispose();
    };
    const listeners = [
      ...[listen(finish)].flat(),
      input.onDidTriggerButton((button) => {
        if (button === QuickInputButtons.Back) finish(BACK);
      }),
      input.onDidHide(() => finish(undefined)),
    ];
    input.show();
  });
}
