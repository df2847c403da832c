// A small DOM helper shared by the page's modules: text always through textContent.
export const $ = (id) => document.getElementById(id);

export const el = (tag, { dataset, ...props } = {}, ...children) => {
  const e = document.createElement(tag);
  Object.assign(e, props);
  Object.assign(e.dataset, dataset ?? {});
  e.append(...children.filter((c) => c != null && c !== ""));
  return e;
};

export function download(name, text, type) {
  const a = el("a", { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  document.body.append(a);
  a.click();
  a.remove();
}
