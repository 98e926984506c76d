import { focusSoon } from "../../components/focus-soon";
import type { FormProblem } from "../../logic/plan-form";

/** Focus on a problem's field, and in a field of lines the caret on the problem's line, selected. */
export function focusField({ field, line }: FormProblem): void {
  if (field === "extras") return focusSoon("#wizard-result");
  focusSoon(`#view [name="${field}"]`, (element) => {
    if (!(element instanceof HTMLTextAreaElement) || line === undefined) return;
    const before = element.value.split("\n").slice(0, line - 1);
    const start = before.reduce((n, text) => n + text.length + 1, 0);
    element.setSelectionRange(start, start + (element.value.split("\n")[line - 1]?.length ?? 0));
  });
}
