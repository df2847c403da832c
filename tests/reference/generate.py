"""Reference values for the statistics core, computed with scipy, statsmodels and lifelines.

Run from the repository root (versions pinned in tests/reference/requirements.txt):

    python3 -m venv .venv && .venv/bin/pip install -r tests/reference/requirements.txt
    .venv/bin/python tests/reference/generate.py

Writes tests/reference/stats.json, which the Rust tests read (they never need Python).
Every dataset is built here from a fixed seed, so the file is reproducible.
"""

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
from lifelines import CoxPHFitter, CoxTimeVaryingFitter, KaplanMeierFitter
from lifelines.statistics import multivariate_logrank_test
from lifelines.utils import concordance_index, median_survival_times, qth_survival_times
from scipy import stats
from statsmodels.discrete.discrete_model import Logit
from statsmodels.duration.hazard_regression import PHReg
from statsmodels.stats.contingency_tables import Table2x2
from statsmodels.stats.proportion import proportion_confint
from statsmodels.stats.rates import confint_poisson, confint_poisson_2indep

OUT = Path(__file__).with_name("stats.json")
# lifelines stops at a relative log-likelihood change of 1e-9 by default (as R), which leaves
# coefficients ~1e-5 from the maximum; the references are fitted to convergence.
TIGHT = {"precision": 1e-12, "r_precision": 1e-15}
rng = np.random.default_rng(20261127)


def num(x):
    """JSON-safe float: infinities and NaN become strings the Rust side understands."""
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def wilson_cases():
    out = []
    for x, n, level in [(8, 10, 0.95), (0, 12, 0.95), (12, 12, 0.95), (97, 812, 0.95), (3, 7, 0.9), (500, 1000, 0.99), (1, 2, 0.95)]:
        lo, hi = proportion_confint(x, n, alpha=1 - level, method="wilson")
        out.append({"x": x, "n": n, "level": level, "value": x / n, "ci_low": num(lo), "ci_high": num(hi)})
    return out


def ratio_cases():
    out = []
    for t in [[[15, 85], [30, 70]], [[97, 715], [210, 978]], [[0, 20], [5, 15]], [[3, 0], [4, 9]], [[1, 1], [1, 1]]]:
        tab = Table2x2(np.array(t, dtype=float), shift_zeros=True)
        rr_lo, rr_hi = tab.riskratio_confint(alpha=0.05)
        or_lo, or_hi = tab.oddsratio_confint(alpha=0.05, method="normal")
        out.append({
            "table": t,
            "risk_ratio": [num(tab.riskratio), num(rr_lo), num(rr_hi)],
            "odds_ratio": [num(tab.oddsratio), num(or_lo), num(or_hi)],
        })
    return out


def contingency_cases():
    out = []
    tables = [
        [[15, 85], [30, 70]],
        [[97, 715], [210, 978]],
        [[3, 9], [8, 2]],
        [[1, 0], [0, 1]],
        [[10, 20, 30], [25, 15, 5]],
        [[5, 8, 2, 9], [7, 3, 6, 4], [1, 9, 8, 2]],
        [[0, 5], [10, 3]],
    ]
    for t in tables:
        arr = np.array(t)
        case = {"table": t}
        chi, p, dof, _ = stats.chi2_contingency(arr, correction=False)
        case["chi_square"] = [num(chi), dof, num(p)]
        if arr.shape == (2, 2):
            chi, p, dof, _ = stats.chi2_contingency(arr, correction=True)
            case["chi_square_yates"] = [num(chi), dof, num(p)]
            res = stats.fisher_exact(arr)
            case["fisher"] = [num(res.statistic), num(res.pvalue)]
        out.append(case)
    return out


def correlation_cases():
    out = []
    n = 200
    x = rng.normal(size=n)
    y = 0.4 * x + rng.normal(size=n)
    binary = (rng.random(n) < 0.3).astype(float)
    cont = binary * 0.5 + rng.normal(size=n)
    tied_x = rng.integers(0, 5, size=60).astype(float)
    tied_y = (tied_x + rng.integers(0, 3, size=60)).astype(float)
    small_x = [1.0, 2.0, 3.0, 4.0, 5.0]
    small_y = [2.0, 1.0, 4.0, 3.0, 5.0]
    for name, a, b in [("normal", x, y), ("point_biserial", binary, cont), ("ties", tied_x, tied_y), ("small", small_x, small_y)]:
        pr = stats.pearsonr(a, b)
        sr = stats.spearmanr(a, b)
        out.append({
            "name": name,
            "x": [float(v) for v in a],
            "y": [float(v) for v in b],
            "pearson": [num(pr.statistic), num(pr.pvalue)],
            "spearman": [num(sr.statistic), num(sr.pvalue)],
        })
    return out


def survival_datasets():
    sets = {}
    sets["tiny"] = ([1, 2, 2, 3, 4, 5, 5, 6, 8, 9], [1, 1, 0, 1, 0, 1, 1, 0, 1, 0], [0, 0, 1, 1, 0, 1, 0, 1, 1, 0])
    t = rng.integers(1, 12, size=60)
    e = (rng.random(60) < 0.7).astype(int)
    g = rng.integers(0, 3, size=60)
    sets["heavy_ties"] = (t.tolist(), e.tolist(), g.tolist())
    t = rng.exponential(100, size=150).round(1) + 0.1
    e = (rng.random(150) < 0.2).astype(int)
    g = (rng.random(150) < 0.5).astype(int)
    sets["heavy_censoring"] = (t.tolist(), e.tolist(), g.tolist())
    n = 3000
    g = rng.integers(0, 2, size=n)
    t = np.ceil(rng.exponential(np.where(g == 1, 900, 600))).astype(int)
    c = rng.integers(30, 1500, size=n)
    sets["large"] = (np.minimum(t, c).tolist(), (t <= c).astype(int).tolist(), g.tolist())
    sets["unequal_groups"] = ([3, 5, 7, 2, 8, 9, 12, 15, 4, 6, 10, 11, 14, 1, 13], [1, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 0, 1, 1, 0], [0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])
    return sets


def km_and_logrank_cases():
    out = []
    for name, (t, e, g) in survival_datasets().items():
        kmf = KaplanMeierFitter().fit(t, e)
        sf = kmf.survival_function_.iloc[:, 0]
        ci = kmf.confidence_interval_
        et = kmf.event_table
        med_ci = median_survival_times(kmf.confidence_interval_)
        table = []
        for time in sf.index:
            table.append({
                "t": num(time),
                "at_risk": int(et.loc[time, "at_risk"]),
                "events": int(et.loc[time, "observed"]),
                "censored": int(et.loc[time, "censored"]),
                "survival": num(sf.loc[time]),
                "ci_low": num(ci.loc[time].iloc[0]),
                "ci_high": num(ci.loc[time].iloc[1]),
            })
        lr = multivariate_logrank_test(t, g, e)
        out.append({
            "name": name,
            "times": [float(v) for v in t],
            "events": [bool(v) for v in e],
            "groups": [int(v) for v in g],
            "km": table,
            "median": [num(kmf.median_survival_time_), num(med_ci.iloc[0, 0]), num(med_ci.iloc[0, 1])],
            "q25": num(qth_survival_times(0.75, kmf.survival_function_)),
            "q75": num(qth_survival_times(0.25, kmf.survival_function_)),
            "logrank": [num(lr.test_statistic), int(lr.degrees_of_freedom), num(lr.p_value)],
        })
    return out


def cox_cases():
    out = []
    n = 400
    x1 = rng.normal(size=n)
    x2 = (rng.random(n) < 0.4).astype(float)
    x3 = rng.integers(1, 6, size=n).astype(float)
    h = np.exp(0.5 * x1 - 0.7 * x2 + 0.1 * x3)
    t = np.ceil(rng.exponential(200 / h)).astype(float)
    c = rng.integers(20, 400, size=n).astype(float)
    df = pd.DataFrame({"T": np.minimum(t, c), "E": (t <= c).astype(int), "x1": x1, "x2": x2, "x3": x3})
    small = pd.DataFrame({
        "T": [5, 6, 6, 2.5, 4, 4, 7, 8, 3, 9, 9, 10],
        "E": [1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1],
        "x1": [1.2, 0.3, -0.5, 2.0, 1.1, 0.0, -1.2, -0.3, 0.8, -2.0, 0.5, -0.9],
    })
    for name, data, covs in [("mixed", df, ["x1", "x2", "x3"]), ("small_ties", small, ["x1"])]:
        cph = CoxPHFitter().fit(data, "T", "E", fit_options=TIGHT)
        s = cph.summary
        ph = PHReg(data["T"], data[covs], status=data["E"], ties="breslow").fit()
        out.append({
            "name": name,
            "T": data["T"].tolist(),
            "E": [bool(v) for v in data["E"]],
            "x": {c: data[c].tolist() for c in covs},
            "covariates": covs,
            "efron": {
                "coef": [num(s.loc[c, "coef"]) for c in covs],
                "se": [num(s.loc[c, "se(coef)"]) for c in covs],
                "p": [num(s.loc[c, "p"]) for c in covs],
                "hr_low": [num(s.loc[c, "exp(coef) lower 95%"]) for c in covs],
                "hr_high": [num(s.loc[c, "exp(coef) upper 95%"]) for c in covs],
                "log_likelihood": num(cph.log_likelihood_),
                "concordance": num(cph.concordance_index_),
            },
            "breslow": {
                "coef": [num(v) for v in ph.params],
                "se": [num(v) for v in ph.bse],
                "log_likelihood": num(ph.llf),
            },
        })
    # Time-varying: a binary exposure that switches on part-way through follow-up.
    rows = []
    for i in range(300):
        switch = rng.uniform(20, 300) if rng.random() < 0.5 else None
        covar = rng.normal()
        base = 1 / 250 * math.exp(0.3 * covar)
        end = min(rng.uniform(50, 500), 10_000)
        # event time from a piecewise hazard
        u = rng.exponential()
        if switch is None or u < base * switch:
            te = u / base
        else:
            te = switch + (u - base * switch) / (base * 0.5)
        stop = math.ceil(min(te, end))
        event = int(te <= end)
        if switch is not None and math.ceil(switch) < stop:
            s = math.ceil(switch)
            rows.append((i, 0, s, 0, 0, covar))
            rows.append((i, s, stop, event, 1, covar))
        else:
            rows.append((i, 0, stop, event, 0, covar))
    tv = pd.DataFrame(rows, columns=["id", "start", "stop", "E", "exposed", "covar"])
    ctv = CoxTimeVaryingFitter().fit(tv, id_col="id", event_col="E", start_col="start", stop_col="stop", fit_options=TIGHT)
    s = ctv.summary
    covs = ["exposed", "covar"]
    out.append({
        "name": "time_varying",
        "start": tv["start"].astype(float).tolist(),
        "T": tv["stop"].astype(float).tolist(),
        "E": [bool(v) for v in tv["E"]],
        "x": {c: tv[c].astype(float).tolist() for c in covs},
        "covariates": covs,
        "efron": {
            "coef": [num(s.loc[c, "coef"]) for c in covs],
            "se": [num(s.loc[c, "se(coef)"]) for c in covs],
            "p": [num(s.loc[c, "p"]) for c in covs],
            "hr_low": [num(s.loc[c, "exp(coef) lower 95%"]) for c in covs],
            "hr_high": [num(s.loc[c, "exp(coef) upper 95%"]) for c in covs],
            "log_likelihood": num(ctv.log_likelihood_),
            "concordance": None,
        },
    })
    return out


def weighted_robust_cox_cases():
    """Weighted Cox with robust (sandwich) standard errors, on tie-free times (lifelines' robust
    residuals, like ours, treat ties Breslow-style, so ties would compare conventions, not code)."""
    out = []
    n = 300
    x1 = rng.normal(size=n)
    x2 = (rng.random(n) < 0.5).astype(float)
    t = rng.exponential(100 / np.exp(0.4 * x1 - 0.5 * x2)) + rng.random(n) * 1e-3
    c = rng.uniform(10, 200, size=n)
    w = rng.uniform(0.3, 3.0, size=n)
    df = pd.DataFrame({"T": np.minimum(t, c), "E": (t <= c).astype(int), "x1": x1, "x2": x2, "w": w})
    assert df["T"].is_unique
    for name, weights in [("weighted", True), ("unweighted", False)]:
        data = df if weights else df.drop(columns="w")
        cph = CoxPHFitter().fit(data, "T", "E", weights_col="w" if weights else None, robust=True, fit_options=TIGHT)
        sm = cph.summary
        out.append({
            "name": name, "T": df["T"].tolist(), "E": [bool(v) for v in df["E"]],
            "x": {"x1": x1.tolist(), "x2": x2.tolist()}, "w": w.tolist() if weights else None,
            "coef": [num(v) for v in sm["coef"]], "se": [num(v) for v in sm["se(coef)"]],
        })
    return out


def concordance_cases():
    t = [1, 2, 2, 3, 4, 4, 5, 6, 7, 7]
    e = [1, 1, 0, 1, 0, 1, 1, 0, 1, 1]
    s = [0.5, 0.3, 0.3, 0.9, 0.2, 0.4, 0.8, 0.6, 0.7, 0.7]
    return [{"times": t, "events": [bool(v) for v in e], "scores": s, "c": num(concordance_index(t, s, e))}]


def logistic_cases():
    n = 500
    x1 = rng.normal(size=n)
    x2 = (rng.random(n) < 0.5).astype(float)
    eta = -0.5 + 0.8 * x1 - 0.6 * x2
    y = (rng.random(n) < 1 / (1 + np.exp(-eta))).astype(float)
    X = np.column_stack([np.ones(n), x1, x2])
    res = Logit(y, X).fit(disp=0, tol=1e-12, maxiter=100)
    return [{
        "y": [bool(v) for v in y],
        "x": {"x1": x1.tolist(), "x2": x2.tolist()},
        "coef": [num(v) for v in res.params],
        "se": [num(v) for v in res.bse],
        "p": [num(v) for v in res.pvalues],
        "log_likelihood": num(res.llf),
    }]


def mann_kendall_reference(x):
    """The textbook formula, written independently of the Rust code."""
    x = np.asarray(x, dtype=float)
    n = len(x)
    s = sum(np.sign(x[j] - x[i]) for i in range(n) for j in range(i + 1, n))
    _, counts = np.unique(x, return_counts=True)
    var = (n * (n - 1) * (2 * n + 5) - sum(c * (c - 1) * (2 * c + 5) for c in counts)) / 18
    z = (s - 1) / math.sqrt(var) if s > 0 else ((s + 1) / math.sqrt(var) if s < 0 else 0.0)
    p = 2 * stats.norm.sf(abs(z))
    return [float(s), float(var), float(z), float(p)]


def trend_cases():
    out = []
    series = {
        "rising": [2, 3, 3, 5, 4, 6, 7, 7, 9, 8, 10, 12],
        "falling_ties": [9, 9, 8, 8, 8, 6, 7, 5, 5, 3, 3, 2, 2, 1],
        "flat_noise": rng.integers(0, 4, size=24).tolist(),
        "short": [1, 3, 2],
    }
    for name, y in series.items():
        x = list(range(len(y)))
        ts = stats.theilslopes(y, x, 0.95, method="separate")
        out.append({
            "name": name,
            "x": [float(v) for v in x],
            "y": [float(v) for v in y],
            "theil_sen": [num(ts.slope), num(ts.intercept), num(ts.low_slope), num(ts.high_slope)],
            "mann_kendall": mann_kendall_reference(y),
        })
    # Theil–Sen with repeated x values.
    x = [1, 1, 2, 2, 3, 4, 4, 5, 6, 6]
    y = [2.0, 2.5, 3.1, 2.9, 4.2, 5.0, 4.4, 6.1, 6.0, 7.2]
    ts = stats.theilslopes(y, x, 0.95, method="separate")
    out.append({"name": "repeated_x", "x": [float(v) for v in x], "y": y,
                "theil_sen": [num(ts.slope), num(ts.intercept), num(ts.low_slope), num(ts.high_slope)],
                "mann_kendall": mann_kendall_reference(y)})
    return out


def retention_end_to_end():
    """A people table written as CSV, with the numbers `retention` must report for it.

    Read by tests/retention_reference.rs through the real ingest path (and the CLI)."""
    n = 600
    as_of = pd.Timestamp("2025-06-30")
    dept = rng.choice(["Sales", "Engineering", "Ops"], size=n, p=[0.5, 0.3, 0.2])
    remote = rng.choice(["yes", "no"], size=n, p=[0.35, 0.65])
    level = rng.integers(1, 6, size=n)
    hire = as_of - pd.to_timedelta(rng.integers(30, 2000, size=n), unit="D")
    hazard = (1 / 900) * np.exp(0.3 * (dept == "Sales") - 0.15 * level + 0.4 * (remote == "yes"))
    t = np.ceil(rng.exponential(1 / hazard)).astype(int)
    exit_date = hire + pd.to_timedelta(t, unit="D")
    exited = exit_date <= as_of
    exit_type = np.where(rng.random(n) < 0.7, "voluntary", "involuntary")
    people = pd.DataFrame({
        "person_id": [f"P{i:04d}" for i in range(n)],
        "hire_date": hire.strftime("%Y-%m-%d"),
        "exit_date": np.where(exited, exit_date.strftime("%Y-%m-%d"), ""),
        "exit_type": np.where(exited, exit_type, ""),
        "Department": dept,
        "remote": remote,
        "Job Level": level,
    })
    people.to_csv(Path(__file__).with_name("retention_people.csv"), index=False)
    duration = np.where(exited, t, (as_of - hire).days).astype(float)
    out = {"as_of": "2025-06-30"}
    for exits in ["all", "voluntary"]:
        event = exited if exits == "all" else exited & (exit_type == "voluntary")
        event = event.astype(int)
        res = {}
        for by, col in [("department", dept), ("remote", remote)]:
            labels = sorted(set(col))
            groups = []
            for g in labels:
                m = col == g
                kmf = KaplanMeierFitter().fit(duration[m], event[m])
                lo, hi = proportion_confint(event[m].sum(), m.sum(), alpha=0.05, method="wilson")
                sf = kmf.survival_function_.iloc[:, 0]
                ci = kmf.confidence_interval_
                groups.append({
                    "group": g, "n": int(m.sum()), "exits": int(event[m].sum()),
                    "rate": [float(event[m].mean()), float(lo), float(hi)],
                    "km_t": [float(x) for x in sf.index], "km_s": [float(x) for x in sf.values],
                    "km_low": [float(x) for x in ci.iloc[:, 0]], "km_high": [float(x) for x in ci.iloc[:, 1]],
                    "median": num(kmf.median_survival_time_),
                })
            lr = multivariate_logrank_test(duration, col, event)
            entry = {"groups": groups, "logrank": [num(lr.test_statistic), int(lr.degrees_of_freedom), num(lr.p_value)]}
            if len(labels) == 2:
                # Compared as the product orders groups: label order ("no" before "yes").
                a, b = (col == labels[0]), (col == labels[1])
                tab = np.array([[event[a].sum(), (1 - event[a]).sum()], [event[b].sum(), (1 - event[b]).sum()]])
                t22 = Table2x2(tab.astype(float), shift_zeros=True)
                chi, p, _, _ = stats.chi2_contingency(tab, correction=False)
                chy, py, _, _ = stats.chi2_contingency(tab, correction=True)
                entry["comparison"] = {
                    "risk_ratio": [num(t22.riskratio), *map(num, t22.riskratio_confint(alpha=0.05))],
                    "odds_ratio": [num(t22.oddsratio), *map(num, t22.oddsratio_confint(alpha=0.05, method="normal"))],
                    "chi_square": [num(chi), num(p)], "chi_square_yates": [num(chy), num(py)],
                    "fisher": num(stats.fisher_exact(tab).pvalue),
                }
            else:
                table = np.array([[event[col == g].sum(), (1 - event[col == g]).sum()] for g in labels])
                chi, p, dof, _ = stats.chi2_contingency(table, correction=False)
                entry["chi_square"] = [num(chi), int(dof), num(p)]
            res[by] = entry
        # Cox on job_level and department (indicators against the most frequent level, Sales).
        df = pd.DataFrame({"T": duration, "E": event, "job_level": level.astype(float),
                           "department=Engineering": (dept == "Engineering").astype(float),
                           "department=Ops": (dept == "Ops").astype(float)})
        cph = CoxPHFitter().fit(df, "T", "E", fit_options=TIGHT)
        sm = cph.summary
        res["cox"] = {
            "terms": list(sm.index),
            "coef": [num(v) for v in sm["coef"]], "se": [num(v) for v in sm["se(coef)"]],
            "p": [num(v) for v in sm["p"]],
            "hr_low": [num(v) for v in sm["exp(coef) lower 95%"]], "hr_high": [num(v) for v in sm["exp(coef) upper 95%"]],
            "log_likelihood": num(cph.log_likelihood_), "concordance": num(cph.concordance_index_),
        }
        pb = stats.pearsonr(level.astype(float), event.astype(float))
        sp = stats.spearmanr(level.astype(float), event.astype(float))
        res["correlation_job_level"] = [num(pb.statistic), num(pb.pvalue), num(sp.statistic), num(sp.pvalue)]
        out[exits] = res
    return out


def poisson_cases():
    out = []
    for k, t in [(0, 12.5), (1, 3.0), (12, 300.0), (466, 2480.5), (405, 3800.1)]:
        lo, hi = confint_poisson(k, t, method="exact-c", alpha=0.05)
        out.append({"k": k, "t": t, "rate": k / t, "low": num(lo), "high": num(hi)})
    ratios = []
    for k1, t1, k2, t2 in [(12, 300.0, 20, 800.0), (466, 2480.5, 405, 3800.1), (3, 10.0, 1, 40.0)]:
        lo, hi = confint_poisson_2indep(k1, t1, k2, t2, method="wald-log", compare="ratio", alpha=0.05)
        ratios.append({"k1": k1, "t1": t1, "k2": k2, "t2": t2, "ratio": (k1 / t1) / (k2 / t2), "low": num(lo), "high": num(hi)})
    return {"garwood": out, "rate_ratio": ratios}


def progression_end_to_end():
    """people, pairs and promotions CSV files, and what `progression` must report for them.

    The person-time split is computed here independently, day by day, from the same definitions."""
    as_of = pd.Timestamp("2025-06-30")
    n = 400
    hire = as_of - pd.to_timedelta(rng.integers(200, 3000, size=n), unit="D")
    exit_days = rng.integers(100, 4000, size=n)
    exit_date = hire + pd.to_timedelta(exit_days, unit="D")
    exited = exit_date <= as_of
    end = exit_date.where(exited, as_of)
    mentored = rng.random(n) < 0.4
    start_off = rng.integers(0, 600, size=n)
    start = hire + pd.to_timedelta(start_off, unit="D")
    mentored &= np.asarray((start < end) & (start <= as_of))
    people = pd.DataFrame({"person_id": [f"Q{i:03d}" for i in range(n)], "hire_date": hire.strftime("%Y-%m-%d"),
                           "exit_date": np.where(exited, exit_date.strftime("%Y-%m-%d"), ""),
                           "level": rng.integers(1, 5, size=n)})
    pairs = []
    for i in np.where(mentored)[0]:
        mentor = (i + 1) % n
        pairs.append({"pair_id": f"X{i:03d}", "mentor_id": f"Q{mentor:03d}", "mentee_id": f"Q{i:03d}",
                      "start_date": start[i].strftime("%Y-%m-%d")})
    promos = []
    for i in range(n):
        t = hire[i]
        while True:
            rate = 1 / 700 * (1.6 if mentored[i] and t >= start[i] else 1.0)
            t = t + pd.Timedelta(days=int(max(1, np.ceil(rng.exponential(1 / rate)))))
            if t > end[i]:
                break
            promos.append({"person_id": f"Q{i:03d}", "date": t.strftime("%Y-%m-%d")})
    folder = Path(__file__).with_name("progression")
    folder.mkdir(exist_ok=True)
    people.to_csv(folder / "people.csv", index=False)
    pd.DataFrame(pairs).to_csv(folder / "pairs.csv", index=False)
    pr = pd.DataFrame(promos)
    pr.to_csv(folder / "promotions.csv", index=False)
    # Person-time split at the mentoring start: intervals (from, to], in days.
    tally = {"true": [0, 0.0, 0], "false": [0, 0.0, 0]}
    by_person = pr.groupby("person_id")["date"].apply(lambda s: [pd.Timestamp(x) for x in s]).to_dict()
    rows = []
    for i in range(n):
        pid = f"Q{i:03d}"
        dates = by_person.get(pid, [])
        segments = [("false", hire[i], end[i])]
        if mentored[i]:
            segments = [("false", hire[i], min(start[i], end[i])), ("true", start[i], end[i])] if start[i] > hire[i] else [("true", hire[i], end[i])]
        for g, a, b in segments:
            if b > a:
                tally[g][0] += 1
                tally[g][1] += (b - a).days / 365.25
                tally[g][2] += sum(1 for d in dates if a < d <= b)
        first = min(dates) if dates else None
        T = ((first if first is not None else end[i]) - hire[i]).days
        E = int(first is not None)
        s_off = (start[i] - hire[i]).days if mentored[i] else None
        if s_off is not None and 0 < s_off < T:
            rows.append((i, 0, s_off, 0, 0.0))
            rows.append((i, s_off, T, E, 1.0))
        else:
            # Mentored from the start (s_off ≤ 0), or only after the follow-up ended (s_off ≥ T).
            rows.append((i, 0, T, E, 1.0 if s_off is not None and s_off <= 0 else 0.0))
    groups = {}
    for g, (people_n, years, k) in tally.items():
        lo, hi = confint_poisson(k, years, method="exact-c", alpha=0.05)
        groups[g] = {"people": people_n, "person_years": years, "promotions": k,
                     "rate": [100 * k / years, 100 * lo, 100 * hi]}
    rr_lo, rr_hi = confint_poisson_2indep(tally["true"][2], tally["true"][1], tally["false"][2], tally["false"][1],
                                          method="wald-log", compare="ratio", alpha=0.05)
    tv = pd.DataFrame(rows, columns=["id", "start", "stop", "E", "mentored"])
    ctv = CoxTimeVaryingFitter().fit(tv, id_col="id", event_col="E", start_col="start", stop_col="stop", fit_options=TIGHT)
    s = ctv.summary
    # Time to first promotion by "ever mentored".
    first_rows = tv.groupby("id").agg(T=("stop", "max"), E=("E", "max"))
    ever = np.array([mentored[i] for i in first_rows.index])
    km = {}
    for g, m in [("true", ever), ("false", ~ever)]:
        kmf = KaplanMeierFitter().fit(first_rows["T"][m], first_rows["E"][m])
        km[g] = {"median": num(kmf.median_survival_time_), "rows": len(kmf.survival_function_),
                 "last_survival": float(kmf.survival_function_.iloc[-1, 0])}
    lr = multivariate_logrank_test(first_rows["T"], ever.astype(int), first_rows["E"])
    return {
        "as_of": "2025-06-30",
        "groups": groups,
        "rate_ratio": [tally["true"][2] / tally["true"][1] / (tally["false"][2] / tally["false"][1]), rr_lo, rr_hi],
        "cox": {"coef": num(s.loc["mentored", "coef"]), "se": num(s.loc["mentored", "se(coef)"]),
                "log_likelihood": num(ctv.log_likelihood_)},
        "km": km,
        "logrank": [num(lr.test_statistic), num(lr.p_value)],
    }


def main():
    ref = {
        "source": "scipy, statsmodels and lifelines, versions in tests/reference/requirements.txt",
        "wilson": wilson_cases(),
        "ratios": ratio_cases(),
        "contingency": contingency_cases(),
        "correlation": correlation_cases(),
        "survival": km_and_logrank_cases(),
        "cox": cox_cases(),
        "concordance": concordance_cases(),
        "robust_cox": weighted_robust_cox_cases(),
        "logistic": logistic_cases(),
        "trend": trend_cases(),
        "retention": retention_end_to_end(),
        "poisson": poisson_cases(),
        "progression": progression_end_to_end(),
    }
    OUT.write_text(json.dumps(ref, indent=1) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
