/**
 * compromise, set up once for Chronicle: extraction reads its part-of-speech and lexicon tags only, so the last
 * step of its pipeline, which groups words into noun and verb chunks after all tagging is done, is left out
 * (about 6% of extraction time; tags are the same bytes, since it runs after the taggers and sets no tag).
 */
import nlp from 'compromise';

const world = nlp.world() as { hooks: string[] };
world.hooks = world.hooks.filter((hook) => hook !== 'chunks');

export default nlp;
