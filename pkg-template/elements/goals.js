// <mentor-insights-goals>: completion rates with their intervals by program (or `by`), the time
// goals stay open (Kaplan–Meier), and the overdue and stalled counts.
import { MiElement, h } from "./base.js";
import { intervals, lines } from "./charts.js";

export class GoalsElement extends MiElement {
  static key = "goals";
  static labels = {
    title: "Goal completion",
    summary:
      "{goals, plural, one {# goal} other {# goals}} in {pairs, plural, one {# pair} other {# pairs}}: {completed} completed ({ci}), {onTime} of them on time; in active pairs {overdue, plural, one {# is} other {# are}} past due and {stalled} stalled.",
    byGroup: "Completion rate by {by} ({level})",
    open: "Goals still open, by days since created (Kaplan–Meier)",
    group: "Group",
    goals: "Goals",
    completed: "Completed",
    onTime: "On time",
    days: "Days",
    stillOpen: "Still open",
  };

  compute(source, o) {
    return source.goals({ ...o, by: o.by ?? ["program"] });
  }

  render(g) {
    const o = g.overall;
    const out = [
      h("p", {
        class: "summary",
        text: this.label("summary", {
          goals: o.goals,
          pairs: o.pairs,
          completed: this.percent(o.completionRate?.value),
          ci: o.completionRate
            ? `${this.label("level")} ${this.percent(o.completionRate.ciLow)}–${this.percent(o.completionRate.ciHigh)}`
            : this.label("none"),
          onTime: this.percent(o.onTimeRate?.value),
          overdue: o.overdue.length,
          stalled: o.stalled.length,
        }),
      }),
    ];
    const rows = g.groups.map((x) => ({
      label: x.group,
      suppressed: x.suppressed,
      nBelow: x.nBelow,
      goals: x.goals,
      value: x.completionRate?.value,
      lo: x.completionRate?.ciLow,
      hi: x.completionRate?.ciHigh,
      onTime: x.onTimeRate?.value,
    }));
    if (rows.length) {
      const by = (g.by ?? []).map((d) => this.dimension(d)).join(" / ");
      const columns = [
        { label: this.label("group"), format: (r) => r.label },
        {
          label: this.label("goals"),
          numeric: true,
          format: (r) => (r.suppressed ? this.label("suppressed", { n: r.nBelow }) : this.number(r.goals, 0)),
        },
        {
          label: `${this.label("completed")} (${this.label("level")})`,
          format: (r) => (r.suppressed ? "" : `${this.percent(r.value)} (${this.percent(r.lo)}–${this.percent(r.hi)})`),
        },
        { label: this.label("onTime"), numeric: true, format: (r) => (r.suppressed ? "" : this.percent(r.onTime)) },
      ];
      out.push(
        this.figure(
          this.label("byGroup", { by, level: this.label("level") }),
          intervals(
            rows.filter((r) => !r.suppressed && r.value != null),
            { label: this.label("byGroup", { by, level: this.label("level") }), format: (v) => this.percent(v) },
          ),
          this.table(columns, rows),
        ),
      );
    }
    // Goals left open for years dominate the axis; the first 18 months tell the story.
    const km = (o.timeToComplete?.km ?? []).filter((r) => r.t <= 548);
    if (km.length > 1) {
      out.push(
        this.figure(
          this.label("open"),
          lines(
            [
              {
                name: this.label("stillOpen"),
                points: km.map((r) => ({ x: r.t, y: r.survival, lo: r.ciLow, hi: r.ciHigh })),
              },
            ],
            {
              label: this.label("open"),
              step: true,
              yDomain: [0, 1],
              formatX: (v) => this.number(v, 0),
              formatY: (v) => this.percent(v),
            },
          ),
          this.table(
            [
              { label: this.label("days"), numeric: true, format: (r) => this.number(r.t, 0) },
              {
                label: this.label("stillOpen"),
                numeric: true,
                format: (r) =>
                  `${this.percent(r.survival, 1)} (${this.percent(r.ciLow, 1)}–${this.percent(r.ciHigh, 1)})`,
              },
            ],
            km.filter((_, i) => i % Math.ceil(km.length / 40) === 0),
          ),
        ),
      );
    }
    return out;
  }
}
