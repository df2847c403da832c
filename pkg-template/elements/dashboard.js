// <mentor-insights-dashboard>: every element on one source, the findings first. Its attributes
// (as-of, min-group-size, by, period, exits, locale) pass to each element; `labels` takes an
// object per element ({ goals: {...}, risk: {...} }).
import { ANALYSIS_ELEMENTS } from "./analyses.js";
import { ElementBase, MiElement } from "./base.js";

const LAYOUT = `
:host { display: block; }
.grid { display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 520px), 1fr)); }
.grid > * { min-width: 0; }
.wide { grid-column: 1 / -1; }
`;

export class DashboardElement extends ElementBase {
  /** Its elements' attributes, which it passes on to each (`pair` is one engagement chart's own). */
  static observedAttributes = [...MiElement.observedAttributes, "period", "exits"];
  #source = null;

  constructor() {
    super();
    this.attachShadow({ mode: "open" });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(LAYOUT);
    this.shadowRoot.adoptedStyleSheets = [sheet];
    const grid = document.createElement("div");
    grid.className = "grid";
    this.elements = {};
    for (const { key: name } of ANALYSIS_ELEMENTS) {
      const e = document.createElement(`mentor-insights-${name}`);
      e.setAttribute("part", name);
      if (name === "findings" || name === "risk") e.classList.add("wide");
      this.elements[name] = e;
      grid.append(e);
    }
    this.shadowRoot.append(grid);
  }

  get source() {
    return this.#source;
  }
  set source(s) {
    this.#source = s;
    for (const e of Object.values(this.elements)) e.source = s;
  }

  set labels(l) {
    for (const [name, e] of Object.entries(this.elements)) if (l?.[name]) e.labels = l[name];
  }

  attributeChangedCallback(name, _, value) {
    for (const e of Object.values(this.elements)) {
      if (value == null) e.removeAttribute(name);
      else e.setAttribute(name, value);
    }
  }
}
