/** A spec problem, always naming the file and the JSON pointer (RFC 6901) of the offending place. */
export class SpecError extends Error {
  override name = 'SpecError';
  constructor(
    readonly file: string,
    readonly pointer: string,
    readonly problem: string,
  ) {
    super(`${file}#${pointer}: ${problem}`);
  }
}

export const escapePointer = (segment: string | number) =>
  String(segment).replaceAll('~', '~0').replaceAll('/', '~1');

export const unescapePointer = (segment: string) =>
  segment.replaceAll('~1', '/').replaceAll('~0', '~');

export const joinPointer = (segments: readonly (string | number)[]) =>
  segments.map((segment) => `/${escapePointer(segment)}`).join('');
