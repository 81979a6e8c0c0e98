/**
 * Bytes → clean Unicode text. UTF-8 (with or without BOM) and UTF-16 with BOM are decoded as such; bytes that
 * are not valid UTF-8 are read as Windows-1252 (a superset of Latin-1 in practice) and reported. The WHATWG
 * TextDecoder does the decoding: no hand tables.
 */
export type Decoded =
  | { ok: true; text: string; encoding: string; warning?: string }
  | { ok: false; message: string };

// Zero-width and bidirectional control characters: invisible, and able to reorder displayed text.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;
// C0 controls other than tab and newline, and DEL.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * `declared`: the charset the file names for itself (an HTML page's `<meta charset>`), by its WHATWG label. A byte
 * order mark wins over it, as in browsers; UTF-8 declared or none is read as described above.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): Decoded {
  if (bytes.length === 0) return { ok: false, message: 'empty file' };
  let text: string;
  let encoding: string;
  let warning: string | undefined;
  const named = declared === undefined ? null : declaredDecoder(declared);
  if (named === 'unknown') warning = `unknown charset ${declared}; read as UTF-8`;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    encoding = 'utf-16be';
  } else if (named !== null && named !== 'unknown' && !(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) {
    if (looksBinary(bytes)) return { ok: false, message: 'not text: binary data' };
    text = named.decode(bytes);
    encoding = named.encoding;
  } else {
    if (looksBinary(bytes)) return { ok: false, message: 'not text: binary data' };
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
      encoding = 'windows-1252';
      warning = 'not valid UTF-8; read as Windows-1252 (Latin-1)';
    }
  }
  text = text
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .normalize('NFC');
  if (text.trim() === '') return { ok: false, message: 'no text (only whitespace)' };
  return warning ? { ok: true, text, encoding, warning } : { ok: true, text, encoding };
}

/** A decoder for a declared charset other than UTF-8 (null: UTF-8, read the usual way), or 'unknown'. */
function declaredDecoder(label: string): TextDecoder | null | 'unknown' {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label.trim());
  } catch {
    return 'unknown';
  }
  return decoder.encoding === 'utf-8' ? null : decoder;
}

/** NUL bytes, or many control bytes, in the first 8 KB mean a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.05;
}

/**
 * The charset a file names for itself in its first 1,024 bytes (an HTML `<meta charset>`, an XML declaration's
 * `encoding`), found by `pattern` (its first group is the label) in those bytes read as Windows-1252. A file that
 * names UTF-16 is read as UTF-8, as browsers do: the declaration was readable as ASCII, so the bytes are not UTF-16.
 */
export function charsetInHead(bytes: Uint8Array, pattern: RegExp): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  const label = pattern.exec(head)?.[1] ?? null;
  return label !== null && /^utf-?16/i.test(label) ? 'utf-8' : label;
}
