import { defineConfig } from "@playwright/test";

/** Browser tests of the built pane in Debian's Chromium (never a downloaded browser), one worker: the machines are small. */
export default defineConfig({
  testDir: "test/browser",
  testMatch: "*.spec.ts",
  globalSetup: "./test/browser/global-setup.ts",
  workers: 1,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    browserName: "chromium",
    launchOptions: { executablePath: "/usr/bin/chromium" },
    viewport: { width: 360, height: 720 },
    locale: "sv-SE",
  },
});
