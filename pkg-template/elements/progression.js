// <mentor-insights-progression>: promotions per 100 person-years by group, the rate ratio, and the
// hazard ratio of promotion once mentored.
import { MiElement, h } from "./base.js";
import { intervals } from "./charts.js";

export class ProgressionElement extends MiElement {
  static key = "progression";
  static labels = {
    title: "Career progression",
    summary: "Promotions per 100 person-years: {groups}. Rate ratio {ratio}.",
    rates: "Promotions per 100 person-years ({level})",
    hazards: "Hazard ratio of promotion ({level}; above 1: promoted sooner)",
    name: "Group",
    people: "People",
    years: "Person-years",
    promotions: "Promotions",
    rate: "Per 100 person-years",
    true: "mentored",
    false: "not (yet) mentored",
  };

  compute(source, o) {
    return source.progression({ ...o, by: o.by?.[0] });
  }

  render(p) {
    const name = (g) => (p.by === "mentored" ? this.label(g) : g);
    const shown = p.groups.filter((g) => !g.suppressed);
    const caption = this.label("rates", { level: this.label("level") });
    const out = [
      h("p", {
        class: "summary",
        text: this.label("summary", {
          groups: shown
            .map((g) => `${name(g.group)} ${this.estimate(g.ratePer100py, false)}`)
            .join(this.label("separator")),
          ratio: this.estimate(p.rateRatio, false),
        }),
      }),
      this.figure(
        caption,
        intervals(
          shown.map((g) => ({
            label: name(g.group),
            value: g.ratePer100py.value,
            lo: g.ratePer100py.ciLow,
            hi: g.ratePer100py.ciHigh,
          })),
          {
            label: caption,
            domain: [0, Math.max(1, ...shown.map((g) => g.ratePer100py.ciHigh ?? 0))],
            format: (v) => this.number(v, 0),
          },
        ),
        this.table(
          [
            { label: this.label("name"), format: (g) => name(g.group) },
            {
              label: this.label("people"),
              numeric: true,
              format: (g) => (g.suppressed ? this.label("suppressed", { n: g.nBelow }) : this.number(g.people, 0)),
            },
            {
              label: this.label("years"),
              numeric: true,
              format: (g) => (g.suppressed ? "" : this.number(g.personYears, 0)),
            },
            {
              label: this.label("promotions"),
              numeric: true,
              format: (g) => (g.suppressed ? "" : this.number(g.promotions, 0)),
            },
            { label: this.label("rate"), format: (g) => (g.suppressed ? "" : this.estimate(g.ratePer100py, false)) },
          ],
          p.groups,
        ),
      ),
    ];
    const terms = p.cox?.terms ?? [];
    if (terms.length) out.push(this.hazards(this.label("hazards", { level: this.label("level") }), terms));
    return out;
  }
}
