/**
 * The WordNet classes a common noun's usual senses fall under, among a short list of anchors (`facility`, `structure`,
 * `excavation`, `craft`, `vehicle`, `device`, `commodity`, `creation`, `institution`, `business`, `organization`,
 * `region`, `geographical_area`, `body_of_water`, `person`): src/resolve/noun-classes.json, built at development time
 * by eval/build-noun-classes.ts. Read by the type model (type-model.ts) for a name's head and the nouns that say what
 * it is: finer than the lexicographer file (noun-sense.ts), which puts an airport and a tanker alike in noun.artifact.
 */
import { shippedJson } from '../util/shipped-json.ts';

let classes: Map<string, readonly string[]> | null = null;
const NONE: readonly string[] = [];

/** The classes of a common noun in lower case ("airport" → facility; "tanker" → craft, vehicle); none if unlisted. */
export function nounClasses(word: string): readonly string[] {
  classes ??= new Map((shippedJson(new URL('./noun-classes.json', import.meta.url)) as { classes: string[] }).classes.map((line) => {
    const [noun, ...cs] = line.split(' ');
    return [noun!, cs] as const;
  }));
  return classes.get(word) ?? NONE;
}

/** The shortest tail and the shortest first part `tailClasses` reads a closed compound by. */
const TAIL_MIN = 5;
const FIRST_MIN = 3;

/**
 * The classes of a closed compound the table does not hold, read by its longest tail the table holds ("drugmaker" →
 * "maker", "steelmakers" → "makers"); none where the table holds the word itself. News writes a trade's noun closed up
 * with the thing it makes ("the drugmaker X", "X, the chipmaker"), and WordNet holds few of those (issue 15, session 47).
 */
export function tailClasses(word: string): readonly string[] {
  if (nounClasses(word).length) return NONE;
  for (let i = FIRST_MIN; i <= word.length - TAIL_MIN; i++) {
    const tail = nounClasses(word.slice(i));
    if (tail.length) return tail;
  }
  return NONE;
}
