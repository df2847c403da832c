// Compiled with `tsc --noEmit` against the built package's declarations: a portal developer's code.
import init, { Dataset, type GoalsResult, type RiskResult, type Estimate } from "../../pkg/index.js";
import { initSql } from "../../pkg/sql.js";
import { createAnalyticsWorker } from "../../pkg/worker-client.js";
import type { RiskElement, SelectDetail } from "../../pkg/elements/index.js";
import type { Finding, LoadError, SuggestResult, Warning } from "../../pkg/index.js";

export async function run(people: string, pairs: string): Promise<number> {
  await init();
  const ds = Dataset.fromCsv({ people, pairs });
  const goals: GoalsResult = ds.goals({ asOf: "2025-06-30", by: ["program"], stalledDays: 30 });
  const rate: Estimate | null = goals.overall.completionRate;
  const low: number | undefined = rate?.ciLow;
  for (const g of goals.groups) {
    if ("suppressed" in g) {
      const below: number = g.nBelow;
      void below;
    } else {
      const overdue: string[] = g.overdue;
      void overdue;
    }
  }
  const e = ds.engagement({ period: "week" });
  const slope: number | undefined = e.pairs[0]?.trend?.theilSen.slope;
  const r = ds.retention({ covariates: ["mentored"], exits: "voluntary", exposure: "time-varying" });
  const hr: number | undefined = r.cox?.terms[0]?.hazardRatio;
  const naive: number | undefined = r.naiveCox?.terms[0]?.hazardRatio;
  const risk: RiskResult = ds.risk({ top: 10, config: { recencyCadences: 1.5 } });
  const reasons: string[] = risk.pairs.flatMap((p) => p.reasons.map((x) => x.text));
  const p = ds.progression({ covariates: ["mentored"] });
  const ratio: number | undefined = p.rateRatio?.value;
  await initSql();
  const rows = ds.sql("SELECT count(*) AS n FROM pairs");
  const n = rows[0]?.n;
  const report = ds.report({ asOf: "2025-06-30" });
  const people2: number = report.meta.rows.people;
  const worker = createAnalyticsWorker();
  const meta = await worker.fromCsv({ people, pairs }, { onProgress: (x) => console.log(x.stage) });
  const w = await worker.risk({ top: 3 });
  const findings: Finding[] = (await worker.findings()).findings;
  const urgent = findings.filter((f) => f.severity === "warning").map((f) => f.text);
  const s: SuggestResult = await worker.suggest({ mentees: ["E00001"], minLevelGap: 1 });
  const mentor: string | undefined = s.assignments[0]?.mentorId;
  const promoted: number | undefined = (await worker.progression({ covariates: ["mentored"] })).rateRatio?.value;
  const page: string = await worker.reportHtml({ locale: "de" });
  const riskRows = await worker.resultTable("risk", { top: 5 });
  // @ts-expect-error the worker's calls take Dataset's options: a misspelt one is a type error
  await worker.goals({ stalledDay: 30 });
  const codes: string[] = ds.warnings().map((x: Warning) => x.code);
  try {
    Dataset.fromCsv({ people: "person_id\n" });
  } catch (err) {
    const cells = (err as LoadError).problems.map((x) => `${x.table} ${x.row ?? ""} ${x.column ?? ""}`);
    void cells;
  }
  const element = document.createElement("mentor-insights-risk") as RiskElement;
  element.source = worker;
  element.labels = { title: "Pairs to call" };
  element.addEventListener("mentor-insights-select", (ev) => console.log((ev as CustomEvent<SelectDetail>).detail));
  worker.addEventListener("load", () => element.refresh());
  worker.terminate();
  void [low, slope, hr, naive, reasons, ratio, n, people2, meta.asOf, w.levels.high, urgent, mentor, codes, promoted, page, riskRows];
  return goals.overall.goals;
}
