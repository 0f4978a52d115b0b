# Reference for tests/stats/linear_model_test.cc, "OLS agrees with R on both sides of the double /
# long double condition threshold": lm() on a well-conditioned design (d = 1) and a nearly collinear
# one (d = 1e-5), with kappa1, the 1-norm condition number of R of the centred, unit-length design.
# Run: Rscript tests/reference/least_squares_paths_reference.R > tests/reference/least_squares_paths_reference.txt
for (d in c(1, 1e-5)) {
  i <- 0:39; t <- i - 20; wiggle <- (i * 7) %% 5 - 2
  x1 <- t; x2 <- t + d * wiggle; y <- 1 + 2 * x1 - 3 * x2
  y[4] <- y[4] + 0.5; y[5] <- y[5] - 0.5
  m <- lm(y ~ x1 + x2); s <- summary(m)
  X <- scale(cbind(x1, x2), scale = FALSE); X <- sweep(X, 2, sqrt(colSums(X^2)), "/")
  R <- qr.R(qr(X)); cat("d", d, "kappa1", norm(R, "1") * norm(solve(R), "1"), "\n")
  cat(sprintf("%.17g", coef(m)), "\n"); cat(sprintf("%.17g", s$coefficients[, 2]), "\n")
}
