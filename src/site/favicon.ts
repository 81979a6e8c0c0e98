/** The site's icon (src/pages/favicon.svg.ts writes it to `<out>/favicon.svg`). */
export const FAVICON_SVG =
  "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'><rect width='32' height='32' rx='6' fill='#b5451b'/><text x='16' y='23' font-family='Georgia,serif' font-size='21' font-weight='700' fill='#fff' text-anchor='middle'>C</text></svg>\n";
