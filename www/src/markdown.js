// Markdown of the notebook's text cells (markdown-it): raw HTML is shown as text, images are off
// (nothing is fetched), links go only to http(s) and mailto; headings sit two levels down, under
// the notebook's own. What a cell holds is shown, never run.
import MarkdownIt from "markdown-it";

const md = new MarkdownIt({ html: false, linkify: false }).disable("image");
md.core.ruler.push("notebook_headings", (state) => {
  for (const t of state.tokens)
    if (t.type === "heading_open" || t.type === "heading_close") t.tag = `h${Math.min(6, Number(t.tag[1]) + 2)}`;
});
md.validateLink = (url) => /^(https?:|mailto:)/i.test(url.trim());

/** A text cell's markdown as HTML, safe to insert (see above). */
export const markdownHtml = (text) => md.render(text);
