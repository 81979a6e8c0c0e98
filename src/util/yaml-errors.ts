/** Friendly positions for YAML syntax errors, shared by front matter and curation files. */
import type { YAMLError, LineCounter } from 'yaml';

/**
 * The 1-based line (in the file, given where the YAML text starts) and message for a parse error. An unclosed `[` or `{` is reported where
 * it opens, not at the end of the file where the parser gave up.
 */
export function describeYamlError(source: string, err: YAMLError, lines: LineCounter, lineOffset = 0): { line: number; message: string } {
  const pos = err.pos?.[0] ?? 0;
  if (/flow (sequence|mapping|collection)|end with a [\]}]/i.test(err.message)) {
    let depth = 0;
    for (let i = Math.min(pos, source.length - 1); i >= 0; i--) {
      const c = source[i];
      if (c === ']' || c === '}') depth++;
      else if (c === '[' || c === '{') {
        if (depth === 0) {
          const line = lines.linePos(i).line + lineOffset;
          return { line, message: `unclosed \`${c}\` at line ${line}` };
        }
        depth--;
      }
    }
  }
  return { line: lines.linePos(pos).line + lineOffset, message: err.message.split('\n')[0] ?? 'invalid YAML' };
}
