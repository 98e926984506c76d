/*
 * Office.context.document.settings, as learn.microsoft.com describes Office.Settings: the add-in's
 * property bag is loaded from the document when the add-in starts; `set` and `get` work on that copy in
 * memory; `saveAsync` stores it in the document "as the serialized JSON representation" of each value,
 * so only what was saved is there for the next pane, and a value comes back as its JSON would.
 */

/** Where the saved settings live: the document, which outlives any one pane. */
export interface SettingsDocument {
  load(): Record<string, string>;
  save(settings: Record<string, string>): void;
}

/** A document in memory, for the jest tests: a second FakeSettings over it is the pane opened again. */
export function memoryDocument(): SettingsDocument & { saves: number } {
  let saved: Record<string, string> = {};
  return {
    saves: 0,
    load: () => ({ ...saved }),
    save(settings) {
      saved = { ...settings };
      this.saves++;
    },
  };
}

export class FakeSettings {
  private readonly bag: Record<string, string>;
  /** A test sets this to make the next saveAsync fail, as it may when the document cannot be written. */
  failNextSave?: string;

  constructor(private readonly document: SettingsDocument) {
    this.bag = document.load();
  }

  /** Settings.get: the value, or null when the name has none (the docs' "null if not found"). */
  get(name: string): unknown {
    return name in this.bag ? JSON.parse(this.bag[name]) : null;
  }

  /** Settings.set: into the copy in memory. A value JSON cannot carry (a function, undefined) is refused here. */
  set(name: string, value: unknown): void {
    const json = JSON.stringify(value);
    if (json === undefined) throw new Error(`Settings.set("${name}"): the value is not JSON-serializable`);
    this.bag[name] = json;
  }

  remove(name: string): void {
    delete this.bag[name];
  }

  /** Settings.saveAsync: the copy in memory into the document, then the callback with an AsyncResult. */
  saveAsync(callback?: (result: { status: "succeeded" | "failed"; error?: { message: string } }) => void): void {
    const failure = this.failNextSave;
    this.failNextSave = undefined;
    if (!failure) this.document.save({ ...this.bag });
    // Office calls back once the save is done, never during the call.
    setTimeout(() => callback?.(failure ? { status: "failed", error: { message: failure } } : { status: "succeeded" }));
  }
}
