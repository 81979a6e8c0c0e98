/**
 * The site's one stylesheet (style.css), as Vite builds it (`?inline`: minified, the same bytes for the same
 * source), and the file it is written to: `style.<hash>.css` at the site root (src/pages/[stylesheet].css.ts).
 * Every page links it relatively, so it loads from any folder depth and from file://. The name carries a hash of
 * the content, so a browser never keeps a stale copy after the site is rebuilt with other styles.
 */
import { createHash } from 'node:crypto';
import css from './style.css?inline';
import { urls } from '../util/urls.ts';

const hash = createHash('sha256').update(css).digest('hex').slice(0, 10);

export const stylesheet = { css, url: urls.stylesheet(hash) };
