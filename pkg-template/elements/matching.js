// <mentor-insights-matching>: which pair features went with ending early here (hazard ratios of
// the organisation's own history) and the suggested mentor for each waiting mentee; choosing a
// suggestion fires `mentor-insights-select` with the mentee's id.
import { MiElement, h } from "./base.js";

/** Suggestions listed; the rest are counted. */
const LISTED = 15;

export class MatchingElement extends MiElement {
  static key = "matching";
  static labels = {
    title: "Matching",
    summary:
      "{pairs, plural, one {# pair} other {# pairs}}, {early} ended early. On the last year's pairs the model's concordance is {c} (0.5 is chance).",
    hazards: "Hazard ratio of ending early by pair feature ({level}; below 1: pairs last)",
    term: "Feature",
    suggestions: "Suggested mentors (total score {total}; first come, first served: {greedy})",
    mentee: "Mentee",
    mentor: "Mentor",
    score: "Chance of lasting a year",
    alternatives: "Alternatives",
    unmatched: "Not matched: {ids}",
    more: "… and {n, plural, one {# more suggestion} other {# more suggestions}} (all of them: the suggest result).",
  };

  async compute(source, o) {
    const [m, s] = await Promise.all([
      source.matching(o),
      Promise.resolve()
        .then(() => source.suggest(o))
        .catch((e) => ({ error: String(e?.message ?? e) })),
    ]);
    return { m, s };
  }

  render({ m, s }) {
    const out = [
      h("p", {
        class: "summary",
        title: this.label("concordanceHelp"),
        text: this.label("summary", {
          pairs: m.pairs,
          early: this.number(m.earlyEnds, 0),
          c: this.fixed(m.validation?.concordance),
        }),
      }),
    ];
    const terms = m.model?.terms ?? [];
    if (terms.length) out.push(this.hazards(this.label("hazards", { level: this.label("level") }), terms));
    if (s.error) {
      out.push(h("p", { class: "why", role: "note", text: s.error }));
    } else {
      out.push(
        h("h3", {
          part: "heading",
          text: this.label("suggestions", {
            total: this.number(s.totalScore, 1),
            greedy: this.number(s.greedyTotalScore, 1),
          }),
        }),
        this.table(
          [
            { label: this.label("mentee"), format: (a) => a.menteeId },
            { label: this.label("mentor"), format: (a) => a.mentorId },
            { label: this.label("score"), numeric: true, format: (a) => this.percent(a.score) },
            {
              label: this.label("alternatives"),
              format: (a) => a.alternatives.map((x) => `${x.mentorId} ${this.percent(x.score)}`).join(", "),
            },
          ],
          s.assignments.slice(0, LISTED),
          { onSelect: (a) => this.select({ personId: a.menteeId }) },
        ),
      );
      if (s.assignments.length > LISTED)
        out.push(h("p", { class: "muted", text: this.label("more", { n: s.assignments.length - LISTED }) }));
      if (s.unmatched.length)
        out.push(
          h("p", {
            class: "muted",
            text: this.label("unmatched", { ids: s.unmatched.map((u) => u.menteeId).join(", ") }),
          }),
        );
    }
    return out;
  }
}
