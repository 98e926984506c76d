import { type Dispatch, type SetStateAction, useCallback, useState } from "react";
import { type PaneStore, usePane } from "./pane-context";

/*
 * The pane's state while it is open, kept above the views: a view is unmounted when another tab is
 * chosen, and what the user typed, chose or was shown there must be back when they return. One store
 * for the pane (made once by App); each piece under its own key.
 */

/**
 * What the store keeps, by key: the wizard's draft (and what of it the document holds), the latest Skapa,
 * Granska's result, Uppföljning's choices.
 */
export type KeptKey =
  | "newPlan.draft"
  | "newPlan.inDocument"
  | "newPlan.written"
  | "review.result"
  | "followUp.file"
  | "followUp.asOf"
  | "followUp.written";

export const newPaneStore = (): PaneStore => new Map();

/**
 * Like useState, but kept by the pane: a view that comes back gets the value it left. The store is written at
 * once, so that work which ends while the view is away (a write, a review) is there when it returns.
 */
export function useKept<T>(key: KeptKey, initial: T | (() => T)): [T, Dispatch<SetStateAction<T>>] {
  const { store } = usePane();
  const [value, setValue] = useState<T>(() => {
    if (!store.has(key)) store.set(key, initial instanceof Function ? initial() : initial);
    // A key holds only what useKept<T> put there under it.
    return store.get(key) as T;
  });
  const set = useCallback<Dispatch<SetStateAction<T>>>(
    (action) => {
      const next = action instanceof Function ? action(store.get(key) as T) : action;
      store.set(key, next);
      setValue(next);
    },
    [store, key],
  );
  return [value, set];
}
