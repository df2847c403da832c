// <mentor-insights-retention>: who stays, by group (default: mentored or not) — survival curves,
// exit rates, and the hazard ratios of the honest (time-varying) and the naive Cox model.
import { MiElement, h } from "./base.js";
import { lines } from "./charts.js";

export class RetentionElement extends MiElement {
  static key = "retention";
  static observedAttributes = [...MiElement.observedAttributes, "exits"];
  static labels = {
    title: "Retention",
    summary: "{groups}. Log-rank {p}.",
    summaryNaive: "Ever mentored or not (naive, counting no time before the first pair): {groups}. Log-rank {p}.",
    curveHonest:
      "Still employed, by days since hire, counting each person as mentored from their first pair (Simon–Makuch, {level})",
    curveNaive:
      "Naive comparison: ever mentored or never (Kaplan–Meier, {level}); it credits mentoring with the time before the first pair",
    drivers: "Who leaves: every attribute, strongest evidence first",
    attribute: "Attribute",
    association: "Association with leaving",
    pAdjusted: "p (adjusted for the attributes tested)",
    perUnit: "hazard ratio {hr} per {unit}",
    shares: "{high}: {highShare} left; {low}: {lowShare}",
    unitStep: "step",
    unitYear: "year",
    unit1000: "1,000",
    unitSd: "standard deviation",
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
    // With mentoring time-varying, the curves say what the headline says (Simon–Makuch); the
    // "ever mentored" groups are the naive comparison and are labelled so.
    const honest =
      r.by === "mentored" && r.exposureCurves ? r.exposureCurves.groups.filter((g) => !g.suppressed) : null;
    const out = [
      h("p", {
        class: "summary",
        text: this.label(honest ? "summaryNaive" : "summary", {
          // Every group below the privacy threshold: say so, not an empty list.
          groups: shown.length
            ? shown
                .map((g) =>
                  this.label("group", {
                    group: this.groupName(r, g.group),
                    rate: this.percent(g.rate.value),
                    exits: this.number(g.exits, 0),
                    n: this.number(g.n, 0),
                  }),
                )
                .join(this.label("separator"))
            : this.label("suppressed", { n: r.groups[0]?.nBelow }),
          p: r.logrank ? this.pIs(r.logrank.pValue) : this.label("none"),
        }),
      }),
    ];
    const curves = (caption, groups) =>
      lines(
        groups.map((g) => ({
          name: this.groupName(r, g.group),
          points: g.km.table.map((x) => ({ x: x.t, y: x.survival, lo: x.ciLow, hi: x.ciHigh })),
        })),
        {
          label: caption,
          step: true,
          yDomain: [0, 1],
          formatX: (v) => this.number(v, 0),
          formatY: (v) => this.percent(v),
        },
      );
    if (honest) {
      const caption = this.label("curveHonest", { level: this.label("level") });
      out.push(
        this.figure(
          caption,
          curves(caption, honest),
          this.table(
            [
              { label: this.label("name"), format: (g) => this.groupName(r, g.group) },
              {
                label: this.label("people"),
                numeric: true,
                format: (g) => (g.suppressed ? this.label("suppressed", { n: g.nBelow }) : this.number(g.people, 0)),
              },
              {
                label: this.label("exits"),
                numeric: true,
                format: (g) => (g.suppressed ? "" : this.number(g.exits, 0)),
              },
              {
                label: this.label("median"),
                numeric: true,
                format: (g) => (g.suppressed ? "" : this.number(g.km.median.value, 0)),
              },
            ],
            r.exposureCurves.groups,
          ),
        ),
      );
    }
    const caption = this.label(honest ? "curveNaive" : "curve", { level: this.label("level") });
    out.push(
      this.figure(
        caption,
        curves(caption, shown),
        this.table(
          [
            { label: this.label("name"), format: (g) => this.groupName(r, g.group) },
            {
              label: this.label("people"),
              numeric: true,
              format: (g) => (g.suppressed ? this.label("suppressed", { n: g.nBelow }) : this.number(g.n, 0)),
            },
            { label: this.label("exits"), numeric: true, format: (g) => (g.suppressed ? "" : this.number(g.exits, 0)) },
            { label: this.label("rate"), format: (g) => (g.suppressed ? "" : this.estimate(g.rate)) },
            {
              label: this.label("median"),
              numeric: true,
              format: (g) => (g.suppressed ? "" : this.number(g.km.median.value, 0)),
            },
          ],
          r.groups,
        ),
      ),
    );
    const terms = [
      ...(r.cox?.terms ?? []).map((t) => ({
        ...t,
        model: r.exposure === "time-varying" ? this.label("honest") : r.exposure,
        series: 0,
      })),
      ...(r.naiveCox?.terms ?? []).map((t) => ({ ...t, model: this.label("naive"), series: 1 })),
    ];
    if (terms.length) out.push(this.hazards(this.label("hazards", { level: this.label("level") }), terms));
    if (r.drivers?.length) out.push(this.drivers(r.drivers));
    return out;
  }

  /** Every attribute's association with leaving, as a table. */
  drivers(drivers) {
    const unit = { step: "unitStep", year: "unitYear", 1000: "unit1000", sd: "unitSd" };
    const association = (d) => {
      if (d.kind === "numeric" && d.hazardRatio)
        return this.label("perUnit", {
          hr: this.fixed(d.hazardRatio.value),
          unit: this.label(unit[d.unit] ?? "unitSd"),
        });
      const shown = d.levels.filter((l) => !l.suppressed).sort((a, b) => b.share.value - a.share.value);
      if (shown.length < 2) return this.label("none");
      const [high, low] = [shown[0], shown.at(-1)];
      return this.label("shares", {
        high: high.group,
        highShare: this.percent(high.share.value),
        low: low.group,
        lowShare: this.percent(low.share.value),
      });
    };
    return h(
      "section",
      { part: "drivers" },
      h("h3", { part: "heading", text: this.label("drivers") }),
      this.table(
        [
          { label: this.label("attribute"), format: (d) => d.attribute },
          { label: this.label("association"), format: association },
          { label: this.label("pAdjusted"), numeric: true, format: (d) => this.p(d.pAdjusted) },
        ],
        drivers,
      ),
    );
  }
}
