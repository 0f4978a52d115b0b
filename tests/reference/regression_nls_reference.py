# Reference minimisers of the nonlinear trends in tests/stats/nonlinear_trend_test.cc.
# R's nls() stops about 1e-8 (relative) short of the minimum on these data (its step halving
# fails below tol = 1e-8), and so does scipy's least_squares; here the gradient of the residual
# sum of squares is solved to 40 significant digits with mpmath instead.
# Run: /usr/bin/python3 tests/reference/regression_nls_reference.py > tests/reference/regression_nls_reference.txt
import mpmath as mp

mp.mp.dps = 40
t = list(range(1, 11))
# Borbasova et al. (2021), Table 4.
y = [mp.mpf(s) for s in "14897.7 14388.6 30891.5 53731.2 21578.1 18442.5 31327.2 32048 54778 74007".split()]


def model(kind, a, b, ti):
    return a * mp.e ** (b * ti) if kind == "exponential" else a * mp.mpf(ti) ** b


def gradient(kind, a, b):
    ga = gb = 0
    for ti, yi in zip(t, y):
        f = model(kind, a, b, ti)
        d = ti if kind == "exponential" else mp.log(ti)
        r = yi - f
        ga += -2 * r * f / a
        gb += -2 * r * f * d
    return [ga, gb]


mean = sum(y) / len(y)
tss = sum((yi - mean) ** 2 for yi in y)
print("mpmath", mp.__version__)
for kind, start in [("exponential", (13207.9, 0.1553)), ("power", (10426.2, 0.716))]:
    a, b = mp.findroot(lambda a, b: gradient(kind, a, b), start)
    rss = sum((yi - model(kind, a, b, ti)) ** 2 for ti, yi in zip(t, y))
    print(kind, "a b rss r2", mp.nstr(a, 16), mp.nstr(b, 16), mp.nstr(rss, 16), mp.nstr(1 - rss / tss, 16))
