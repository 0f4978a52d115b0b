# Reference values for the multivariate statistics tests (tests/stats/*_test.cc).
# Run: Rscript tests/reference/multivariate_reference.R > tests/reference/multivariate_reference.txt
# Computed with R 4.2.2 (stats, cluster, nnet); the tests paste these values with a comment naming
# the R function that produced each one.
options(digits = 15)
out <- function(name, x) cat(name, "=", paste(formatC(x, digits = 15, format = "g"), collapse = " "), "\n")

# --- 1. Descriptive: quantile(), sd(), boxplot.stats() ---------------------------------------
x1 <- c(2.3, 4.1, 3.8, 5.0, 4.4, 3.9, 12.7, 4.2, 3.3, 4.8, 5.1, 3.6, -3.2, 4.0, 4.6, 3.7, 4.9,
        4.3, 3.5, 4.5)
out("x1.mean", mean(x1)); out("x1.sd", sd(x1)); out("x1.min", min(x1)); out("x1.max", max(x1))
probs <- c(0, 0.1, 0.25, 0.5, 0.75, 0.9, 1)
for (t in 1:9) out(paste0("x1.quantile.type", t), quantile(x1, probs, type = t, names = FALSE))
b <- boxplot.stats(x1)  # Tukey hinges (fivenum), coef 1.5
out("x1.boxplot.fivenum.stats", b$stats); out("x1.boxplot.fivenum.out", b$out)
q <- quantile(x1, c(0.25, 0.75), names = FALSE)  # type 7 quartiles, whiskers at 1.5 IQR
lo <- q[1] - 1.5 * diff(q); hi <- q[2] + 1.5 * diff(q)
out("x1.boxplot.type7.fences", c(lo, hi))
out("x1.boxplot.type7.whiskers", c(min(x1[x1 >= lo]), max(x1[x1 <= hi])))
out("x1.boxplot.type7.out", x1[x1 < lo | x1 > hi])

# --- 1b. Autocorrelation: acf() ---------------------------------------------------------------
ts1 <- c(2.29, 1.09, 0.4, -0.02, -0.99, -1.93, -1.19, -1.3, -1.15, 1.04, 1.4, 4.11, 6.39, 6.72,
         8.62, 9.08, 8.19, 7.88, 7.88, 8.86, 9.7, 10.41, 11.72, 10.33)
a <- acf(ts1, lag.max = 10, plot = FALSE)
out("ts1.acf", drop(a$acf)[-1]); out("ts1.bound", qnorm(0.975) / sqrt(length(ts1)))
lb <- Box.test(ts1, lag = 5, type = "Ljung-Box"); out("ts1.ljungbox5", c(lb$statistic, lb$p.value))
# Box.test computes 1 - pchisq(), which loses digits this far in the tail; the upper tail directly:
out("ts1.ljungbox5.p.upper", pchisq(lb$statistic, 5, lower.tail = FALSE))

# --- 2. Index: scale(), weighted sum, rank() ---------------------------------------------------
m <- cbind(a = c(14.11, 8.31, 11.09, 11.9, 11.21, 9.68, 14.53, 9.72, 16.06, 9.81, 13.91, 16.86),
           b = c(9.28, 8.6, 10.28, 12.22, 10.04, 4.53, 7.38, 12.5, 12.42, 6.35, 11.62, 15.86),
           c = c(1.9, -0.43, -0.26, -1.76, 0.46, -0.64, 0.46, 0.7, 1.04, -0.61, 0.5, -1.72))
z <- scale(m)
out("m.z.row1", z[1, ]); out("m.z.row12", z[12, ])
mm <- apply(m, 2, function(v) (v - min(v)) / (max(v) - min(v)))
out("m.minmax.row1", mm[1, ])
rt <- apply(m, 2, function(v) v / mean(v)); out("m.ratio.row1", rt[1, ])
w <- c(0.5, 0.3, 0.2)
out("m.index.z", drop(z %*% w)); out("m.index.minmax", drop(mm %*% w))
tie <- c(3, 1, 4, 1, 5, 9, 2, 6, 5, 3)
out("tie.rank.desc.average", rank(-tie, ties.method = "average"))
out("tie.rank.desc.min", rank(-tie, ties.method = "min"))

# --- 3. Clustering: kmeans(), hclust(), cutree(), silhouette() --------------------------------
p <- cbind(x = c(1.88, 3.21, 4.11, -0.58, 4.18, 1.43, 1.65, 0.12, -0.18, 3.48, 3.5, 0.16, -0.69, 1, 1.71),
           y = c(5.61, 0.33, 1.14, 0.02, 1.86, 5.7, 4.56, 0.76, 0.05, 0.78, 0.55, 0.67, -0.73, 4.96, 4.32))
km <- kmeans(p, centers = p[c(1, 2, 3), ], algorithm = "Lloyd", iter.max = 100)
out("p.kmeans.cluster", km$cluster); out("p.kmeans.centers.x", km$centers[, 1])
out("p.kmeans.centers.y", km$centers[, 2]); out("p.kmeans.withinss", km$withinss)
out("p.kmeans.totss", km$totss); out("p.kmeans.betweenss", km$betweenss)
out("p.kmeans.distance", sqrt(rowSums((p - km$centers[km$cluster, ])^2)))
d <- dist(p)
for (meth in c("single", "complete", "average", "ward.D2")) {
  h <- hclust(d, method = meth)
  out(paste0("p.hclust.", meth, ".merge1"), h$merge[, 1]); out(paste0("p.hclust.", meth, ".merge2"), h$merge[, 2])
  out(paste0("p.hclust.", meth, ".height"), h$height); out(paste0("p.hclust.", meth, ".cut3"), cutree(h, 3))
  out(paste0("p.hclust.", meth, ".order"), h$order)
}
library(cluster)
s <- silhouette(cutree(hclust(d, "ward.D2"), 3), d)
out("p.silhouette.width", s[, "sil_width"]); out("p.silhouette.average", mean(s[, "sil_width"]))
for (k in 2:4) { s <- silhouette(kmeans(p, centers = p[1:k, ], algorithm = "Lloyd")$cluster, d)
  out(paste0("p.silhouette.kmeans", k), mean(s[, "sil_width"])) }

# Exact 1-D partition: paper 000 Table 1, index I of the 27-town list (26 rows printed), k = 5,
# by brute force over every set of split points of the sorted values.
I27 <- c(306.1, 201.2, 179.4, 153.8, 76.3, 71.1, 51.1, 46.7, 45.1, 27.7, 22.9, 9.8, 1.9, 1.4, 1.35,
         1.3, 1.2, 1.15, 0.8, 0.1, 0.05, 0.030, 0.019, 0.015, 0.012, 0.006)
sx <- sort(I27); n <- length(sx); best <- Inf
ss <- function(v) sum((v - mean(v))^2)
for (cuts in combn(n - 1, 4, simplify = FALSE)) {
  b <- c(0, cuts, n); w <- sum(sapply(1:5, function(i) ss(sx[(b[i] + 1):b[i + 1]])))
  if (w < best) { best <- w; bestcuts <- cuts }
}
out("I27.k5.withinss", best); out("I27.k5.cuts", bestcuts)
b <- c(0, bestcuts, n); out("I27.k5.centers", sapply(1:5, function(i) mean(sx[(b[i] + 1):b[i + 1]])))
for (k in 1:6) { if (k == 1) w <- ss(sx) else { best <- Inf
  for (cuts in combn(n - 1, k - 1, simplify = FALSE)) { b <- c(0, cuts, n)
    best <- min(best, sum(sapply(1:k, function(i) ss(sx[(b[i] + 1):b[i + 1]])))) }; w <- best }
  out(paste0("I27.withinss.k", k), w) }

# --- 4. Association: cor.test(), prcomp(), varimax() -------------------------------------------
for (pair in list(c(1, 2), c(1, 3), c(2, 3))) {
  ct <- cor.test(m[, pair[1]], m[, pair[2]])
  out(paste0("m.cor.", pair[1], pair[2]), c(ct$estimate, ct$statistic, ct$p.value))
}
pc <- prcomp(m, scale. = TRUE)
out("m.pca.eigen", pc$sdev^2)
L <- pc$rotation %*% diag(pc$sdev)
# Sign convention shared with Qala: each component's largest absolute loading is positive.
for (j in 1:ncol(L)) if (L[which.max(abs(L[, j])), j] < 0) L[, j] <- -L[, j]
for (j in 1:3) out(paste0("m.pca.loadings.pc", j), L[, j])
vm <- varimax(L[, 1:2], normalize = TRUE)
R <- unclass(vm$loadings)
for (j in 1:2) if (R[which.max(abs(R[, j])), j] < 0) R[, j] <- -R[, j]
for (j in 1:2) out(paste0("m.varimax.f", j), R[, j])

# A 5-variable set where varimax has real work to do.
set.seed(5)
f1 <- rnorm(40); f2 <- rnorm(40)
v <- round(cbind(f1 + 0.3 * rnorm(40), f1 + 0.5 * rnorm(40), f2 + 0.4 * rnorm(40),
                 f2 + 0.6 * rnorm(40), f1 + f2 + 0.5 * rnorm(40)), 2)
for (j in 1:5) out(paste0("v.col", j), v[, j])
pc <- prcomp(v, scale. = TRUE); out("v.pca.eigen", pc$sdev^2)
L <- (pc$rotation %*% diag(pc$sdev))[, 1:2]
for (j in 1:2) if (L[which.max(abs(L[, j])), j] < 0) L[, j] <- -L[, j]
R <- unclass(varimax(L, normalize = TRUE)$loadings)
for (j in 1:2) if (R[which.max(abs(R[, j])), j] < 0) R[, j] <- -R[, j]
for (j in 1:2) out(paste0("v.varimax.f", j), R[, j])

# --- 5. Optimisation: optim(method = "BFGS"); neural network: nnet() ---------------------------
fr <- function(x) 100 * (x[2] - x[1]^2)^2 + (1 - x[1])^2
grr <- function(x) c(-400 * x[1] * (x[2] - x[1]^2) - 2 * (1 - x[1]), 200 * (x[2] - x[1]^2))
o <- optim(c(-1.2, 1), fr, grr, method = "BFGS", control = list(reltol = 1e-14, maxit = 1000))
out("rosenbrock.par", o$par); out("rosenbrock.value", o$value)
sx1 <- c(-0.89, -2, 0.04, -1.94, -1.74, 1.82, -1.65, -0.84, 1.52, -1.51, -1.3, -0.24, 1.63, 1.4, 0.94,
         0.29, -0.07, -0.68, -1.37, -0.08, -1.19, 0.72, -0.54, -0.6, -1.75, -0.07, -0.4, -1.94, -1.5, -0.41)
sy1 <- c(-0.677, 0.673, 0.097, 0.519, 0.105, 1.66, -0.024, -0.698, 1.63, -0.236, -0.486, -0.299, 1.612,
         1.546, 1.156, 0.338, -0.136, -0.601, -0.494, -0.145, -0.551, 0.951, -0.481, -0.626, 0.139,
         -0.171, -0.448, 0.593, -0.298, -0.413)
library(nnet)
# nnet's weight order: per hidden unit (bias, inputs), then the output (bias, hidden units).
w0 <- c(0.1, 0.4, -0.2, -0.3, 0.5, 0.2, 0.05, -0.6, 0.3, 0.3)
net <- nnet(matrix(sx1), sy1, size = 3, linout = TRUE, Wts = w0, maxit = 5000, abstol = 0,
            reltol = 1e-14, trace = FALSE)
out("nnet.sse", sum((sy1 - fitted(net))^2)); out("nnet.value", net$value); out("nnet.wts", net$wts)
out("nnet.fitted.first3", fitted(net)[1:3])
# The best of 50 random starts (nnet's own U[-0.7, 0.7] starts), for comparing optima reached.
set.seed(1)
best <- Inf
for (i in 1:50) {
  n2 <- nnet(matrix(sx1), sy1, size = 3, linout = TRUE, maxit = 5000, abstol = 0, reltol = 1e-14,
             trace = FALSE)
  best <- min(best, n2$value)
}
out("nnet.best50.value", best)
