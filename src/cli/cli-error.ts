import type { MessageKey, MessageParams } from "../i18n/messages";

/** Exit codes of `ec-review`: 0 done, 1 the input cannot be used, 2 the command line is wrong. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

/**
 * A problem the user can fix (a missing file, a column that is not there, a malformed option),
 * carried as a message key so that the command line prints it in the user's language and exits
 * with `exitCode`, never with a stack trace.
 */
export class CliError extends Error {
  readonly key: MessageKey;
  readonly params: MessageParams;
  readonly exitCode: number;

  constructor(key: MessageKey, params: MessageParams = {}, exitCode: number = EXIT_BAD_INPUT) {
    super(key);
    this.name = "CliError";
    this.key = key;
    this.params = params;
    this.exitCode = exitCode;
  }
}

/** A message for the user that is not an error (a header renamed, a table taken from another sheet). */
export interface CliNotice {
  readonly key: MessageKey;
  readonly params: MessageParams;
}
