import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

// The plugin applies its Office rules and prettier to *.ts only; *.tsx needs them too.
const withTsx = (config) => (config.files ? { ...config, files: [...config.files, "**/*.tsx"] } : config);

export default [
  { ignores: ["dist/", "coverage/"] },
  ...officeAddins.configs.react.map(withTsx),
  // As office-addin-lint's own config does: the plugin's bundled parser reference does not resolve.
  { languageOptions: { parser: tseslint.parser } },
  // Turns off the core rules that TypeScript checks itself (no-undef, no-redeclare, ...).
  tseslint.configs.eslintRecommended,
  {
    // React 17+ JSX transform: components need no React import.
    rules: {
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
    },
  },
];
