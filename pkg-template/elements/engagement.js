// <mentor-insights-engagement>: held sessions per program over time, each program's numbers and
// trend, and the active pairs that have gone longest without a session; choosing a pair draws its
// own monthly sessions (asked for on demand: per-pair series are not in the default result).
import { MiElement, h } from "./base.js";
import { lines } from "./charts.js";

const LONGEST = 15;

/** The first day of a period label ("2025-03" or "2025-W11"), UTC. */
export function periodStart(label) {
  const week = /^(\d{4})-W(\d{2})$/.exec(label);
  if (!week) return new Date(`${label}-01T00:00:00Z`);
  const jan4 = Date.UTC(Number(week[1]), 0, 4);
  const day = (new Date(jan4).getUTCDay() + 6) % 7;
  return new Date(jan4 - day * 864e5 + (Number(week[2]) - 1) * 7 * 864e5);
}

export class EngagementElement extends MiElement {
  static key = "engagement";
  static observedAttributes = [...MiElement.observedAttributes, "period", "pair"];
  static labels = {
    title: "Engagement",
    summary:
      "{pairs, plural, one {# pair} other {# pairs}}, {active} active; {lapsed, plural, one {# active pair has} other {# active pairs have}} not met for more than twice their agreed cadence.",
    held: "Held sessions per {period}",
    program: "Program",
    pairs: "Pairs",
    active: "Active",
    heldCol: "Held",
    cancelled: "Cancelled",
    noShow: "No-show",
    adherence: "Cadence adherence",
    trend: "Held per active pair, trend per month",
    longest: "Active pairs longest without a held session (choose one to see its sessions)",
    pair: "Pair",
    days: "Days since last held",
    never: "none held yet",
    cadence: "Cadence (days)",
    pairSessions: "Pair {pair}: sessions per {period}",
    month: "month",
    week: "week",
  };

  compute(source, o) {
    const period = this.getAttribute("period") || "month";
    const pair = this.getAttribute("pair");
    return source.engagement({ ...o, period, ...(pair ? { pairs: [pair] } : {}) });
  }

  render(e) {
    const programs = e.programs.filter((p) => !p.suppressed);
    const active = e.pairs.filter((p) => p.active);
    const lapsed = active.filter((p) => p.daysSinceLastHeld != null && p.daysSinceLastHeld > 2 * p.cadenceDays);
    const out = [
      h("p", {
        class: "summary",
        text: this.label("summary", {
          pairs: e.pairs.length,
          active: active.length,
          lapsed: lapsed.length,
        }),
      }),
    ];
    const caption = this.label("held", { period: this.label(e.period) });
    const formatX = (d) => new Intl.DateTimeFormat(this.locale, { year: "numeric", timeZone: "UTC" }).format(d);
    out.push(
      this.figure(
        caption,
        lines(
          programs.map((p) => ({
            name: p.program,
            points: p.periods.map((x) => ({ x: periodStart(x.period), y: x.held })),
          })),
          { label: caption, formatX, formatY: (v) => this.number(v, 0) },
        ),
        this.table(
          [
            { label: this.label("program"), format: (p) => p.program },
            {
              label: this.label("pairs"),
              numeric: true,
              format: (p) => (p.suppressed ? this.label("suppressed", { n: p.nBelow }) : this.number(p.pairs, 0)),
            },
            {
              label: this.label("active"),
              numeric: true,
              format: (p) => (p.suppressed ? "" : this.number(p.activePairs, 0)),
            },
            {
              label: this.label("heldCol"),
              numeric: true,
              format: (p) => (p.suppressed ? "" : this.number(p.totals.held, 0)),
            },
            {
              label: this.label("cancelled"),
              numeric: true,
              format: (p) => (p.suppressed ? "" : this.number(p.totals.cancelled, 0)),
            },
            {
              label: this.label("noShow"),
              numeric: true,
              format: (p) => (p.suppressed ? "" : this.number(p.totals.noShow, 0)),
            },
            {
              label: this.label("adherence"),
              numeric: true,
              format: (p) => (p.suppressed ? "" : this.percent(p.meanCadenceAdherence)),
            },
            {
              label: this.label("trend"),
              numeric: true,
              format: (p) => (p.suppressed || !p.perPairTrend ? "" : this.number(p.perPairTrend.theilSen.slope, 3)),
            },
          ],
          e.programs,
        ),
      ),
    );
    const longest = [...active]
      .sort((a, b) => (b.daysSinceLastHeld ?? Infinity) - (a.daysSinceLastHeld ?? Infinity))
      .slice(0, LONGEST);
    out.push(
      h("h3", { part: "heading", text: this.label("longest") }),
      this.table(
        [
          { label: this.label("pair"), format: (p) => p.pairId },
          { label: this.label("program"), format: (p) => p.program },
          {
            label: this.label("days"),
            numeric: true,
            format: (p) => (p.daysSinceLastHeld == null ? this.label("never") : this.number(p.daysSinceLastHeld, 0)),
          },
          { label: this.label("cadence"), numeric: true, format: (p) => this.number(p.cadenceDays, 0) },
        ],
        longest,
        { onSelect: (p) => this.#open(p.pairId) },
      ),
    );
    const drilled = e.pairs.find((p) => p.periods);
    if (drilled) {
      const title = this.label("pairSessions", { pair: drilled.pairId, period: this.label(e.period) });
      out.push(
        this.figure(
          title,
          lines(
            [
              {
                name: this.label("heldCol"),
                points: drilled.periods.map((x) => ({ x: periodStart(x.period), y: x.held })),
              },
              {
                name: this.label("cancelled"),
                points: drilled.periods.map((x) => ({ x: periodStart(x.period), y: x.cancelled + x.noShow })),
                dashed: true,
              },
            ],
            {
              label: title,
              formatX: (d) =>
                new Intl.DateTimeFormat(this.locale, { month: "short", year: "2-digit", timeZone: "UTC" }).format(d),
              formatY: (v) => this.number(v, 0),
            },
          ),
          this.table(
            [
              { label: "", format: (x) => x.period },
              { label: this.label("heldCol"), numeric: true, format: (x) => this.number(x.held, 0) },
              { label: this.label("cancelled"), numeric: true, format: (x) => this.number(x.cancelled, 0) },
              { label: this.label("noShow"), numeric: true, format: (x) => this.number(x.noShow, 0) },
            ],
            drilled.periods,
          ),
        ),
      );
    }
    return out;
  }

  /** Opens a pair: tells the portal, and asks for that pair's sessions (the `pair` attribute). */
  #open(pairId) {
    this.select({ pairId });
    this.setAttribute("pair", pairId);
  }
}
