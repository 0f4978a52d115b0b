# Reference values for tests/stats/consistency_*_test.cc, computed with R (base stats only).
# Run: Rscript tests/reference/consistency_reference.R > tests/reference/consistency_reference.txt
# Interval bounds are the same formulas evaluated at the ends of the printed intervals
# (a printed "0.023" stands for [0.0225, 0.0235]).
options(digits = 12)
show <- function(label, x) cat(sprintf("%-40s %.12g\n", label, x))

cat("## coefficient 0.023, SE 0.006, df 70\n")
show("t", 0.023 / 0.006)
show("t@low", 0.0225 / 0.0065)
show("t@high", 0.0235 / 0.0055)
show("p", 2 * pt(-0.023 / 0.006, 70))
show("p@low", 2 * pt(-0.0235 / 0.0055, 70))
show("p@high", 2 * pt(-0.0225 / 0.0065, 70))

cat("## coefficient 1.865, SE 0.763, df 70, 95% bounds\n")
show("qt(0.975, 70)", qt(0.975, 70))
show("lower", 1.865 - qt(0.975, 70) * 0.763)
show("lower@low", 1.8645 - qt(0.975, 70) * 0.7635)
show("upper@high", 1.8655 + qt(0.975, 70) * 0.7635)
show("p", 2 * pt(-1.865 / 0.763, 70))

cat("## coefficient -13.004, SE 5.183, df 70 (printed *)\n")
show("p@low", 2 * pt(-13.0045 / 5.1825, 70))
show("p@high", 2 * pt(-13.0035 / 5.1835, 70))

cat("## coefficient -3242.704, SE 1961.737: t, df 70 and z\n")
show("t", -3242.704 / 1961.737)
show("p (t, df 70)", 2 * pt(-3242.704 / 1961.737, 70))
show("p (normal)", 2 * pnorm(-3242.704 / 1961.737))

cat("## R2 0.8122, n 17, k 2\n")
f <- function(r2) (r2 / 2) / ((1 - r2) / 14)
show("F", f(0.8122))
show("F@low", f(0.81215))
show("F@high", f(0.81225))
show("F p", pf(f(0.8122), 2, 14, lower.tail = FALSE))
show("adjusted R2", 1 - (1 - 0.8122) * 16 / 14)
show("adjusted R2@low", 1 - (1 - 0.81215) * 16 / 14)
show("multiple R", sqrt(0.8122))

cat("## ANOVA: SS reg 1000.5, SS res 200.25, df 2 and 14\n")
show("F", (1000.5 / 2) / (200.25 / 14))
show("F@low", (1000.45 / 2) / (200.255 / 14))
show("F@high", (1000.55 / 2) / (200.245 / 14))
show("F p", pf((1000.5 / 2) / (200.25 / 14), 2, 14, lower.tail = FALSE))
show("R2", 1000.5 / 1200.75)
show("R2@low", 1000.45 / (1000.45 + 200.255))
show("R2@high", 1000.55 / (1000.55 + 200.245))
show("adjusted R2", 1 - (200.25 / 14) / (1200.75 / 16))
show("standard error", sqrt(200.25 / 14))

cat("## shares of 10.0, 30.0, 60.0 (percent)\n")
show("share 1", 100 * 10 / 100)
show("share 1@low", 100 * 9.95 / (9.95 + 30.05 + 60.05))
show("share 1@high", 100 * 10.05 / (10.05 + 29.95 + 59.95))

cat("## growth 100.0 -> 110.0\n")
show("growth", (110 / 100 - 1) * 100)
show("growth@low", (109.95 / 100.05 - 1) * 100)
show("growth@high", (110.05 / 99.95 - 1) * 100)

cat("## summary: min 0.000, mean 0.316, max 5.000, SD 1.086, n 76\n")
show("SD bound at midpoints", sqrt(76 / 75 * (5 - 0.316) * (0.316 - 0)))
show("SD bound@high", sqrt(76 / 75 * (5.0005 - 0.3165) * (0.3165 + 0.0005)))
cat("## summary: min 0.000, mean 2e5, max 5e4, SD 9e5, n 76 (inno_per as printed)\n")
show("SD range bound@high", sqrt(76 / 75) * (5.5e4 + 0.0005) / 2)

cat("## coefficient 0.002, SE 0.002: the largest t the rounding allows\n")
show("p at t = 0.0025 / 0.0015, df 70", 2 * pt(-0.0025 / 0.0015, 70))
cat("## coefficient 0.004, SE 0.000: the smallest t the rounding allows is 7\n")
show("p at t = 7, df 70", 2 * pt(-7, 70))
