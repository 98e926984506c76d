/* global require, module */

/** The checks of what `npm run build` wrote to dist/ (`npm run test:dist`, part of `npm test` after the build). */
const base = require("./jest.config");

module.exports = {
  ...base,
  roots: ["<rootDir>/test/dist"],
  testPathIgnorePatterns: ["/node_modules/"],
};
