import type { MessageKey, MessageParams } from "../i18n/messages";

/**
 * Why an .xlsx cannot be read, as a message key whose parameters lack only `{file}`: the reader
 * knows the full path, the command line names the file as the user gave it (see readTableFile).
 */
export class XlsxReadError extends Error {
  readonly key: MessageKey;
  readonly params: MessageParams;

  constructor(key: MessageKey, params: MessageParams = {}) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = "XlsxReadError";
    this.key = key;
    this.params = params;
  }
}
