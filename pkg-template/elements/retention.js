// <mentor-insights-retention>: who stays, by group (default: mentored or not) — survival curves,
// exit rates, and the hazard ratios of the honest (time-varying) and the naive Cox model.
import { MiElement, h } from "./base.js";
import { lines } from "./charts.js";

export class RetentionElement extends MiElement {
  static labels = {
    title: "Retention",
    summary: "{groups}. Log-rank p = {p}.",
    group: "{group}: {rate} left ({exits} of {n})",
    curve: "Still employed, by days since hire (Kaplan–Meier, {level})",
    hazards: "Hazard ratios of leaving ({level}; below 1: fewer exits)",
    name: "Group",
    people: "People",
    exits: "Exits",
    rate: "Exit rate",
    median: "Median days employed",
    honest: "counted from the first pair",
    naive: "ever mentored (naive)",
    true: "mentored",
    false: "not mentored",
  };

  compute(source, o) {
    const exits = this.getAttribute("exits") || "all";
    return source.retention({ ...o, by: o.by?.[0], exits });
  }

  groupName(r, g) {
    return r.by === "mentored" || r.by === "mentor" ? this.label(g) : g;
  }

  render(r) {
    const shown = r.groups.filter((g) => !g.suppressed);
    const out = [
      h("p", {
        class: "summary",
        text: this.label("summary", {
          groups: shown.map((g) => this.label("group", { group: this.groupName(r, g.group), rate: this.percent(g.rate.value), exits: this.number(g.exits, 0), n: this.number(g.n, 0) })).join("; "),
          p: r.logrank ? this.number(r.logrank.pValue, 3) : this.label("none"),
        }),
      }),
    ];
    const caption = this.label("curve", { level: this.label("level") });
    out.push(
      this.figure(
        caption,
        lines(
          shown.map((g) => ({ name: this.groupName(r, g.group), points: g.km.table.map((x) => ({ x: x.t, y: x.survival, lo: x.ciLow, hi: x.ciHigh })) })),
          { label: caption, step: true, yDomain: [0, 1], formatX: (v) => this.number(v, 0), formatY: (v) => this.percent(v) },
        ),
        this.table(
          [
            { label: this.label("name"), format: (g) => this.groupName(r, g.group) },
            { label: this.label("people"), numeric: true, format: (g) => (g.suppressed ? this.label("suppressed", { n: g.nBelow }) : this.number(g.n, 0)) },
            { label: this.label("exits"), numeric: true, format: (g) => (g.suppressed ? "" : this.number(g.exits, 0)) },
            { label: this.label("rate"), format: (g) => (g.suppressed ? "" : this.estimate(g.rate)) },
            { label: this.label("median"), numeric: true, format: (g) => (g.suppressed ? "" : this.number(g.km.median.value, 0)) },
          ],
          r.groups,
        ),
      ),
    );
    const terms = [
      ...(r.cox?.terms ?? []).map((t) => ({ ...t, model: r.exposure === "time-varying" ? this.label("honest") : r.exposure, series: 0 })),
      ...(r.naiveCox?.terms ?? []).map((t) => ({ ...t, model: this.label("naive"), series: 1 })),
    ];
    if (terms.length) out.push(this.hazards(this.label("hazards", { level: this.label("level") }), terms));
    return out;
  }
}
