import { Marked } from "marked";

const marked = new Marked({ gfm: true, breaks: true, async: false });
marked.use({
  renderer: {
    // Raw HTML in an answer is shown as text, never interpreted by the browser.
    html({ text }) {
      return escapeHtml(text);
    },
    link({ href, text }) {
      const safe = /^(https?:|mailto:)/i.test(href) ? href : "#";
      return `<a href="${escapeHtml(safe)}" target="_blank" rel="noopener noreferrer">${text}</a>`;
    },
    image({ href, text }) {
      return escapeHtml(`[image: ${text || href}]`);
    },
  },
});

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Renders an answer's markdown to safe HTML for the web chat. */
export function renderWebHtml(markdown: string): string {
  return marked.parse(markdown) as string;
}
