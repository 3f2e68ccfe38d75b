/**
 * Where the command line writes: never over one of its inputs, never into a folder it made up,
 * never a half-written file.
 */
import { randomBytes } from "node:crypto";
import { realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

/** A file's identity on disk: the same device and inode is the same file, whatever its name (a hard link). */
interface FileIdentity {
  readonly real: string;
  readonly dev: number | null;
  readonly ino: number | null;
}

/**
 * Whether the disk holding `file` (an existing file) ignores the case of names: the name with
 * its case changed stats as the same file. `false` when the name has no letter to change.
 */
export async function foldsCase(file: string): Promise<boolean> {
  const name = path.basename(file);
  const swapped = [...name].map((ch) => (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase())).join("");
  if (swapped === name) return false;
  try {
    const [a, b] = await Promise.all([stat(file), stat(path.join(path.dirname(file), swapped))]);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

/** The folder of `target` when it does not exist or is not a folder, else `null`. */
export async function missingFolder(target: string): Promise<string | null> {
  const folder = path.dirname(target);
  try {
    return (await stat(folder)).isDirectory() ? null : folder;
  } catch {
    return folder;
  }
}

/**
 * The real path of `file` (symlinks, `..`, `/proc/self/cwd` and folder aliases resolved) and its
 * device and inode when it exists; for a file not there yet, the real path of its folder joined
 * with its name.
 */
async function identify(file: string): Promise<FileIdentity> {
  try {
    const real = await realpath(file);
    const info = await stat(real);
    return { real, dev: info.dev, ino: info.ino };
  } catch {
    try {
      return { real: path.join(await realpath(path.dirname(file)), path.basename(file)), dev: null, ino: null };
    } catch {
      return { real: path.resolve(file), dev: null, ino: null };
    }
  }
}

/**
 * The input that `output` would overwrite, or `null`. Two names are the same file when their
 * real paths are equal, when they are the same device and inode (hard links), or when the real
 * paths differ only in case and the input's disk folds case (`Orders.xlsx` and `orders.xlsx` on
 * macOS or Windows).
 *
 * @param inputs and `output`: absolute paths
 * @param folds whether a disk folds case, asked of the input (injectable for tests)
 */
export async function inputOverwrittenBy(output: string, inputs: readonly string[], folds: (file: string) => Promise<boolean> = foldsCase): Promise<string | null> {
  const target = await identify(output);
  for (const input of inputs) {
    const source = await identify(input);
    if (source.real === target.real) return input;
    if (source.dev !== null && source.dev === target.dev && source.ino === target.ino) return input;
    if (source.real.toLowerCase() === target.real.toLowerCase() && (await folds(source.real))) return input;
  }
  return null;
}

/**
 * Writes `content` to a new file beside `target` and renames it into place, so that the target
 * is either its old self or the whole new file, never half of one. The temporary file is
 * removed when the write or the rename fails. A target that is a symlink is written through:
 * the file it points to is replaced.
 */
export async function writeFileAtomically(target: string, content: Uint8Array | string, write: typeof writeFile = writeFile): Promise<void> {
  const real = (await identify(target)).real;
  const temporary = path.join(path.dirname(real), `.${path.basename(real)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await write(temporary, content, { flag: "wx" });
    await rename(temporary, real);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
