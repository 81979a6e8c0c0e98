/**
 * The event taxonomy, as data: every type of happening Chronicle tells, its label on the pages, and the flags that
 * change how a stage treats it. Extraction (`src/extract/events.ts`) owns the trigger words of each type; resolution
 * and rendering read only this module, so changing a trigger rule does not touch (or re-render) what depends on the
 * taxonomy alone.
 *
 * The order is the order triggers are tried in: the most specific type first ("blacklisted" is a sanction before it
 * is anything else; "said" only when nothing more specific is in the sentence).
 */
export interface EventKind {
  type: string;
  label: string;
  /**
   * Reported speech ("X said …"): it belongs to its speaker, is dated only by its own clause, and is a quote on the
   * speaker's page rather than an event, unless it is its article's news.
   */
  reportedSpeech?: true;
  /** Made for an article's news when neither headline nor lede holds a trigger: no trigger words of its own. */
  untriggered?: true;
  /** Violence, whose trigger words also have a figurative sense ("is fighting two lawsuits", "attacked the merger"). */
  violent?: true;
  /**
   * Its trigger nouns name a proceeding or a transaction, never a person or a place: as the object of a violent
   * trigger they tell its figurative sense ("fighting a takeover bid"; "killed two protesters" stays violent).
   */
  proceeding?: true;
  /**
   * Its trigger words are in its sense only in an article of this register (src/extract/register.ts, the learned
   * model of which kind of news an article is) and only in the article's headline and lede: "beat forecasts", "won
   * approval" in business news are no contest, and a match's result is the news of its report — a result told further
   * down is a moment of the match or background ("who won the cup in 2002").
   */
  ledeOfRegister?: string;
}

export const EVENT_KINDS: readonly EventKind[] = [
  // First: in a sport lede, the only place it is read, a result is the news, and the other kinds' words there are
  // mostly moves of play ("fighting back to beat", "shot", "crashed over").
  { type: 'contest', label: 'Result', ledeOfRegister: 'sport' },
  // Then a sport lede's other news (session 30, evt59): a player signed or joining a club, a player ruled out of a
  // match or withdrawn from an event. Read only there: "signed an agreement", "withdrew from the talks" elsewhere are
  // another kind's or none.
  { type: 'signing', label: 'Signing', ledeOfRegister: 'sport' },
  { type: 'absence', label: 'Ruled out', ledeOfRegister: 'sport' },
  { type: 'coup', label: 'Coup' },
  { type: 'sanction', label: 'Sanctions' },
  { type: 'attack', label: 'Violence', violent: true },
  { type: 'death', label: 'Death' },
  { type: 'birth', label: 'Birth' },
  { type: 'disaster', label: 'Disaster' },
  { type: 'election', label: 'Election', proceeding: true },
  { type: 'appointment', label: 'Appointment' },
  { type: 'resignation', label: 'Resignation' },
  { type: 'deal', label: 'Deal', proceeding: true },
  { type: 'financial', label: 'Financial results', proceeding: true },
  { type: 'legal', label: 'Legal', proceeding: true },
  { type: 'protest', label: 'Protest' },
  { type: 'launch', label: 'Launch' },
  { type: 'meeting', label: 'Meeting' },
  { type: 'statement', label: 'Statement', reportedSpeech: true },
  { type: 'news', label: 'News', untriggered: true },
];

const BY_TYPE = new Map(EVENT_KINDS.map((k) => [k.type, k]));

/** The kind of an event type; an unknown type (from an older graph) is a plain event. */
export function eventKind(type: string): EventKind {
  return BY_TYPE.get(type) ?? { type, label: 'Event' };
}

/** The type of an article's news when neither its headline nor its lede holds a trigger. */
export const NEWS_TYPE = EVENT_KINDS.find((k) => k.untriggered)!.type;
