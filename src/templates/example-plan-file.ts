import { join } from "node:path";

/**
 * The built-in example's file, read by the CLI and the benchmark: the
 * association's own 2025 plan, rebuilt from its public documents.
 */
export const EXAMPLE_PLAN = join(__dirname, "..", "..", "examples", "rar-sormland-2025.json");
