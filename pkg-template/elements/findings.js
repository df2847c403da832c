// <mentor-insights-findings>: what the numbers say (SPEC §4.8), most urgent first.
import { MiElement, h } from "./base.js";

export class FindingsElement extends MiElement {
  static key = "findings";
  static labels = {
    title: "What the numbers say",
    warning: "act",
    notice: "note",
    info: "context",
    nothing: "Nothing stands out.",
  };

  compute(source, o) {
    return source.findings(o);
  }

  render(r) {
    if (!r.findings.length) return [h("p", { class: "muted", text: this.label("nothing") })];
    return [
      h(
        "ul",
        { class: "findings", part: "table" },
        ...r.findings.map((f) =>
          h(
            "li",
            { "data-id": f.id, "data-severity": f.severity },
            h("span", { class: `badge ${f.severity}`, text: this.label(f.severity) }),
            h("span", { text: f.text }),
          ),
        ),
      ),
    ];
  }
}
