"""Reference values for matching's Cox model of ending early (SPEC §4.7), computed independently:
the pair features are derived here from the committed CSV files (tests/reference/matching/, a
generated program: `mentor-insights generate --seed 11 --people 600`, people, pairs and
promotions) and the model is fitted by lifelines' CoxPHFitter (Efron ties). Writes
tests/reference/matching/expected.json; tests/matching_reference.rs compares.

    .venv/bin/python tests/reference/matching.py
"""

import json
from pathlib import Path

import pandas as pd
from lifelines import CoxPHFitter

HERE = Path(__file__).parent / "matching"
BANDS = ["≤0", "1", "2", "≥3"]


def band(gap):
    if gap <= 0:
        return "≤0"
    if gap < 1.5:
        return "1"
    if gap < 2.5:
        return "2"
    return "≥3"


def items(s):
    if not isinstance(s, str):
        return set()
    return {x.strip().lower() for x in s.split(";") if x.strip()}


def jaccard(a, b):
    a, b = items(a), items(b)
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def main():
    people = pd.read_csv(HERE / "people.csv", parse_dates=["hire_date", "exit_date"]).set_index("person_id")
    pairs = pd.read_csv(HERE / "pairs.csv", parse_dates=["start_date", "end_date"])
    promotions = pd.read_csv(HERE / "promotions.csv", parse_dates=["date"])
    # as_of: the latest date in the data.
    as_of = max(
        people["hire_date"].max(), people["exit_date"].max(), pairs["start_date"].max(),
        pairs["end_date"].max(), promotions["date"].max(),
    )

    def level_on(person, day):
        later = ((promotions["person_id"] == person) & (promotions["date"] > day)).sum()
        return people.loc[person, "job_level"] - later

    rows = []
    for k, p in pairs.iterrows():
        mentor, mentee, start = p["mentor_id"], p["mentee_id"], p["start_date"]
        others = pairs[(pairs["mentor_id"] == mentor) & (pairs.index != k)]
        active = others[(others["start_date"] <= start) & (others["end_date"].isna() | (others["end_date"] > start))]
        end = p["end_date"] if pd.notna(p["end_date"]) else as_of
        rows.append({
            "same_department": float(people.loc[mentor, "department"] == people.loc[mentee, "department"]),
            "same_location": float(people.loc[mentor, "location"] == people.loc[mentee, "location"]),
            "gap": level_on(mentor, start) - level_on(mentee, start),
            "tenure_gap_years": (people.loc[mentee, "hire_date"] - people.loc[mentor, "hire_date"]).days / 365.25,
            "mentor_load": float(len(active)),
            "mentor_experience": float((others["start_date"] < start).sum()),
            "shared_interests": jaccard(people.loc[mentee, "interests"], people.loc[mentor, "skills"]),
            "time": float(max((min(end, as_of) - start).days, 0)),
            "event": bool(pd.notna(p["end_date"]) and p["end_reason"] == "ended_early"),
        })
    df = pd.DataFrame(rows)
    df["band"] = df["gap"].map(band)
    counts = {b: int((df["band"] == b).sum()) for b in BANDS}
    # The most frequent band is the reference (of equal counts, the last in band order).
    reference = max(reversed(BANDS), key=lambda b: counts[b])
    design = pd.DataFrame(index=df.index)
    for name in ["same_department", "same_location"]:
        if df[name].nunique() > 1:
            design[name] = df[name]
    for b in BANDS:
        if b != reference and counts[b] > 0:
            design[f"level_gap={b}"] = (df["band"] == b).astype(float)
    for name in ["tenure_gap_years", "mentor_load", "mentor_experience", "shared_interests"]:
        if df[name].nunique() > 1:
            design[name] = df[name]
    design["time"], design["event"] = df["time"], df["event"]
    # Converged tightly, as in generate.py, so that the comparison measures the fit, not where
    # lifelines' default tolerance stops.
    fit = CoxPHFitter().fit(design, duration_col="time", event_col="event", fit_options={"precision": 1e-12, "r_precision": 1e-15})
    s = fit.summary
    out = {
        "as_of": str(as_of.date()),
        "n": int(len(design)),
        "events": int(design["event"].sum()),
        "reference_band": reference,
        "log_likelihood": float(fit.log_likelihood_),
        "concordance": float(fit.concordance_index_),
        "terms": [
            {"term": t, "coef": float(s.loc[t, "coef"]), "se": float(s.loc[t, "se(coef)"]), "p_value": float(s.loc[t, "p"])}
            for t in s.index
        ],
    }
    (HERE / "expected.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(out, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
