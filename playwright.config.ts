import { defineConfig } from "@playwright/test";

/** Browser tests of the built pane in Debian's Chromium (never a downloaded browser), one worker: the machines are small. */
export default defineConfig({
  testDir: "test/browser",
  testMatch: "*.spec.ts",
  globalSetup: "./test/browser/global-setup.ts",
  workers: 1,
  timeout: 60_000,
  reporter: [["list"]],
  projects: [
    { name: "web-en", metadata: { profile: "web-en" } },
    // Swedish desktop Excel on Windows (test/excel/fake-profiles.ts): the wizard, Infoga, Granska plan and Bokslut again.
    {
      name: "windows-sv",
      metadata: { profile: "windows-sv" },
      testMatch: ["pane.spec.ts", "review.spec.ts", "wizard.spec.ts", "accounts.spec.ts"],
      grep: /(Ny plan|Funktioner|Granska plan|Bokslut): /,
    },
  ],
  use: {
    browserName: "chromium",
    launchOptions: { executablePath: "/usr/bin/chromium" },
    viewport: { width: 360, height: 720 },
    locale: "sv-SE",
  },
});
