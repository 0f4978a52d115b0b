# Reference values for Qala's regression and trend tests (tests/stats/*_test.cc).
# Run: Rscript tests/reference/regression_reference.R > tests/reference/regression_reference.txt
# Every number the C++ tests assert is printed here with 15 significant digits.
options(digits = 15)
p <- function(label, x) cat(sprintf("%-40s %s\n", label, paste(formatC(x, digits = 15, format = "g"), collapse = " ")))

cat("R:", R.version.string, "\n\n")

## Paper 004 (Borbasova et al. 2021), Table 4: volume of innovative products, t = 1..10
t <- 1:10
y <- c(14897.7, 14388.6, 30891.5, 53731.2, 21578.1, 18442.5, 31327.2, 32048, 54778, 74007)
report_trend <- function(name, fit, r2) { p(paste(name, "coefficients"), coef(fit)); p(paste(name, "r2"), r2); p(paste(name, "r"), sqrt(r2)) }
lin <- lm(y ~ t);            report_trend("linear", lin, summary(lin)$r.squared)
lg  <- lm(y ~ log(t));       report_trend("logarithmic", lg, summary(lg)$r.squared)
ex  <- lm(log(y) ~ t);       p("exponential a", exp(coef(ex)[1])); report_trend("exponential(log scale)", ex, summary(ex)$r.squared)
pw  <- lm(log(y) ~ log(t));  p("power a", exp(coef(pw)[1])); report_trend("power(log scale)", pw, summary(pw)$r.squared)
pl2 <- lm(y ~ t + I(t^2));   report_trend("polynomial2", pl2, summary(pl2)$r.squared)
pl3 <- lm(y ~ t + I(t^2) + I(t^3)); report_trend("polynomial3", pl3, summary(pl3)$r.squared)
p("exponential forecast t=12", exp(coef(ex)[1]) * exp(coef(ex)[2] * 12))
p("polynomial2 forecast t=12", sum(coef(pl2) * c(1, 12, 144)))
p("printed exponential at t=12", 14282 * exp(0.1345 * 12))
cat("\n")

## Paper 004, Table 6 / Figure 9: GRP on mining and innovation, 2011-2019 (n = 9)
grp <- c(1872842.3, 2387705.2, 2446510.3, 2621888.8, 2899976.8, 3107085.6, 3712055.9, 4284362.6, 4734402.0, 5388260.6)
mining <- c(88461119, 134426171, 134653117, 193647709, 281371474, 159861739, 209385885, 287805257, 355034682, 400265192)
innov <- y
d <- data.frame(grp, mining, innov)[2:10, ]
report_lm <- function(prefix, fit) {
  s <- summary(fit); a <- anova(fit)
  n <- length(residuals(fit)); k <- length(coef(fit))
  has_int <- attr(terms(fit), "intercept") == 1
  # Weighted fits: the ANOVA uses weighted sums of squares, as summary.lm does.
  w <- if (is.null(weights(fit))) rep(1, n) else weights(fit)
  yv <- fitted(fit) + residuals(fit)
  rss <- sum(w * residuals(fit)^2)
  tss <- if (has_int) sum(w * (yv - weighted.mean(yv, w))^2) else sum(w * yv^2)
  p(paste(prefix, "multiple_r"), sqrt(s$r.squared))
  p(paste(prefix, "r2"), s$r.squared)
  p(paste(prefix, "adjusted_r2"), s$adj.r.squared)
  p(paste(prefix, "standard_error"), s$sigma)
  p(paste(prefix, "observations"), n)
  p(paste(prefix, "regression df ss"), c(s$fstatistic[2], tss - rss))
  p(paste(prefix, "f significance_f"), c(s$fstatistic[1], pf(s$fstatistic[1], s$fstatistic[2], s$fstatistic[3], lower.tail = FALSE)))
  p(paste(prefix, "residual df ss ms"), c(fit$df.residual, rss, rss / fit$df.residual))
  p(paste(prefix, "total ss"), tss)
  ci <- confint(fit)
  for (j in seq_len(k)) {
    p(paste(prefix, names(coef(fit))[j], "est se t p"), s$coefficients[j, ])
    p(paste(prefix, names(coef(fit))[j], "lower upper"), ci[j, ])
  }
}
fig9 <- lm(grp ~ mining + innov, data = d)
report_lm("fig9", fig9)
p("fig9 predict mining=496e6 innov=71736.52", predict(fig9, data.frame(mining = 496e6, innov = 71736.52)))
cat("\n")

## Generated data: deterministic, no random numbers, so any tool can rebuild it.
i <- 1:25
g1 <- sin(i) * 10 + i / 3
g2 <- cos(i * 0.7) * 5 + (i %% 4)
g3 <- sqrt(i) * 2 - (i %% 3)
gy <- 3.5 + 1.25 * g1 - 0.8 * g2 + 2.1 * g3 + sin(i * 1.3) * 2
gen <- lm(gy ~ g1 + g2 + g3)
report_lm("gen", gen)
gen0 <- lm(gy ~ 0 + g1 + g2 + g3)
report_lm("gen_noint", gen0)
cat("\n")

## Distribution functions (R's pt, qt, pf, qf, pchisq, qchisq, pnorm, qnorm)
p("pt(2.140402044, 6)", pt(2.140402044, 6))
p("2*pt(-3.216067862, 6)", 2 * pt(-3.216067862, 6))
p("2*pt(-40, 30)", 2 * pt(-40, 30))
p("qt(0.975, 6)", qt(0.975, 6))
p("qt(0.025, 2.5)", qt(0.025, 2.5))
p("pf(12.9739924, 2, 6)", pf(12.9739924, 2, 6))
p("pf(12.9739924, 2, 6, upper)", pf(12.9739924, 2, 6, lower.tail = FALSE))
p("qf(0.95, 3, 21)", qf(0.95, 3, 21))
p("pchisq(7.5, 3)", pchisq(7.5, 3))
p("pchisq(50, 2, upper)", pchisq(50, 2, lower.tail = FALSE))
p("qchisq(0.95, 4)", qchisq(0.95, 4))
p("pnorm(-1.7)", pnorm(-1.7))
p("qnorm(0.999)", qnorm(0.999))
cat("\n")

## Priority-2 methods on generated data (deterministic; rebuilt in tests/stats/*_test.cc).
library(MASS)
i <- 1:40
g <- i %% 5
x1 <- sin(i) * 3 + i / 10
x2 <- (i %% 7) + cos(i)
x3 <- x1 * 0.5 + cos(i * 1.7)
lab <- 0.5 + g * 0.3 + 0.1 * sin(3 * i) * (1 + g)
yy <- 2 + 1.5 * x1 - 0.7 * x2 + (1 + g) * sin(2.3 * i)
yy[7] <- yy[7] + 15
yy[23] <- yy[23] - 12

# WLS with inverse-variance weights of lab within groups g (paper 002's "inverse variance of lab").
w <- 1 / ave(lab, g, FUN = var)
p("wls weights (first 5)", w[1:5])
wls <- lm(yy ~ x1 + x2, weights = w)
report_lm("wls", wls)
wls_inv <- lm(yy ~ x1 + x2, weights = 1 / lab)
report_lm("wls_inverse", wls_inv)

# Robust M-estimation, MASS::rlm defaults (init ls, MAD scale, acc 1e-4, maxit 20).
for (psi_name in c("huber", "bisquare")) {
  fit <- if (psi_name == "huber") rlm(yy ~ x1 + x2) else rlm(yy ~ x1 + x2, psi = psi.bisquare)
  s <- summary(fit)
  p(paste("rlm", psi_name, "coefficients"), coef(fit))
  p(paste("rlm", psi_name, "se"), s$coefficients[, 2])
  p(paste("rlm", psi_name, "t"), s$coefficients[, 3])
  p(paste("rlm", psi_name, "p normal"), 2 * pnorm(-abs(s$coefficients[, 3])))
  p(paste("rlm", psi_name, "scale s"), fit$s)
  p(paste("rlm", psi_name, "iterations converged"), c(length(fit$conv), fit$converged))
}

# Breusch-Pagan by hand from its definition (lmtest is not installed here):
# Koenker: n R^2 of e^2 on the regressors; original: ESS/2 of e^2/sigma2 - 1, sigma2 = RSS/n.
ols <- lm(yy ~ x1 + x2)
e <- residuals(ols); n <- length(e); sigma2 <- sum(e^2) / n
koenker <- n * summary(lm(e^2 ~ x1 + x2))$r.squared
f <- e^2 / sigma2 - 1
original <- 0.5 * sum(fitted(lm(f ~ x1 + x2))^2)
p("bp koenker stat p", c(koenker, pchisq(koenker, 2, lower.tail = FALSE)))
p("bp original stat p", c(original, pchisq(original, 2, lower.tail = FALSE)))
z_lab <- n * summary(lm(e^2 ~ lab))$r.squared
p("bp koenker on lab stat p", c(z_lab, pchisq(z_lab, 1, lower.tail = FALSE)))

# VIF = 1 / (1 - R^2_j) from auxiliary regressions (as car::vif for numeric predictors).
vif1 <- 1 / (1 - summary(lm(x1 ~ x2 + x3))$r.squared)
vif2 <- 1 / (1 - summary(lm(x2 ~ x1 + x3))$r.squared)
vif3 <- 1 / (1 - summary(lm(x3 ~ x1 + x2))$r.squared)
p("vif x1 x2 x3", c(vif1, vif2, vif3))

# Nonlinear least squares trends on paper 004 Table 4 (nls with tol = 1e-8, the tightest its step halving reaches here).
ne <- nls(y ~ a * exp(b * t), start = list(a = 14282, b = 0.1345), control = nls.control(tol = 1e-8, maxiter = 200))
p("nls exponential a b", coef(ne))
p("nls exponential rss r2", c(deviance(ne), 1 - deviance(ne) / sum((y - mean(y))^2)))
np <- nls(y ~ a * t^b, start = list(a = 13331, b = 0.5354), control = nls.control(tol = 1e-8, maxiter = 200))
p("nls power a b", coef(np))
p("nls power rss r2", c(deviance(np), 1 - deviance(np) / sum((y - mean(y))^2)))

# Forecast errors of the linear trend's fitted values against Table 4.
fc <- fitted(lin)
p("forecast mape mae rmse", c(mean(abs((y - fc) / y)) * 100, mean(abs(y - fc)), sqrt(mean((y - fc)^2))))
p("forecast percent deviation 1 10", ((fc - y) / y * 100)[c(1, 10)])

# One-way ANOVA of lab by group g.
av <- anova(lm(lab ~ factor(g)))
p("anova lab by g between ss f p", c(av[1, "Sum Sq"], av[1, "F value"], av[1, "Pr(>F)"]))
p("anova lab by g within ss", av[2, "Sum Sq"])

# Polynomial trends are invariant to shifting t: fitted on years 2010-2019 they must give the R^2
# of t = 1..10 (R's raw-power lm drops terms on years from degree 3 on, so use t = 1..10 here).
p("polynomial5 r2 (t = 1..10)", summary(lm(y ~ poly(t, 5, raw = TRUE)))$r.squared)
