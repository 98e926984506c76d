import { deserialize, serialize } from "node:v8";

/*
 * What jsdom's test environment lacks and the code under test uses: Node's
 * structuredClone (FakeExcel.snapshot; v8's serializer clones Maps alike) and
 * ResizeObserver (Fluent's MessageBar; jsdom lays nothing out, so it never fires).
 */
if (typeof globalThis.structuredClone === "undefined") {
  Object.assign(globalThis, { structuredClone: <T>(value: T): T => deserialize(serialize(value)) as T });
}
if (typeof window !== "undefined" && typeof window.ResizeObserver === "undefined") {
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
