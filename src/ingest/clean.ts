/**
 * Page debris and furniture, recognised by general patterns (never by the strings of one site): comment forms,
 * "read more" teasers, share buttons, agency credits, slogans glued to titles, photo captions and subheadings.
 */
import type { ParagraphKind } from '../types.ts';
import { escapeRegExp } from '../util/escape.ts';

/** News agencies and picture desks, as they appear in credits ("SOURCE:Reuters", "/ AFP", "(AP Photo/…)"). */
export const AGENCIES = [
  'Reuters', 'AP', 'Associated Press', 'AFP', 'Agence France-Presse', 'Bloomberg', 'Xinhua', 'EPA', 'Getty Images',
  'PA', 'Press Association', 'dpa', 'ANSA', 'Kyodo', 'Yonhap', 'TASS', 'Interfax', 'UPI', 'CNN', 'BBC', 'AAP', 'IANS', 'PTI',
];
const AGENCY_ALT = AGENCIES.map(escapeRegExp).join('|');

const DEBRIS: RegExp[] = [
  /^(read more|related|see also|also read|recommended|more from|further reading|watch|listen)\s*:/i,
  /^leave a (reply|comment)\.?$/i,
  /^(post a comment|add a comment|comments?|\d+ comments?|join the discussion)\.?$/i,
  /your email address will not be published/i,
  /required fields are marked/i,
  /^(share|share this|share this article|share on \w+|click to share.*|tweet|print|email)\.?$/i,
  /^(follow us|like us|subscribe)( on| to)?\b.{0,60}$/i,
  /^(advertisement|sponsored( content)?|ad)\.?$/i,
  /^(tags?|filed under|categories)\s*:/i,
  /^(copyright|©)\s.{0,120}$/i,
  /^all rights reserved\.?$/i,
  /^(sign up|newsletter)\b.{0,80}$/i,
];

export function isDebris(text: string): boolean {
  return DEBRIS.some((re) => re.test(text.trim()));
}

/** "SOURCE:Reuters", "Source: AP" → the credited source. */
export function sourceLine(text: string): string | null {
  const m = /^\s*(?:source|sources|via|credit)\s*:\s*(.{1,60}?)\s*\.?$/i.exec(text);
  return m ? m[1]!.trim() : null;
}

/** "LONDON (Reuters) - …" → the agency, and the text without the credit. */
export function agencyDateline(text: string): { agency: string; text: string } | null {
  const m = new RegExp(`^(.{0,60}?)\\s*\\((${AGENCY_ALT})\\)\\s*[-–—]\\s*`).exec(text);
  if (!m) return null;
  const place = m[1]!.trim();
  return { agency: m[2]!, text: `${place ? `${place} – ` : ''}${text.slice(m[0].length)}` };
}

/** A trailing photo credit: "… / Reuters", "REUTERS/Jane Doe", "(AP Photo/John Smith)", "Photo: Getty Images". */
export function photoCredit(text: string): { credit: string; text: string } | null {
  const patterns = [
    new RegExp(`\\s*[/|]\\s*(${AGENCY_ALT})(?:\\s*(?:Photo|Pictures?|Images?))?\\s*\\.?$`),
    new RegExp(`\\s*\\(?((?:${AGENCY_ALT}) Photo\\s*/[^)]{1,60})\\)?\\.?$`, 'i'),
    // AGENCY/Photographer Name: the name has at least two words, so "HIV/Aids." ending a sentence is no credit
    /\s*\b([A-Z]{2,}(?: [A-Z]{2,})?\/[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){1,4})\.?$/,
    /\s*\(?\b((?:Photo|Picture|Image|Photograph)(?: credit)?\s*:\s*[^.()]{1,60})\)?\.?$/i,
  ];
  for (const re of patterns) {
    const m = re.exec(text);
    if (m && m.index > 0) return { credit: m[1]!.trim(), text: text.slice(0, m.index).trim() };
  }
  return null;
}

/**
 * A wire story's sign-off: the agency's name closing the story, alone or after its last sentence ("… last year.
 * REUTER"), or in capitals after a table's last row ("… 4.5 mln REUTER"). "… told AP" ends a sentence: no sign-off.
 */
const SIGN_OFF_NAMES = [...AGENCIES, 'Reuter'];
const SIGN_OFFS = [
  new RegExp(`(?:^|(?<=[.!?"”’)])\\s+)(${SIGN_OFF_NAMES.map(escapeRegExp).join('|')})[.\\s]*$`, 'i'),
  new RegExp(`\\s+(${SIGN_OFF_NAMES.filter((a) => a.toUpperCase() !== a).map((a) => escapeRegExp(a.toUpperCase())).join('|')})[.\\s]*$`),
];

/** The story's text without its closing sign-off, and the agency that signed it. */
export function signOff(text: string): { agency: string; text: string } | null {
  for (const re of SIGN_OFFS) {
    const m = re.exec(text);
    if (m) return { agency: agencyOf(m[1]!) ?? 'Reuters', text: text.slice(0, m.index).trim() };
  }
  return null;
}

/** The text names an agency as the agency writes itself ("Reuters Staff", "AP"; not the "Ap" of a Welsh name). */
export function namesAgency(text: string): boolean {
  return AGENCY_AS_WRITTEN.test(text);
}
const AGENCY_AS_WRITTEN = new RegExp(`\\b(?:${AGENCY_ALT})\\b`);

/** Agency name inside a credit ("REUTERS/Jane Doe" → "Reuters"). */
export function agencyOf(credit: string): string | null {
  const m = new RegExp(`\\b(${AGENCY_ALT})\\b`, 'i').exec(credit);
  if (!m) return null;
  return AGENCIES.find((a) => a.toLowerCase() === m[1]!.toLowerCase()) ?? m[1]!;
}

const SLOGAN_WORD = /\b(news|updates?|today'?s?|daily|times|post|online|blog|magazine|herald|tribune|journal|gazette|live|breaking|headlines|channel|tv|media|network|world|report|latest)\b|\.(com|net|org|co\.\w+|in|uk|info)\b/i;

/**
 * Removes a site name or slogan glued to a headline after a spaced dash or pipe
 * ("Storm hits coast – Let’s See Todays News Updates", "Storm hits coast | The Daily Bugle").
 * Only the last segment is considered, and only when the headline before it is long enough to stand alone.
 */
export function stripTitleSlogan(title: string): string {
  const m = /^(.*\S)\s+[–—|-]\s+([^–—|]+)$/.exec(title);
  if (!m) return title;
  const [, head, tail] = m as unknown as [string, string, string];
  if (head.split(/\s+/).length < 4) return title;
  const tailIsAgency = agencyOf(tail) !== null && tail.split(/\s+/).length <= 3;
  return SLOGAN_WORD.test(tail) || tailIsAgency ? head.trim() : title;
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
/** A written full date: "Friday, December 10, 2021", "10 December 2021", "2021-12-10". */
export const FULL_DATE = new RegExp(
  `(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`,
  'g',
);

/**
 * A dateline set on its own line: a place in capitals and a full date, nothing else ("LONDON 1996-08-22", "PARIS,
 * Aug. 22, 1996"). Wire feeds and archive exports give it apart from the text; read alone, it becomes a lede of one
 * place name. It opens the next paragraph instead, as a dateline within the text does.
 */
export function datelineLine(text: string): string | null {
  const m = /^(\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?),?\s+(.+)$/u.exec(text.trim());
  return m && isDateOnly(m[2]!) ? `${m[1]}, ${m[2]!.trim()}` : null;
}

/**
 * The first body paragraph, when it is a dateline line followed by a plain body paragraph that opens the story, joined
 * to it. Not into a byline ("By Ann Vell"), an agency's opening ("(Reuters) - …") or a dash: those stay as written.
 */
function foldDatelineLine(kept: Block[]): void {
  const at = kept.findIndex((b) => b.kind === 'body');
  const dateline = at >= 0 ? datelineLine(kept[at]!.text) : null;
  const next = kept[at + 1];
  if (!dateline || next?.kind !== 'body' || /^(?:by\s|\(|[-–—])/i.test(next.text)) return;
  next.text = `${dateline} - ${next.text}`;
  kept.splice(at, 1);
}

/** A paragraph that is nothing but a date (a page's dateline) — used for the date, not shown as text. */
export function isDateOnly(text: string): boolean {
  const t = text.trim().replace(/^(published|updated|posted)( on)?:?\s*/i, '');
  FULL_DATE.lastIndex = 0;
  const m = FULL_DATE.exec(t);
  return m !== null && m.index === 0 && t.slice(m[0].length).replace(/[\s,.]|\d{1,2}:\d{2}(\s*[ap]\.?m\.?)?|[A-Z]{2,4}$/gi, '') === '';
}

const PHOTO_VERB =
  /\b(listens|speaks|gestures|walks|poses|arrives|attends|looks on|looks|waves|is seen|are seen|stands|sit|sits|delivers|holds|talks|addresses|smiles|shakes hands|greets|leaves|departs|reacts|celebrates|kneels|prays|rides|pictured)\b/;

const REPORTING = /\b(?:said|says|told|according to|reported|announced)\b/i;

/**
 * Photo captions: a credit at the end, or a present-tense description of a scene with a full written date
 * (captions give the day a picture was taken; prose rarely does both).
 */
export function looksLikeCaption(text: string, position: number): boolean {
  const words = text.split(/\s+/).length;
  if (words > 70) return false;
  if (photoCredit(text)) return true;
  if (position > 4) return false;
  FULL_DATE.lastIndex = 0;
  // A caption shows a scene; a paragraph that reports speech ("…, the official said") is prose that happens to use a
  // word such as "talks" or "holds".
  return PHOTO_VERB.test(text) && FULL_DATE.test(text) && !REPORTING.test(text);
}

/** A short line inside the body with no closing punctuation: a subheading ("Myanmar and North Korea"). */
export function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/);
  return (
    words.length <= 8 &&
    // mostly words, not figures: "78,000" or "2000 GMT" in a score table is not a subheading
    words.filter((w) => /^[“"‘']?\p{L}/u.test(w)).length * 2 > words.length &&
    /^[\p{Lu}\d“"‘']/u.test(t) &&
    !/[.!?:;,"”’)\]]$/.test(t) &&
    !/^[\p{Lu}\s]+[-–—]\s*$/u.test(t) &&
    !isDateOnly(t)
  );
}

export interface Block {
  text: string;
  line: number;
  kind?: ParagraphKind;
}

export interface CleanResult {
  blocks: Block[];
  source: string | null;
  /** Dates read from date-only lines and captions, for inferring a missing article date. */
  dateLines: string[];
  captionTexts: string[];
}

/** Drops debris, pulls out source credits and date lines, and gives each remaining block a kind. */
export function cleanBlocks(input: readonly Block[]): CleanResult {
  let source: string | null = null;
  let creditSource: string | null = null;
  const dateLines: string[] = [];
  const captionTexts: string[] = [];
  const kept: Block[] = [];
  for (const block of input) {
    let text = block.text.replace(/\s+/g, ' ').trim();
    if (!text || isDebris(text)) continue;
    const credited = sourceLine(text);
    if (credited !== null) {
      source ??= agencyOf(credited) ?? credited;
      continue;
    }
    if (block.kind === undefined && isDateOnly(text)) {
      dateLines.push(text);
      continue;
    }
    const dateline = agencyDateline(text);
    if (dateline) {
      source ??= dateline.agency;
      text = dateline.text;
    }
    let kind = block.kind;
    if (kind === undefined && looksLikeCaption(text, kept.length)) {
      kind = 'caption';
      const credit = photoCredit(text);
      if (credit) {
        creditSource ??= agencyOf(credit.credit);
        text = credit.text;
      }
      captionTexts.push(text);
    }
    kept.push({ text, line: block.line, kind: kind ?? 'body' });
  }
  foldDatelineLine(kept);
  const last = kept.at(-1);
  const signed = last?.kind === 'body' ? signOff(last.text) : null;
  if (signed) {
    source ??= signed.agency;
    if (signed.text) last!.text = signed.text;
    else kept.pop();
  }
  // Subheadings: short unpunctuated lines between body paragraphs (never the first or last block).
  for (let i = 1; i < kept.length - 1; i++) {
    const b = kept[i]!;
    if (b.kind === 'body' && looksLikeHeading(b.text) && kept[i + 1]!.kind !== 'heading') b.kind = 'heading';
  }
  return { blocks: kept, source: source ?? creditSource, dateLines, captionTexts };
}
