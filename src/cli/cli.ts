import { ParseArgsConfig, parseArgs } from "node:util";
import { Language } from "../model/language";

/*
 * What every command line does the same way: the language (Swedish unless
 * `--lang en`), refusals as one line on stderr with exit code 2, a closed pipe
 * (`| head`) ending the command quietly, and no stack trace, ever.
 */

/** A command's words for what can go wrong with how it was called. */
const MESSAGES = {
  usage: { sv: "användning", en: "usage" },
  unknownOption: {
    sv: (option: string) => `okänd flagga ${option}`,
    en: (option: string) => `unknown option ${option}`,
  },
  missingValue: {
    sv: (option: string) => `${option} behöver ett värde`,
    en: (option: string) => `${option} needs a value`,
  },
  unexpectedArgument: {
    sv: (argument: string) => `oväntat argument ${argument}`,
    en: (argument: string) => `unexpected argument ${argument}`,
  },
  badArguments: { sv: "ogiltiga argument", en: "invalid arguments" },
  language: {
    sv: (value: string) => `--lang ska vara sv eller en, inte "${value}"`,
    en: (value: string) => `--lang must be sv or en, not "${value}"`,
  },
  stopped: {
    sv: (reason: string) => `avbröts oväntat (${reason})`,
    en: (reason: string) => `stopped unexpectedly (${reason})`,
  },
} as const;

export interface Cli {
  readonly language: Language;
  /** Prints the refusal on stderr and returns exit code 2. */
  fail(message: string): number;
  /** The usage line in the command's language, after a refusal. */
  failWithUsage(message: string): number;
}

export interface CommandLine {
  /** The command's name, as `finsam <name>:` starts its messages. */
  readonly name: string;
  /** The arguments after `npm run <name> --`, as `usage: ...` shows them. */
  readonly usage: Record<Language, string>;
}

/** Runs a command's `main` with its language, exit code and the guards every command has. */
export function runCli(command: CommandLine, main: (argv: string[], cli: Cli) => Promise<number>): void {
  endQuietlyOnClosedPipe();
  const argv = process.argv.slice(2);
  const language = languageOf(argv);
  const fail = (message: string) => {
    process.stderr.write(`finsam ${command.name}: ${message}\n`);
    return 2;
  };
  const cli: Cli = {
    language,
    fail,
    failWithUsage: (message) =>
      fail(`${message}\n${MESSAGES.usage[language]}: npm run ${command.name} -- ${command.usage[language]}`),
  };
  const requested = requestedLanguage(argv);
  const run =
    requested !== undefined && requested !== "sv" && requested !== "en"
      ? Promise.resolve(fail(MESSAGES.language[language](requested)))
      : main(argv, cli);
  run
    .then((code) => (process.exitCode = code))
    .catch((error: unknown) => {
      process.exitCode = fail(MESSAGES.stopped[language]((error as Error)?.message ?? String(error)));
    });
}

/** The value of `--lang` (or `--lang=`) as given, before the other arguments are checked. */
function requestedLanguage(argv: readonly string[]): string | undefined {
  const at = argv.findIndex((argument) => argument === "--lang" || argument.startsWith("--lang="));
  if (at < 0) return undefined;
  return argv[at].includes("=") ? argv[at].slice("--lang=".length) : (argv[at + 1] ?? "");
}

const languageOf = (argv: readonly string[]): Language => (requestedLanguage(argv) === "en" ? "en" : "sv");

/** Node's argument errors in the command's language: the option or argument named, the rest said anew. */
export function describeArgumentError(error: unknown, language: Language): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const named = /'([^']+)'/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return MESSAGES.unknownOption[language](named);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return MESSAGES.missingValue[language](named.split(" ")[0]);
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return MESSAGES.unexpectedArgument[language](named);
  return MESSAGES.badArguments[language];
}

/** `parseArgs` with its refusal in the command's language. */
export function parseCommandLine<T extends ParseArgsConfig>(
  config: T,
  language: Language,
): ReturnType<typeof parseArgs<T>> | { error: string } {
  try {
    return parseArgs(config);
  } catch (error) {
    return { error: describeArgumentError(error, language) };
  }
}

/**
 * A reader that stops reading (`npm run check ... | head`) closes the pipe:
 * the next write fails with EPIPE, which ends the command with the exit code it
 * has so far (0 while it was writing); a stream that fails otherwise ends it with 2.
 */
function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      process.exit(error.code === "EPIPE" && typeof process.exitCode === "number" ? process.exitCode : 2);
    });
  }
}
