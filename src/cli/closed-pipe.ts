/**
 * Ends quietly when the reader of the output goes away (`npm run sie -- x.se | head -1`):
 * without a listener, the EPIPE error of the next write ends the process with a stack trace.
 */
export function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => process.exit(error.code === "EPIPE" ? 0 : 2));
  }
}
