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
  rss <- sum(residuals(fit)^2)
  tss <- if (has_int) sum((fitted(fit) + residuals(fit) - mean(fitted(fit) + residuals(fit)))^2) else sum((fitted(fit) + residuals(fit))^2)
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
