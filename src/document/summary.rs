//! A result read as a program manager would, in the reader's language — what it says first (the
//! findings), then one short block per analysis (a survival curve as its quartiles and as a chart,
//! not its rows), then the warnings — as [`Block`]s that the CLI writes as text and
//! [`super::html`] as a page. Every word comes from the catalogue (`text-*` and `col-*` messages),
//! every number is written the language's way.

use super::{scalar, svg, Block, Document};
use crate::i18n::{format, Locale, Message};
use crate::model::date;
use serde_json::Value;

/// Which result a summary reads.
#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    Report,
    Findings,
    Goals,
    Engagement,
    Retention,
    Progression,
    Risk,
    Matching,
    Suggest,
    /// `{ runs: [{ seed?, people?, data?, evaluation }] }`: replays of the at-risk detector.
    RiskEval,
}

/// Rows of at-risk pairs a summary lists, unless `--top` asks for more.
const TOP_PAIRS: usize = 10;
/// Correlates a summary lists.
const TOP_CORRELATES: usize = 3;
/// Pairs whose own sessions a summary lists (`--pairs`; all of them: `--format json`).
const DRILLED_PAIRS: usize = 10;
/// Drivers of leaving a summary lists (those whose adjusted p is below 0.05).
const TOP_DRIVERS: usize = 3;

/// The summary of `v` (a result as snake_case JSON) in `locale`; `top` lists that many at-risk
/// pairs (`--top`).
pub fn summary(kind: Kind, v: &Value, locale: Locale, top: Option<usize>) -> Document {
    let s = &mut Summary {
        blocks: Vec::new(),
        l: locale,
        top_pairs: top.unwrap_or(TOP_PAIRS),
    };
    match kind {
        Kind::Report => {
            s.meta(&v["meta"]);
            s.findings(&v["findings"]);
            s.goals(&v["goals"]);
            s.engagement(&v["engagement"]);
            s.retention(&v["retention"]);
            s.risk(&v["risk"]);
            s.progression(&v["progression"]);
            s.matching(&v["matching"]);
        }
        Kind::Findings => s.findings(&v["findings"]),
        Kind::Goals => s.goals(v),
        Kind::Engagement => s.engagement(v),
        Kind::Retention => s.retention(v),
        Kind::Progression => s.progression(v),
        Kind::Risk => s.risk(v),
        Kind::Matching => s.matching(v),
        Kind::Suggest => s.suggestions(v),
        Kind::RiskEval => s.risk_eval(v),
    }
    s.warnings(&v["warnings"]);
    // The report's own table is its findings (each analysis's main table has its own command).
    if kind == Kind::Report {
        for b in &mut s.blocks {
            if let Block::Table { main, .. } = b {
                *main = false;
            }
        }
    }
    Document {
        locale,
        blocks: std::mem::take(&mut s.blocks),
    }
}

struct Summary {
    blocks: Vec<Block>,
    l: Locale,
    top_pairs: usize,
}

fn suppressed(x: &Value) -> bool {
    x["suppressed"] == Value::Bool(true)
}

fn items(v: &Value) -> &[Value] {
    v.as_array().map(Vec::as_slice).unwrap_or_default()
}

/// The words and numbers of a summary.
impl Summary {
    fn t(&self, id: &'static str) -> String {
        Message::new(id).render(self.l)
    }

    fn m(&self, m: Message) -> String {
        m.render(self.l)
    }

    fn line(&mut self, text: &str) {
        self.blocks.push(Block::Line(text.to_string()));
    }

    fn heading(&mut self, title: Message) {
        let title = self.m(title);
        self.blocks.push(Block::Heading(title));
    }

    fn chart(&mut self, svg: Option<String>) {
        self.blocks.extend(svg.map(Block::Chart));
    }

    /// A number with `places` decimals, or "—".
    fn num(&self, v: &Value, places: usize) -> String {
        v.as_f64()
            .map_or("—".into(), |x| format::number(x, Some(places), self.l))
    }

    /// A count (or any number as short as it is), or the value as text.
    fn count(&self, v: &Value) -> String {
        v.as_f64()
            .map_or_else(|| scalar(v), |x| format::number(x, None, self.l))
    }

    fn pct(&self, x: f64) -> String {
        self.m(Message::new("text-percent").fixed("value", x * 100.0, 0))
    }

    /// An estimate as `62% (60–64%)`.
    fn rate(&self, e: &Value) -> String {
        let p = |x: &Value| x.as_f64().map_or("—".into(), |x| self.pct(x));
        match (e.get("ci_low"), e.get("ci_high")) {
            _ if e.is_null() => "—".into(),
            (Some(lo), Some(hi)) => format!("{} ({}–{})", p(&e["value"]), p(lo), p(hi)),
            _ => p(&e["value"]),
        }
    }

    /// A ratio with its interval: `0.61 (0.52–0.70)`.
    fn ratio(&self, value: &Value, lo: &Value, hi: &Value) -> String {
        format!(
            "{} ({}–{})",
            self.num(value, 2),
            self.num(lo, 2),
            self.num(hi, 2)
        )
    }

    fn p(&self, x: &Value) -> String {
        match x.as_f64() {
            Some(p) if p < 0.001 => format!("<{}", format::number(0.001, Some(3), self.l)),
            Some(p) => format::number(p, Some(3), self.l),
            None => "—".into(),
        }
    }

    /// A quantile `{ value, ci_low, ci_high }` in days, or "not reached".
    fn days(&self, q: &Value) -> String {
        match q["value"].as_f64() {
            Some(d) => self.m(Message::new("text-days").fixed("days", d, 0)),
            None => self.t("text-not-reached"),
        }
    }

    /// A Kaplan–Meier curve as its quartiles: when a quarter, half and three quarters had the event.
    fn quartiles(&self, km: &Value) -> String {
        format!(
            "{} / {} / {}",
            self.days(&km["q25"]),
            self.days(&km["median"]),
            self.days(&km["q75"])
        )
    }

    /// A table under the catalogue's column names.
    /// A Kaplan–Meier table (`t`, `survival` rows) as the points of a step curve.
    fn curve(km: &Value) -> Vec<(f64, f64)> {
        items(km)
            .iter()
            .filter_map(|r| Some((r["t"].as_f64()?, r["survival"].as_f64()?)))
            .collect()
    }

    /// Step curves of groups' Kaplan–Meier tables (`km.table`), the share still without the event.
    fn curves(&mut self, caption: Message, groups: &Value) {
        let series: Vec<(String, Vec<(f64, f64)>)> = items(groups)
            .iter()
            .filter(|g| !suppressed(g))
            .map(|g| (scalar(&g["group"]), Self::curve(&g["km"]["table"])))
            .collect();
        let caption = self.m(caption);
        let svg = svg::steps(
            &caption,
            &series,
            &|x| format::number(x, Some(0), self.l),
            &|y| self.pct(y),
        );
        self.chart(svg);
    }

    /// Cox terms as a forest of hazard ratios.
    fn forest(&mut self, caption: &'static str, c: &Value) {
        let rows: Vec<(String, f64, f64, f64)> = items(&c["terms"])
            .iter()
            .filter_map(|t| {
                Some((
                    scalar(&t["term"]),
                    t["hazard_ratio"].as_f64()?,
                    t["ci_low"].as_f64()?,
                    t["ci_high"].as_f64()?,
                ))
            })
            .collect();
        let caption = self.t(caption);
        let svg = svg::forest(&caption, &rows, &|x| format::number(x, None, self.l));
        self.chart(svg);
    }

    fn table(&mut self, columns: &[&'static str], rows: Vec<Vec<String>>) {
        let columns: Vec<String> = columns.iter().map(|c| self.t(c)).collect();
        self.blocks.push(Block::Table {
            columns,
            rows,
            main: false,
        });
    }

    /// The analysis's main table (what `--format csv` writes).
    fn main_table(&mut self, columns: &[&'static str], rows: Vec<Vec<String>>) {
        self.table(columns, rows);
        self.mark_main();
    }

    /// Marks the last table as the analysis's main one.
    fn mark_main(&mut self) {
        if let Some(Block::Table { main, .. }) = self
            .blocks
            .iter_mut()
            .rev()
            .find(|b| matches!(b, Block::Table { .. }))
        {
            *main = true;
        }
    }

    /// A row per group: its label, then `cells` of it, or "suppressed".
    fn group_rows(
        &self,
        groups: &Value,
        cells: impl Fn(&Value) -> Vec<String>,
    ) -> Vec<Vec<String>> {
        items(groups)
            .iter()
            .map(|g| {
                let mut row = vec![scalar(&g["group"])];
                if suppressed(g) {
                    row.push(self.t("text-suppressed"));
                } else {
                    row.extend(cells(g));
                }
                row
            })
            .collect()
    }
}

/// The blocks of a summary, one per analysis.
impl Summary {
    fn meta(&mut self, m: &Value) {
        let rows = m["rows"]
            .as_object()
            .map(|r| {
                r.iter()
                    .filter(|(_, n)| n.as_u64().unwrap_or(0) > 0)
                    .map(|(t, n)| format!("{} {t}", self.count(n)))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default();
        let title = Message::new("text-report-title")
            .date(
                "as_of",
                date::parse(m["as_of"].as_str().unwrap_or_default()).unwrap_or(0),
            )
            .text("rows", rows)
            .num("min", m["min_group_size"].as_f64().unwrap_or(0.0));
        let title = self.m(title);
        self.blocks.push(Block::Title(title));
        for u in items(&m["inputs"]["unused_files"]) {
            let sheet = u["sheet"]
                .as_str()
                .map_or(String::new(), |s| format!(", sheet \"{s}\""));
            let line = self.m(Message::new("text-not-read")
                .text("file", format!("{}{sheet}", scalar(&u["file"])))
                .text("why", scalar(&u["why"])));
            self.line(&line);
        }
    }

    fn findings(&mut self, f: &Value) {
        self.heading(Message::new("text-findings"));
        let list = items(f);
        if list.is_empty() {
            let nothing = self.t("text-nothing-stands-out");
            self.line(&nothing);
        }
        for x in list {
            let severity = match x["severity"].as_str() {
                Some("warning") => "warning",
                Some("notice") => "notice",
                _ => "info",
            };
            self.blocks.push(Block::Finding {
                severity,
                text: scalar(&x["text"]),
            });
        }
    }

    fn goals(&mut self, g: &Value) {
        if g.is_null() {
            return;
        }
        self.heading(Message::new("text-goals"));
        let o = &g["overall"];
        let ttc = &o["time_to_complete"];
        let line = self.m(Message::new("text-goals-line")
            .text("goals", self.count(&o["goals"]))
            .text("pairs", self.count(&o["pairs"]))
            .text("completed", self.rate(&o["completion_rate"]))
            .text("on_time", self.rate(&o["on_time_rate"]))
            .text("median", self.days(&ttc["median"]))
            .text("q25", self.days(&ttc["q25"]))
            .text("q75", self.days(&ttc["q75"]))
            .count("overdue", items(&o["overdue"]).len())
            .count("stalled", items(&o["stalled"]).len()));
        self.line(&line);
        if !items(&g["groups"]).is_empty() {
            let rows = self.group_rows(&g["groups"], |x| {
                vec![
                    self.count(&x["goals"]),
                    self.rate(&x["completion_rate"]),
                    self.rate(&x["on_time_rate"]),
                ]
            });
            self.main_table(
                &["col-group", "col-goals", "col-completed", "col-on-time"],
                rows,
            );
        }
        let open = Self::curve(&ttc["km"]);
        let caption = self.t("chart-goals-open");
        let series = [(self.t("chart-still-open"), open)];
        let svg = svg::steps(
            &caption,
            &series,
            &|x| format::number(x, Some(0), self.l),
            &|y| self.pct(y),
        );
        self.chart(svg);
        let ids = self.t("text-goal-ids");
        self.line(&ids);
    }

    fn trend(&self, t: &Value) -> String {
        if t.is_null() {
            return "—".into();
        }
        // Per active pair a month: small numbers, so three decimals; a rise gets its "+".
        let slope = format::number(
            t["theil_sen"]["slope"].as_f64().unwrap_or(0.0),
            Some(3),
            self.l,
        );
        let rising =
            !slope.starts_with('-') && slope.chars().any(|c| c.is_ascii_digit() && c != '0');
        self.m(Message::new("text-trend")
            .text("slope", if rising { format!("+{slope}") } else { slope })
            .text("p", self.p(&t["mann_kendall"]["p_value"])))
    }

    fn engagement(&mut self, e: &Value) {
        if e.is_null() {
            return;
        }
        let period = self.t(if e["period"] == "week" {
            "text-week"
        } else {
            "text-month"
        });
        self.heading(Message::new("text-engagement").text("period", period.clone()));
        let entries = |key: &str| -> Vec<Vec<String>> {
            items(&e[key])
                .iter()
                .map(|x| {
                    let label = scalar(if x["program"].is_null() {
                        &x["group"]
                    } else {
                        &x["program"]
                    });
                    if suppressed(x) {
                        return vec![label, self.t("text-suppressed")];
                    }
                    let t = &x["totals"];
                    vec![
                        label,
                        self.count(&x["pairs"]),
                        self.count(&x["active_pairs"]),
                        self.count(&t["held"]),
                        self.count(&t["cancelled"]),
                        self.count(&t["no_show"]),
                        x["mean_cadence_adherence"]
                            .as_f64()
                            .map_or("—".into(), |a| self.pct(a)),
                        self.trend(&x["per_pair_trend"]),
                    ]
                })
                .collect()
        };
        const COLUMNS: [&str; 7] = [
            "col-pairs",
            "col-active",
            "col-held",
            "col-cancelled",
            "col-no-show",
            "col-adherence",
            "col-trend",
        ];
        let held: Vec<(String, f64)> = items(&e["programs"])
            .iter()
            .filter(|p| !suppressed(p))
            .filter_map(|p| Some((scalar(&p["program"]), p["totals"]["held"].as_f64()?)))
            .collect();
        let programs = entries("programs");
        let groups = e["groups"].is_array().then(|| entries("groups"));
        let caption = self.t("chart-held");
        let svg = svg::bars(&caption, &held, &|x| format::number(x, Some(0), self.l));
        self.chart(svg);
        self.main_table(&[&["col-program"][..], &COLUMNS].concat(), programs);
        if let Some(groups) = groups {
            self.table(&[&["col-group"][..], &COLUMNS].concat(), groups);
        }
        let pairs = items(&e["pairs"]);
        let active = pairs
            .iter()
            .filter(|p| p["active"] == Value::Bool(true))
            .count();
        let line = self.m(Message::new("text-pairs-active")
            .count("pairs", pairs.len())
            .count("active", active));
        self.line(&line);
        // The pairs asked for by id (`--pairs`): their own sessions, period by period.
        for p in pairs
            .iter()
            .filter(|p| p["periods"].is_array())
            .take(DRILLED_PAIRS)
        {
            let title = self.m(Message::new("text-pair-sessions")
                .text("pair", scalar(&p["pair_id"]))
                .text("period", period.clone()));
            self.line(&title);
            let rows = items(&p["periods"])
                .iter()
                .map(|x| {
                    vec![
                        scalar(&x["period"]),
                        self.count(&x["held"]),
                        self.count(&x["cancelled"]),
                        self.count(&x["no_show"]),
                    ]
                })
                .collect();
            self.table(
                &["col-period", "col-held", "col-cancelled", "col-no-show"],
                rows,
            );
        }
    }

    fn cox(&mut self, title: String, c: &Value) {
        if c.is_null() {
            return;
        }
        let m = match c["concordance"].as_f64() {
            Some(x) => Message::new("text-cox-title-concordance").fixed("concordance", x, 2),
            None => Message::new("text-cox-title"),
        };
        let line = self
            .m(m.text("title", title)
                .text("people", self.count(&c["n"]))
                .text("events", self.count(&c["events"])));
        self.line(&line);
        let rows = items(&c["terms"])
            .iter()
            .map(|t| {
                vec![
                    scalar(&t["term"]),
                    self.ratio(&t["hazard_ratio"], &t["ci_low"], &t["ci_high"]),
                    self.p(&t["p_value"]),
                ]
            })
            .collect();
        self.table(&["col-term", "col-hazard-ratio", "col-p"], rows);
    }

    fn retention(&mut self, r: &Value) {
        if r.is_null() {
            return;
        }
        let curves = &r["exposure_curves"];
        self.heading(
            Message::new("text-retention")
                .text("exits", scalar(&r["exits"]))
                .text("by", scalar(&r["by"])),
        );
        if r["by"] == "mentored" && curves.is_object() {
            let counted = self.t("text-counted-from-first-pair");
            self.line(&counted);
            self.curves(Message::new("chart-retention-honest"), &curves["groups"]);
            let rows = self.group_rows(&curves["groups"], |g| {
                vec![
                    self.count(&g["people"]),
                    self.count(&g["exits"]),
                    self.quartiles(&g["km"]),
                ]
            });
            self.table(
                &["col-mentored", "col-people", "col-exits", "col-left-by"],
                rows,
            );
        }
        let rows = self.group_rows(&r["groups"], |g| {
            vec![
                self.count(&g["n"]),
                self.count(&g["exits"]),
                self.rate(&g["rate"]),
                self.quartiles(&g["km"]),
            ]
        });
        self.main_table(
            &[
                "col-group",
                "col-people",
                "col-exits",
                "col-exit-rate",
                "col-left-by",
            ],
            rows,
        );
        self.curves(
            Message::new("chart-retention-groups").text("by", scalar(&r["by"])),
            &r["groups"],
        );
        self.tests(r);
        let exposure =
            self.m(Message::new("text-cox-mentoring").text("exposure", scalar(&r["exposure"])));
        self.cox(exposure, &r["cox"]);
        let naive = self.t("text-cox-naive");
        self.cox(naive, &r["naive_cox"]);
        self.correlates(&r["correlations"]);
        self.drivers(&r["drivers"]);
    }

    /// The tests of the groups: chi-square, risk ratio and Fisher, log-rank.
    fn tests(&mut self, r: &Value) {
        let c = &r["comparison"];
        if !c.is_null() {
            let mut line = self.m(Message::new("text-chi-square")
                .text("statistic", self.num(&c["chi_square"]["statistic"], 2))
                .text("p", self.p(&c["chi_square"]["p_value"])));
            if let Some(rr) = c.get("risk_ratio") {
                line.push_str(" · ");
                line.push_str(
                    &self.m(Message::new("text-risk-ratio")
                        .text(
                            "ratio",
                            self.ratio(&rr["value"], &rr["ci_low"], &rr["ci_high"]),
                        )
                        .text("p", self.p(&c["fisher"]["p_value"]))),
                );
            }
            self.line(&line);
        }
        if !r["logrank"].is_null() {
            let line = self.m(Message::new("text-logrank")
                .text("statistic", self.num(&r["logrank"]["statistic"], 2))
                .text("p", self.p(&r["logrank"]["p_value"])));
            self.line(&line);
        }
    }

    fn correlates(&mut self, list: &Value) {
        let mut correlations: Vec<&Value> = items(list)
            .iter()
            .filter(|c| c["point_biserial"].is_object())
            .collect();
        correlations.sort_by(|a, b| {
            let r = |x: &Value| x["point_biserial"]["r"].as_f64().unwrap_or(0.0).abs();
            r(b).total_cmp(&r(a))
        });
        if correlations.is_empty() {
            return;
        }
        let title = self.t("text-correlates");
        self.line(&title);
        let rows = correlations
            .iter()
            .take(TOP_CORRELATES)
            .map(|c| {
                vec![
                    scalar(&c["feature"]),
                    self.num(&c["point_biserial"]["r"], 2),
                    self.p(&c["point_biserial"]["p_value"]),
                    self.count(&c["n"]),
                ]
            })
            .collect();
        self.table(&["col-feature", "col-r", "col-p", "col-n"], rows);
    }

    /// Who leaves: the attributes most associated with leaving (adjusted p), read as shares per
    /// level or as a hazard ratio per unit.
    fn drivers(&mut self, d: &Value) {
        let list = items(d);
        let shown: Vec<&Value> = list
            .iter()
            .filter(|x| x["p_adjusted"].as_f64().is_some_and(|p| p < 0.05))
            .take(TOP_DRIVERS)
            .collect();
        if shown.is_empty() {
            return;
        }
        let title = self.m(Message::new("text-drivers").count("tested", list.len()));
        self.line(&title);
        let rows = shown
            .iter()
            .map(|x| {
                vec![
                    scalar(&x["attribute"]),
                    self.driver(x),
                    self.p(&x["p_adjusted"]),
                ]
            })
            .collect();
        self.table(&["col-attribute", "col-exits", "col-p-adjusted"], rows);
    }

    fn driver(&self, x: &Value) -> String {
        if x["kind"] == "numeric" {
            let h = &x["hazard_ratio"];
            let unit = match x["unit"].as_str() {
                Some("step") => "step",
                Some("year") => "year",
                Some("1000") => "thousand",
                _ => "sd",
            };
            return self.m(Message::new("text-per-unit")
                .text(
                    "ratio",
                    self.ratio(&h["value"], &h["ci_low"], &h["ci_high"]),
                )
                .text("unit", unit)
                .text("sd", self.num(&x["unit_size"], 2)));
        }
        // The levels that left most and least.
        let mut levels: Vec<&Value> = items(&x["levels"])
            .iter()
            .filter(|l| !suppressed(l))
            .collect();
        let share = |l: &Value| l["share"]["value"].as_f64().unwrap_or(0.0);
        levels.sort_by(|a, b| share(b).total_cmp(&share(a)));
        match (levels.first(), levels.last()) {
            (Some(hi), Some(lo)) if levels.len() > 1 => format!(
                "{} {} … {} {}",
                scalar(&hi["group"]),
                self.rate(&hi["share"]),
                scalar(&lo["group"]),
                self.rate(&lo["share"])
            ),
            _ => "—".into(),
        }
    }

    fn risk(&mut self, r: &Value) {
        if r.is_null() {
            return;
        }
        self.heading(Message::new("text-risk"));
        let levels = &r["levels"];
        let line = self.m(Message::new("text-risk-levels")
            .text("high", self.count(&levels["high"]))
            .text("medium", self.count(&levels["medium"]))
            .text("low", self.count(&levels["low"]))
            .text("model", scalar(&r["model"])));
        self.line(&line);
        let weights = self.m(Message::new("text-weights")
            .text("used", scalar(&r["weights"]["used"]))
            .text("reason", scalar(&r["weights"]["reason"])));
        self.line(&weights);
        let rows = items(&r["pairs"])
            .iter()
            .filter(|p| p["level"] != "low")
            .take(self.top_pairs)
            .map(|p| {
                let reasons = items(&p["reasons"])
                    .iter()
                    .map(|x| scalar(&x["text"]))
                    .collect::<Vec<_>>()
                    .join("; ");
                vec![
                    scalar(&p["pair_id"]),
                    scalar(&p["program"]),
                    self.num(&p["score"], 2),
                    self.m(Message::new("text-level").text("level", scalar(&p["level"]))),
                    reasons,
                ]
            })
            .collect::<Vec<_>>();
        let scores: Vec<(String, f64)> = items(&r["pairs"])
            .iter()
            .take(25)
            .filter_map(|p| Some((scalar(&p["pair_id"]), p["score"].as_f64()?)))
            .collect();
        let caption = self.t("chart-risk");
        let svg = svg::bars(&caption, &scores, &|x| format::number(x, Some(1), self.l));
        self.chart(svg);
        if !rows.is_empty() {
            self.main_table(
                &[
                    "col-pair",
                    "col-program",
                    "col-score",
                    "col-level",
                    "col-reasons",
                ],
                rows,
            );
        }
    }

    fn progression(&mut self, p: &Value) {
        if p.is_null() {
            return;
        }
        self.heading(Message::new("text-progression").text("by", scalar(&p["by"])));
        let rows = self.group_rows(&p["groups"], |g| {
            let e = &g["rate_per_100py"];
            vec![
                self.count(&g["people"]),
                self.num(&g["person_years"], 0),
                self.count(&g["promotions"]),
                format!(
                    "{} ({}–{})",
                    self.num(&e["value"], 1),
                    self.num(&e["ci_low"], 1),
                    self.num(&e["ci_high"], 1)
                ),
            ]
        });
        self.main_table(
            &[
                "col-group",
                "col-people",
                "col-person-years",
                "col-promotions",
                "col-per-100",
            ],
            rows,
        );
        let rr = &p["rate_ratio"];
        if !rr.is_null() {
            let line = self.m(Message::new("text-rate-ratio").text(
                "ratio",
                self.ratio(&rr["value"], &rr["ci_low"], &rr["ci_high"]),
            ));
            self.line(&line);
        }
        let firsts: Vec<String> = items(&p["time_to_first"]["groups"])
            .iter()
            .filter(|g| !suppressed(g))
            .map(|g| format!("{} {}", scalar(&g["group"]), self.quartiles(&g["km"])))
            .collect();
        if !firsts.is_empty() {
            let line = self.m(Message::new("text-promoted-by").text("groups", firsts.join("; ")));
            self.line(&line);
        }
        let title =
            self.m(Message::new("text-cox-promotion").text("exposure", scalar(&p["exposure"])));
        self.cox(title, &p["cox"]);
        self.forest("chart-promotion-hr", &p["cox"]);
    }

    fn matching(&mut self, m: &Value) {
        if m.is_null() {
            return;
        }
        self.heading(
            Message::new("text-matching")
                .text("pairs", self.count(&m["pairs"]))
                .text("early", self.count(&m["early_ends"])),
        );
        let title = self.t("text-cox-matching");
        self.cox(title, &m["model"]);
        self.mark_main();
        self.forest("chart-matching-hr", &m["model"]);
        let v = &m["validation"];
        if v["concordance"].is_number() {
            let line = self.m(Message::new("text-validation")
                .text("concordance", self.num(&v["concordance"], 2))
                .text("test", self.count(&v["test_pairs"]))
                .text("train", self.count(&v["train_pairs"]))
                .fixed("chance", 0.5, 1));
            self.line(&line);
        }
        let more = self.t("text-matching-more");
        self.line(&more);
    }

    fn suggestions(&mut self, s: &Value) {
        self.heading(
            Message::new("text-suggest")
                .text("model", scalar(&s["model"]))
                .text("total", self.num(&s["total_score"], 2))
                .text("greedy", self.num(&s["greedy_total_score"], 2)),
        );
        let rows = items(&s["assignments"])
            .iter()
            .map(|a| {
                let alternatives = items(&a["alternatives"])
                    .iter()
                    .map(|y| format!("{} {}", scalar(&y["mentor_id"]), self.num(&y["score"], 2)))
                    .collect::<Vec<_>>()
                    .join(", ");
                vec![
                    scalar(&a["mentee_id"]),
                    scalar(&a["mentor_id"]),
                    self.num(&a["score"], 2),
                    alternatives,
                ]
            })
            .collect();
        self.main_table(
            &["col-mentee", "col-mentor", "col-score", "col-alternatives"],
            rows,
        );
        for u in items(&s["unmatched"]) {
            let line = self.m(Message::new("text-unmatched")
                .text("mentee", scalar(&u["mentee_id"]))
                .text("why", scalar(&u["why"])));
            self.line(&line);
        }
    }

    /// Each replay as one table: the detector, then the single-rule baselines it is measured
    /// against.
    fn risk_eval(&mut self, v: &Value) {
        self.heading(Message::new("text-risk-eval"));
        for run in items(&v["runs"]) {
            let e = &run["evaluation"];
            let source = match run["data"].as_str() {
                Some(d) => d.to_string(),
                None => format!(
                    "seed {}, {} people",
                    scalar(&run["seed"]),
                    self.count(&run["people"])
                ),
            };
            let line = self.m(Message::new("text-risk-eval-run")
                .text("source", source)
                .text("dates", self.count(&e["dates"]))
                .text("samples", self.count(&e["samples"]))
                .text("positives", self.count(&e["positives"]))
                .text("early", self.count(&e["early_ends"])));
            self.line(&line);
            let rows = std::iter::once(&e["detector"])
                .chain(items(&e["baselines"]))
                .map(|m| {
                    vec![
                        scalar(&m["name"]),
                        self.num(&m["auc"], 3),
                        self.num(&m["precision_at_k"], 3),
                        self.count(&m["median_lead_days"]),
                        m["flagged_share"]
                            .as_f64()
                            .map_or("—".into(), |x| self.pct(x)),
                    ]
                })
                .collect();
            self.table(
                &[
                    "col-method",
                    "col-auc",
                    "col-precision-at-k",
                    "col-lead-days",
                    "col-flagged-share",
                ],
                rows,
            );
        }
    }

    fn warnings(&mut self, w: &Value) {
        let list = items(w);
        if list.is_empty() {
            return;
        }
        self.heading(Message::new("text-warnings").count("count", list.len()));
        for x in list {
            self.line(&format!("- {}", scalar(&x["message"])));
        }
    }
}
