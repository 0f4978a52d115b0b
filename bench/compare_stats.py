#!/usr/bin/python3
"""Qala's statistics engine against statsmodels and scikit-learn on the same data in the same run.

Writes deterministic data (numpy seed 20240101) to bench/out/ once, times statsmodels OLS/WLS and
scikit-learn KMeans on it (median of --runs runs), runs the C++ side (build-bench/compare_stats)
on the same files and prints a table of times, ratios and the largest relative differences.

Usage: /usr/bin/python3 bench/compare_stats.py [--exe build-bench/compare_stats] [--runs 5]
"""
import argparse
import json
import os
import platform
import subprocess
import time

import numpy as np
import sklearn
import statsmodels
import statsmodels.api as sm
from sklearn.cluster import KMeans

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20240101
N_REG, K_REG = 1_000_000, 10
N_KM, P_KM, K_KM = 100_000, 5, 5


def write_matrix(path, m):
    m = np.ascontiguousarray(m, dtype="<f8")
    with open(path, "wb") as f:
        np.array(m.shape, dtype="<i8").tofile(f)
        m.tofile(f)


def read_matrix(path):
    with open(path, "rb") as f:
        rows, cols = np.fromfile(f, dtype="<i8", count=2)
        return np.fromfile(f, dtype="<f8", count=rows * cols).reshape(rows, cols)


def generate(out):
    """Regression: 10 correlated predictors on different scales, heteroskedastic noise, weights
    1/variance. k-means: 5 Gaussian clusters in 5 dimensions, overlapping a little."""
    rng = np.random.default_rng(SEED)
    z = rng.standard_normal((N_REG, K_REG))
    mix = np.eye(K_REG) + 0.3 * rng.standard_normal((K_REG, K_REG))
    x = z @ mix * np.logspace(-1, 2, K_REG) + np.linspace(0, 50, K_REG)
    beta = np.linspace(-2, 2, K_REG)
    sigma = 0.5 + rng.uniform(0, 2, N_REG)
    y = 3 + x @ beta + sigma * rng.standard_normal(N_REG)
    w = 1 / sigma**2
    write_matrix(os.path.join(out, "regression.bin"), np.column_stack([x, y, w]))
    centres = rng.uniform(-10, 10, (K_KM, P_KM))
    label = rng.integers(0, K_KM, N_KM)
    points = centres[label] + rng.standard_normal((N_KM, P_KM)) * 2.0
    write_matrix(os.path.join(out, "kmeans.bin"), points)


def median_time(runs, work):
    """Median wall and process CPU time (all threads) of `runs` runs, and the last result."""
    times, cpu, result = [], [], None
    for _ in range(runs):
        start, cpu_start = time.perf_counter(), time.process_time()
        result = work()
        cpu.append(time.process_time() - cpu_start)
        times.append(time.perf_counter() - start)
    return (sorted(times)[len(times) // 2], sorted(cpu)[len(cpu) // 2]), result


def max_rel(a, b):
    a, b = np.asarray(a, np.longdouble), np.asarray(b, np.longdouble)
    return float(np.max(np.abs(a - b) / np.abs(b)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exe", default=os.path.join(HERE, "..", "build-bench", "compare_stats"))
    ap.add_argument("--out", default=os.path.join(HERE, "out"))
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    if not all(os.path.exists(os.path.join(args.out, f)) for f in ("regression.bin", "kmeans.bin")):
        generate(args.out)

    reg = read_matrix(os.path.join(args.out, "regression.bin"))
    x, y, w = sm.add_constant(reg[:, :K_REG]), reg[:, K_REG], reg[:, K_REG + 1]
    points = read_matrix(os.path.join(args.out, "kmeans.bin"))

    # The C++ side first: it also writes the engine's k-means++ starts for sklearn to reuse.
    q = json.loads(subprocess.run([args.exe, args.out, str(args.runs)], check=True,
                                  capture_output=True, text=True).stdout)
    starts = read_matrix(os.path.join(args.out, "kmeans_starts.bin")).reshape(-1, K_KM, P_KM)

    ref = {}
    ref["ols_s"], ols = median_time(args.runs, lambda: sm.OLS(y, x).fit())
    ref["wls_s"], wls = median_time(args.runs, lambda: sm.WLS(y, x, weights=w).fit())
    # Qala's Lloyd stops when no point changes cluster, so tol=0 (sklearn's strict convergence);
    # max_iter as Qala's default. sklearn uses its OpenMP threads (2 here), Qala 2 (and 1).
    km = lambda init="k-means++", n_init=10: KMeans(
        n_clusters=K_KM, n_init=n_init, init=init, algorithm="lloyd", tol=0, max_iter=100,
        random_state=SEED).fit(points)
    ref["km_s"], kmr = median_time(args.runs, km)
    # The same 10 starts as Qala: isolates Lloyd's iterations from the seeding.
    ref["km_same_s"], km_same = median_time(
        args.runs, lambda: min((km(s, 1) for s in starts), key=lambda m: m.inertia_))

    def reference(wt):
        """The least-squares solution in long double (80-bit on x86: 64-bit mantissa) by the
        normal equations of the centred design, Gaussian elimination with partial pivoting and two
        steps of iterative refinement with long-double residuals: accurate far beyond double, so
        it can judge both double-precision sides."""
        L = np.longdouble
        xl, yl, wl = x[:, 1:].astype(L), y.astype(L), wt.astype(L)
        xm = (wl @ xl) / wl.sum()
        ym = (wl @ yl) / wl.sum()
        xc = xl - xm
        a = (xc * wl[:, None]).T @ xc
        v = (xc * wl[:, None]).T @ (yl - ym)

        def solve(rhs):
            m = np.column_stack([a, rhs])
            n = len(rhs)
            for c in range(n):
                piv = c + int(np.argmax(np.abs(m[c:, c])))
                m[[c, piv]] = m[[piv, c]]
                for r in range(c + 1, n):
                    m[r] -= m[r, c] / m[c, c] * m[c]
            out = np.zeros(n, dtype=L)
            for c in reversed(range(n)):
                out[c] = (m[c, n] - m[c, c + 1:n] @ out[c + 1:]) / m[c, c]
            return out

        bl = solve(v)
        for _ in range(2):  # iterative refinement, residuals in long double
            bl += solve((xc * wl[:, None]).T @ ((yl - ym) - xc @ bl))
        return np.concatenate([[ym - xm @ bl], bl])

    rows, accuracy = [], []
    for name, res, key, wt in (("OLS n=1e6 k=10", ols, "ols", np.ones_like(y)),
                               ("WLS n=1e6 k=10", wls, "wls", w)):
        best = reference(wt)
        qq = q[key]
        rows.append(("%s, Qala" % name, (qq["seconds"], qq["cpu_seconds"]), ref[key + "_s"],
                     "coef %.1e, SE %.1e, R2 %.1e" % (
                         max_rel(qq["params"], res.params), max_rel(qq["bse"], res.bse),
                         max_rel([qq["r2"]], [res.rsquared]))))
        accuracy.append("%s coefficients vs a long-double solution: Qala %.1e, statsmodels %.1e" % (
            name, max_rel(qq["params"], best), max_rel(res.params, best)))
    qk, k1 = q["kmeans"], q["kmeans_1thread"]
    ss = lambda a, b: "within-SS %.1e (%.10g vs %.10g)" % (max_rel([a], [b]), a, b)
    name = "k-means n=1e5 p=5 k=5 x10"
    rows.append((name + ", Qala 2 threads", (qk["seconds"], qk["cpu_seconds"]), ref["km_s"],
                 ss(qk["within_ss"], kmr.inertia_)))
    rows.append((name + ", Qala 1 thread", (k1["seconds"], k1["cpu_seconds"]), ref["km_s"],
                 ss(qk["within_ss"], kmr.inertia_)))
    rows.append((name + ", Qala vs sklearn from Qala's starts", (qk["seconds"], qk["cpu_seconds"]), ref["km_same_s"],
                 ss(qk["within_ss"], km_same.inertia_)))
    sizes_ref = sorted(np.bincount(kmr.labels_, minlength=K_KM).tolist())

    print("numpy %s, statsmodels %s, scikit-learn %s, python %s, %d runs (median)" % (
        np.__version__, statsmodels.__version__, sklearn.__version__, platform.python_version(),
        args.runs))
    print("| method | Qala s | reference s | ratio ref/Qala | CPU s Qala / ref | CPU ratio | "
          "largest relative difference |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for name, (qs, qc), (rs, rc), diff in rows:
        print("| %s | %.3f | %.3f | %.2f | %.3f / %.3f | %.2f | %s |" % (
            name, qs, rs, rs / qs, qc, rc, rc / qc, diff))
    for line in accuracy:
        print(line)
    print("k-means cluster sizes: Qala %s, sklearn %s; 1 thread gives the 2-thread partition: %s" % (
        qk["sizes"], sizes_ref, k1["same_partition"]))


if __name__ == "__main__":
    main()
