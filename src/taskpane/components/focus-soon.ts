/* global document, HTMLElement, setTimeout */

/** How long to wait for an element that comes with a lazy part of the pane (a wizard step still loading). */
const WAIT_MS = 3000;

/**
 * Moves the keyboard focus to what `selector` finds once it is on the page: after a step change React
 * has yet to draw the new step, and a lazy step may still be loading. `then` gets the element focused.
 */
export function focusSoon(selector: string, then?: (element: HTMLElement) => void): void {
  const until = Date.now() + WAIT_MS;
  const attempt = () => {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) {
      element.focus();
      then?.(element);
    } else if (Date.now() < until) setTimeout(attempt, 50);
  };
  setTimeout(attempt);
}
