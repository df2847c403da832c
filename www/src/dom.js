// The page's DOM helpers: elements are built by the package's own helper (the one the elements
// draw with), text always through textContent.
import { h as el } from "mentor-insights/elements";

export { el };

export const $ = (id) => document.getElementById(id);

export function download(name, text, type) {
  const a = el("a", { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  document.body.append(a);
  a.click();
  a.remove();
}
