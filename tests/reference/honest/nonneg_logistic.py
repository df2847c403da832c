"""Reference for the risk score's learned weights (SPEC §4.4): the ridge logistic regression with
every covariate's coefficient constrained to be ≥ 0, maximised by scipy's L-BFGS-B with bounds.

Run from the repository root (versions pinned in tests/reference/requirements.txt):

    .venv/bin/python tests/reference/honest/nonneg_logistic.py

Writes tests/reference/honest/nonneg_logistic.json: the data (x by column, y), the ridge, and the
coefficients (intercept first); the Rust test fits the same data and compares to 1e-6.
"""

import json
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

rng = np.random.default_rng(20261202)
n, ridge = 600, 1.0
# Signal-like covariates: severities in [0, 1], most zero; two correlated (overdue and stalled
# goals fire together), one that lowers the odds, one of no effect.
fires = lambda p: (rng.random(n) < p) * (0.5 + 0.5 * rng.random(n))
recency = fires(0.3)
overdue = fires(0.25)
stalled = np.where(rng.random(n) < 0.7, overdue, fires(0.1))
rating = fires(0.2)
noise = fires(0.3)
x = np.column_stack([recency, overdue, stalled, rating, noise])
eta = -1.2 + 1.8 * recency - 1.0 * overdue + 0.9 * stalled + 0.7 * rating
y = rng.random(n) < 1 / (1 + np.exp(-eta))


def objective(b):
    z = b[0] + x @ b[1:]
    ll = np.sum(y * z - np.logaddexp(0, z))
    return -(ll - ridge / 2 * np.sum(b[1:] ** 2))


def gradient(b):
    z = b[0] + x @ b[1:]
    r = y - 1 / (1 + np.exp(-z))
    g = np.concatenate([[r.sum()], x.T @ r - ridge * b[1:]])
    return -g


bounds = [(None, None)] + [(0, None)] * x.shape[1]
fit = minimize(objective, np.zeros(x.shape[1] + 1), jac=gradient, method="L-BFGS-B", bounds=bounds,
               options={"ftol": 1e-15, "gtol": 1e-12, "maxiter": 10000})
assert fit.success, fit.message
out = {
    "source": "scipy.optimize.minimize(method='L-BFGS-B', bounds: coefficients >= 0)",
    "ridge": ridge,
    "x": [list(map(float, c)) for c in x.T],
    "y": [bool(v) for v in y],
    "coef": [float(v) for v in fit.x],
}
Path(__file__).with_name("nonneg_logistic.json").write_text(json.dumps(out))
print(out["coef"])
