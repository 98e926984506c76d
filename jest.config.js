/** Unit and component tests; type-checking is done once by `tsc --noEmit` in `npm test`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  // test/browser holds the Playwright specs, run by `playwright test`; test/dist checks the build (jest.dist.config.js).
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/", "<rootDir>/test/dist/"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { jsx: "react-jsx", module: "commonjs", isolatedModules: true, esModuleInterop: true, resolveJsonModule: true } }],
  },
  setupFiles: [
    "<rootDir>/test/setup/custom-functions-runtime.ts",
    "<rootDir>/test/setup/jsdom-gaps.ts",
    "<rootDir>/test/setup/testing-library.ts",
  ],
};
