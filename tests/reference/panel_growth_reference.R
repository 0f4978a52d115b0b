# Reference values for the panel-growth method (tests/stats/panel_growth_test.cc): a synthetic
# long-form panel of three towns, rows out of order, town B without 2020, town C without its 2020
# output. Growth rates are found by joining each row to its town's row of the year before (or, for
# the annualised rule, its latest earlier year), independently of Qala's sort-and-step algorithm;
# the models are lm() on the rows where the rates exist.
# Run: Rscript tests/reference/panel_growth_reference.R > tests/reference/panel_growth_reference.txt
d <- data.frame(
  town = c("A", "A", "B", "A", "B", "C", "B", "C", "A", "C", "B", "C", "A", "C"),
  year = c(2018, 2019, 2019, 2020, 2018, 2018, 2021, 2019, 2021, 2020, 2022, 2021, 2022, 2022),
  man  = c(100, 110, 80, 121, 75, 200, 90, 190, 118, NA, 99, 230, 125, 240),
  pop  = c(5000, 5100, 3000, 5050, 3100, 8000, 2900, 8100, 5000, 8150, 2950, 8120, 4900, 8000),
  y    = c(10.1, 10.4, 9.2, 10.6, 9.0, 11.5, 9.6, 11.3, 10.5, 11.4, 9.8, 11.9, 10.9, 12.0),
  lab  = c(0.50, 0.52, 0.40, 0.55, 0.41, 0.61, 0.45, 0.60, 0.53, 0.62, 0.44, 0.66, 0.58, 0.65))
d$row <- seq_len(nrow(d))
out <- function(key, v) cat(key, sprintf("%.17g", v), "\n")

# Consecutive years only: join on (town, year - 1).
prev <- transform(d[, c("town", "year", "man", "pop")], year = year + 1)
j <- merge(d, prev, by = c("town", "year"), all.x = TRUE, suffixes = c("", ".prev"))
j <- j[order(j$row), ]
man_grw <- j$man / j$man.prev - 1
pop_lgrw <- log(j$pop) - log(j$pop.prev)
pop_pct <- 100 * (j$pop / j$pop.prev - 1)
for (r in seq_len(nrow(d))) {
  out(sprintf("skip.man_grw.row%d", r), man_grw[r])
  out(sprintf("skip.pop_lgrw.row%d", r), pop_lgrw[r])
  out(sprintf("skip.pop_pct.row%d", r), pop_pct[r])
}

# Annualised over gaps: the latest earlier year of the same town.
before <- sapply(d$row, function(r) {
  earlier <- which(d$town == d$town[r] & d$year < d$year[r])
  if (length(earlier) == 0) NA else earlier[which.max(d$year[earlier])]
})
step <- d$year - d$year[before]
out("annualise.man_grw.row7", (d$man[7] / d$man[before[7]])^(1 / step[7]) - 1)
out("annualise.pop_lgrw.row7", (log(d$pop[7]) - log(d$pop[before[7]])) / step[7])
out("span.man_grw.row7", d$man[7] / d$man[before[7]] - 1)

# Models on the derived columns (rows with both rates).
m <- data.frame(y = d$y, lab = d$lab, man_grw = man_grw, pop_lgrw = pop_lgrw)
ols <- lm(y ~ man_grw + pop_lgrw, data = m)
out("ols.n", nobs(ols))
for (k in names(coef(ols))) out(paste0("ols.b.", k), coef(ols)[[k]])
for (k in names(coef(ols))) out(paste0("ols.se.", k), summary(ols)$coefficients[k, 2])
out("ols.r2", summary(ols)$r.squared)
wls <- lm(y ~ man_grw + pop_lgrw, data = m, weights = lab)
for (k in names(coef(wls))) out(paste0("wls.b.", k), coef(wls)[[k]])
for (k in names(coef(wls))) out(paste0("wls.se.", k), summary(wls)$coefficients[k, 2])
