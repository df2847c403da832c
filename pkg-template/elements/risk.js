// <mentor-insights-risk>: active pairs by risk of ending early, with the reasons; choosing a pair
// fires `mentor-insights-select` with its id.
import { MiElement, h } from "./base.js";
import { bars } from "./charts.js";

const SHOWN = 25;
/** Flagged pairs listed with their reasons; the rest are counted. */
const LISTED = 15;
const LEVEL_COLOURS = {
  high: "var(--mi-high, #c23030)",
  medium: "var(--mi-medium, #d9822b)",
  low: "var(--mi-muted, #8a9ba8)",
};

export class RiskElement extends MiElement {
  static key = "risk";
  static labels = {
    title: "Pairs at risk",
    summary:
      "{total, plural, one {# active pair} other {# active pairs}} as of {asOf}: {high} high, {medium} medium, {low} low.",
    weightsLearned:
      "Scores use weights learned from this organisation's closed pairs: over the past year they ranked the pairs that ended early better (AUC {learned}) than the default weights ({default}).",
    weightsAsked: "Scores use weights learned from {n} closed pairs.",
    weightsDefault: "Scores use the documented default weights.",
    chart:
      "Risk score of the {n, plural, one {highest-scoring pair} other {# highest-scoring pairs}} (dashed: the medium and high thresholds)",
    pair: "Pair",
    program: "Program",
    score: "Score",
    level: "Level",
    reasons: "Reasons",
    flagged: "Pairs at high or medium risk, with the reasons (choose one to open it)",
    more: "… and {n} more at medium risk (all of them: the table above, or the risk result).",
    high: "high",
    medium: "medium",
    low: "low",
  };

  compute(source, o) {
    return source.risk(o);
  }

  /** Which weights scored the pairs, in the reader's words. */
  weights(r) {
    const w = r.weights;
    if (w.used !== "learned") return this.label("weightsDefault");
    if (!w.replay) return this.label("weightsAsked", { n: this.number(r.learned.closedPairs, 0) });
    return this.label("weightsLearned", {
      learned: this.fixed(w.replay.learnedAuc),
      default: this.fixed(w.replay.defaultAuc),
    });
  }

  render(r) {
    const top = r.pairs.slice(0, SHOWN);
    const flagged = r.pairs.filter((p) => p.level !== "low");
    const caption = this.label("chart", { n: top.length });
    return [
      h("p", {
        class: "summary",
        text: this.label("summary", {
          total: r.pairs.length,
          asOf: this.date(r.asOf),
          high: this.number(r.levels.high ?? 0, 0),
          medium: this.number(r.levels.medium ?? 0, 0),
          low: this.number(r.levels.low ?? 0, 0),
        }),
      }),
      h("p", { class: "weights", text: this.weights(r) }),
      this.figure(
        caption,
        bars(
          top.map((p) => ({ label: p.pairId, value: p.score, fill: LEVEL_COLOURS[p.level] })),
          { label: caption, format: (v) => this.number(v, 1), marks: [r.config.medium, r.config.high] },
        ),
        this.table(
          [
            { label: this.label("pair"), format: (p) => p.pairId },
            { label: this.label("score"), numeric: true, format: (p) => this.number(p.score, 2) },
            { label: this.label("level"), format: (p) => this.label(p.level) },
          ],
          top,
        ),
      ),
      h("h3", { part: "heading", text: this.label("flagged") }),
      this.table(
        [
          { label: this.label("pair"), format: (p) => p.pairId },
          { label: this.label("program"), format: (p) => p.program },
          { label: this.label("level"), format: (p) => this.label(p.level) },
          { label: this.label("reasons"), format: (p) => p.reasons.map((x) => x.text).join(this.label("separator")) },
        ],
        flagged.slice(0, LISTED),
        { onSelect: (p) => this.select({ pairId: p.pairId }) },
      ),
      flagged.length > LISTED
        ? h("p", { class: "muted", text: this.label("more", { n: this.number(flagged.length - LISTED, 0) }) })
        : null,
    ].filter(Boolean);
  }
}
