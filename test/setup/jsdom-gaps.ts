import { TextDecoder, TextEncoder } from "node:util";
import { deserialize, serialize } from "node:v8";

/*
 * What jsdom's test environment lacks and the code under test uses: Node's
 * structuredClone (FakeExcel.snapshot; v8's serializer clones Maps alike),
 * TextEncoder (the writer's request sizes), ResizeObserver (Fluent's
 * MessageBar; jsdom lays nothing out, so it never fires) and Blob.arrayBuffer
 * (a picked file's bytes; jsdom has FileReader only).
 */
if (typeof globalThis.structuredClone === "undefined") {
  Object.assign(globalThis, { structuredClone: <T>(value: T): T => deserialize(serialize(value)) as T });
}
if (typeof globalThis.TextEncoder === "undefined") {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}
if (typeof window !== "undefined" && typeof window.ResizeObserver === "undefined") {
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
if (typeof window !== "undefined" && typeof Blob.prototype.arrayBuffer === "undefined") {
  Blob.prototype.arrayBuffer = function (this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}
