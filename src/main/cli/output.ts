import { AppError, serializeError } from '../../shared/errors';

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

/** Prints a command's result: exactly one JSON object with --json, else the human lines. */
export function printResult(json: boolean, result: object, human: () => string[]): void {
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else for (const line of human()) process.stdout.write(`${line}\n`);
}

/** Reports an error on stderr (and as JSON on stdout with --json) and returns the exit code. */
export function reportError(error: unknown, json: boolean): number {
  const data = serializeError(error);
  if (json) process.stdout.write(`${JSON.stringify({ error: data })}\n`);
  process.stderr.write(`loupe: ${data.message}${data.detail ? `\n  ${data.detail}` : ''}\n`);
  if (!data.expected && error instanceof Error && !(error instanceof AppError)) process.stderr.write(`${error.stack ?? ''}\n`);
  return EXIT_BAD_INPUT;
}
