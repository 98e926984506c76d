import type { ExcelRunner } from "./excel-runner";

/**
 * What the pane keeps in the document itself (Office.context.document.settings), so that a pane opened
 * again on the same workbook continues where the user left off: values are stored as their JSON, and
 * only once saved (learn.microsoft.com, Office.Settings: set, get, saveAsync).
 */
export interface DocumentSettings {
  /** The value saved under `name`, or null when there is none. */
  read(name: string): Promise<unknown>;
  /** Sets `value` under `name` and saves the settings into the document. */
  write(name: string, value: unknown): Promise<void>;
}

export function officeDocumentSettings(runner: ExcelRunner): DocumentSettings {
  return {
    read: async (name) => runner.office.settings().get(name),
    write: (name, value) => {
      const settings = runner.office.settings();
      settings.set(name, value);
      return new Promise((resolve, reject) =>
        settings.saveAsync((result) => (result.error ? reject(new Error(result.error.message)) : resolve())),
      );
    },
  };
}
