import { translate, type Locale, type MessageKey } from "../i18n/messages";
import { terminalText } from "./terminal-text";

export type ProgressStage = "reading" | "detecting" | "computing" | "writing";

const STAGE_KEYS: Readonly<Record<ProgressStage, MessageKey>> = {
  reading: "cli.progress.reading",
  detecting: "cli.progress.detecting",
  computing: "cli.progress.computing",
  writing: "cli.progress.writing",
};

/** Inputs with more rows than this get one progress line per stage even when stderr is a log file. */
export const LARGE_INPUT_ROWS = 100_000;
/** A terminal's line is redrawn at most this often. */
const REDRAW_MS = 100;

const GROUPED = new Intl.NumberFormat("en-US");

/**
 * Progress of a run on stderr, as one line that says the stage and the rows read so far.
 *
 * - On a terminal: the line is redrawn in place (`\r`, then erase to the end of the line), at most
 *   every 100 ms, and erased before any other message and at the end, so nothing is left behind.
 * - Elsewhere (a log, a CI job): nothing for small inputs; for inputs over 100,000 rows one plain
 *   line per stage, never a `\r` or an escape code.
 */
export class ProgressLine {
  private stage: { key: MessageKey; label: string; rows: number | null; logged: boolean } | null = null;
  private largest = 0;
  private shown = false;
  private drawnAt = -Infinity;

  constructor(
    private readonly write: (text: string) => void,
    private readonly locale: Locale,
    private readonly terminal: boolean,
    private readonly clock: () => number = () => Date.now(),
  ) {}

  /**
   * Starts a stage (finishing the one before). `label` names its file, if any; `rows` is the
   * count it starts from (default the largest seen so far), `null` to show none.
   */
  begin(stage: ProgressStage, label = "", rows: number | null = this.largest): void {
    this.end();
    this.stage = { key: STAGE_KEYS[stage], label: terminalText(label, 160, this.locale), rows, logged: false };
    if (this.terminal) this.draw(true);
    // Reading counts its own rows: its line waits for the count.
    else if (stage !== "reading") this.log();
  }

  /** The rows read (or being computed, or written) so far in this stage. */
  rows(count: number): void {
    if (this.stage === null) return;
    this.stage.rows = count;
    if (count > this.largest) this.largest = count;
    if (this.terminal) this.draw(false);
  }

  /** Finishes the current stage. */
  end(): void {
    if (this.stage === null) return;
    if (!this.terminal) this.log();
    this.stage = null;
  }

  /**
   * Off a terminal, the stage's one line, once the input is known to be large: at the end of a
   * reading stage, with the rows it read; at the start of the other stages.
   */
  private log(): void {
    if (this.stage === null || this.stage.logged || this.largest <= LARGE_INPUT_ROWS) return;
    this.stage.logged = true;
    this.write(`${this.text()}\n`);
  }

  /** Erases the terminal line, before another message is written or when the run is done. */
  clear(): void {
    if (this.terminal && this.shown) this.write("\r\u001b[K");
    this.shown = false;
    this.drawnAt = -Infinity;
  }

  /** Ends the last stage and erases the line. */
  finish(): void {
    this.end();
    this.clear();
  }

  private text(): string {
    const stage = this.stage!;
    const rows = stage.rows === null ? "" : translate(this.locale, "cli.progress.rows", { rows: GROUPED.format(stage.rows) });
    return translate(this.locale, stage.key, { file: stage.label, rows }).trimEnd();
  }

  private draw(force: boolean): void {
    const now = this.clock();
    if (!force && now - this.drawnAt < REDRAW_MS) return;
    this.drawnAt = now;
    this.write(`\r${this.text()}\u001b[K`);
    this.shown = true;
  }
}
