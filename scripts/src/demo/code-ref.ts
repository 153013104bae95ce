// Where the code a step shows lives, so that a reader can open it: a file of the repository and
// the function (or constant) in it that does the work.

export interface CodeRef {
  /** From the repository root. */
  readonly file: string;
  /** A name defined in `file`. */
  readonly symbol: string;
  /** What it does in this step. */
  readonly what: string;
}

export const codeLine = ({ file, symbol, what }: CodeRef) => `code: ${file}  ${symbol}: ${what}`;
