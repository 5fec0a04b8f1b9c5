const BOUNDARY = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';

/** `\b` that knows accented letters (JavaScript's does not, even with the u flag: "Comité\b" fails). */
export function w(regex: RegExp): RegExp {
  return new RegExp(regex.source.replaceAll('\\b', BOUNDARY), regex.flags);
}
