#include <catch2/catch.hpp>

#include <cstdint>
#include <vector>

#include "core/error.h"
#include "stats/hclust.h"
#include "stats/kmeans.h"
#include "stats/partition_1d.h"
#include "stats/silhouette.h"

using namespace qala;
using namespace qala::stats;

namespace {

// Data and expected values: tests/reference/multivariate_reference.R (R 4.2.2).
Eigen::MatrixXd points() {
  Eigen::MatrixXd p(15, 2);
  p.col(0) << 1.88, 3.21, 4.11, -0.58, 4.18, 1.43, 1.65, 0.12, -0.18, 3.48, 3.5, 0.16, -0.69, 1,
      1.71;
  p.col(1) << 5.61, 0.33, 1.14, 0.02, 1.86, 5.7, 4.56, 0.76, 0.05, 0.78, 0.55, 0.67, -0.73, 4.96,
      4.32;
  return p;
}

// Paper 000, Table 1: index I of the 27-town list (26 rows printed), as printed.
Eigen::VectorXd index27() {
  Eigen::VectorXd x(26);
  x << 306.1, 201.2, 179.4, 153.8, 76.3, 71.1, 51.1, 46.7, 45.1, 27.7, 22.9, 9.8, 1.9, 1.4, 1.35,
      1.3, 1.2, 1.15, 0.8, 0.1, 0.05, 0.030, 0.019, 0.015, 0.012, 0.006;
  return x;
}

Approx rel(double v) { return Approx(v).epsilon(1e-8).margin(1e-13); }

struct HclustExpected {
  Linkage linkage;
  std::vector<int> merge1, merge2;
  std::vector<double> height;
  std::vector<int> order;
};

}  // namespace

TEST_CASE("Lloyd k-means from given centres matches R's kmeans(algorithm = \"Lloyd\")", "[stats]") {
  Eigen::MatrixXd p = points();
  Partition k = kmeans_lloyd(p, p.topRows(3));
  // R kmeans(p, centers = p[1:3, ], algorithm = "Lloyd")
  const std::vector<int> cluster{1, 3, 3, 2, 3, 1, 1, 2, 2, 3, 3, 2, 2, 1, 1};
  for (size_t i = 0; i < cluster.size(); ++i) CHECK(k.cluster[i] + 1 == cluster[i]);
  CHECK(k.centers(0, 0) == rel(1.534));
  CHECK(k.centers(1, 0) == rel(-0.234));
  CHECK(k.centers(2, 0) == rel(3.696));
  CHECK(k.centers(0, 1) == rel(5.03));
  CHECK(k.centers(1, 1) == rel(0.154));
  CHECK(k.centers(2, 1) == rel(0.932));
  CHECK(k.within_ss[0] == rel(1.97532));
  CHECK(k.within_ss[1] == rel(2.05484));
  CHECK(k.within_ss[2] == rel(2.1628));
  CHECK(k.total_ss == rel(113.558346666667));
  CHECK(k.between_ss == rel(107.365386666667));
  // R sqrt(rowSums((p - km$centers[km$cluster, ])^2))
  CHECK(k.distance[0] == rel(0.675363605770995));
  CHECK(k.distance[4] == rel(1.04663269583938));
  CHECK(k.distance[14] == rel(0.731488892601931));
}

TEST_CASE("k-means++ with restarts is deterministic and finds the same partition", "[stats]") {
  Partition a = kmeans(points(), 3), b = kmeans(points(), 3);
  CHECK(a.cluster == b.cluster);
  // Same total within-SS as the R solution above (5.41296 = 1.97532 + 2.05484 + 2.1628).
  CHECK(a.within_ss.sum() == rel(1.97532 + 2.05484 + 2.1628));
  Partition first = renumber(a, ClusterOrder::kFirstAppearance);
  CHECK(first.cluster[0] == 0);
  CHECK(first.cluster[1] == 1);
  CHECK(first.cluster[3] == 2);
  Partition asc = renumber(a, ClusterOrder::kAscending);
  CHECK(asc.centers(0, 0) == rel(-0.234));
  CHECK(asc.centers(2, 0) == rel(3.696));
  CHECK(asc.within_ss[0] == rel(2.05484));
}

TEST_CASE("hierarchical clustering matches R's hclust() merges, heights and order", "[stats]") {
  // R hclust(dist(p), method)$merge / $height / $order
  const std::vector<HclustExpected> cases{
      {Linkage::kSingle,
       {-8, -10, -7, -2, -4, -1, 1, -3, 4, -13, -14, 6, 9, 12},
       {-12, -11, -15, 2, -9, -6, 5, -5, 8, 7, 3, 11, 10, 13},
       {0.098488578017961, 0.230867927612304, 0.247386337537059, 0.364005494464026,
        0.401123422402632, 0.458911756223351, 0.707106781186548, 0.723394774656273,
        0.72560319734687, 0.758023746329889, 0.763216876123687, 0.855862138431185, 3.0688923083093,
        3.48604360271067},
       {1, 6, 14, 7, 15, 2, 10, 11, 3, 5, 13, 8, 12, 4, 9}},
      {Linkage::kComplete,
       {-8, -10, -7, -4, -1, -2, -3, -13, -14, 5, 1, 6, 11, 10},
       {-12, -11, -15, -9, -6, 2, -5, 4, 3, 9, 8, 7, 12, 13},
       {0.098488578017961, 0.230867927612304, 0.247386337537059, 0.401123422402632,
        0.458911756223351, 0.524785670536077, 0.723394774656273, 0.931933474020544,
        0.955876561068426, 1.40811931312655, 1.6959363195592, 1.81157390133552, 5.51588614820864,
        6.84108909458136},
       {1, 6, 14, 7, 15, 8, 12, 13, 4, 9, 2, 10, 11, 3, 5}},
      {Linkage::kAverage,
       {-8, -10, -7, -4, -2, -1, -3, -13, -14, 1, 6, 5, 10, 11},
       {-12, -11, -15, -9, 2, -6, -5, 4, 3, 8, 9, 7, 12, 13},
       {0.098488578017961, 0.230867927612304, 0.247386337537059, 0.401123422402632,
        0.444395582500052, 0.458911756223351, 0.723394774656273, 0.844978610175217,
        0.859546718596057, 1.13586982258377, 1.14918223363475, 1.22660592354397, 4.05903847411721,
        4.94319161917794},
       {1, 6, 14, 7, 15, 8, 12, 13, 4, 9, 2, 10, 11, 3, 5}},
      {Linkage::kWardD2,
       {-8, -10, -7, -4, -1, -2, -3, -13, -14, 5, 1, 6, 11, 10},
       {-12, -11, -15, -9, -6, 2, -5, 4, 3, 9, 8, 7, 12, 13},
       {0.098488578017961, 0.230867927612304, 0.247386337537059, 0.401123422402632,
        0.458911756223351, 0.504149448741806, 0.723394774656273, 0.953117691228808,
        0.988466826285367, 1.6437071920915, 1.74087525878986, 1.8694473336613, 8.95828778282993,
        11.5965448877385},
       {1, 6, 14, 7, 15, 8, 12, 13, 4, 9, 2, 10, 11, 3, 5}},
  };
  Eigen::MatrixXd d = euclidean_distances(points());
  // R cutree(h, 3): the same for all four linkages on these data.
  const std::vector<int> cut3{1, 2, 2, 3, 2, 1, 1, 3, 3, 2, 2, 3, 3, 1, 1};
  for (const auto& e : cases) {
    INFO("linkage " << static_cast<int>(e.linkage));
    MergeTree t = hclust(d, e.linkage);
    REQUIRE(t.merge.size() == 14);
    for (size_t s = 0; s < 14; ++s) {
      CHECK(t.merge[s][0] == e.merge1[s]);
      CHECK(t.merge[s][1] == e.merge2[s]);
      CHECK(t.height[s] == rel(e.height[s]));
    }
    CHECK(t.order == e.order);
    std::vector<int> cut = cut_tree(t, 3);
    for (size_t i = 0; i < cut.size(); ++i) CHECK(cut[i] + 1 == cut3[i]);
  }
}

TEST_CASE("exact 1-D partition of paper 000's index into 5 groups matches R brute force",
          "[stats]") {
  Partition p = optimal_partition_1d(index27(), 5);
  // R: minimum over all combn(25, 4) split points of the sorted values.
  CHECK(p.within_ss.sum() == rel(1852.8036044));
  CHECK(p.centers(0, 0) == rel(1.27546666666667));
  CHECK(p.centers(1, 0) == rel(38.7));
  CHECK(p.centers(2, 0) == rel(73.7));
  CHECK(p.centers(3, 0) == rel(178.133333333333));
  CHECK(p.centers(4, 0) == rel(306.1));
  CHECK(p.size[0] == 15);  // sorted split points 15, 20, 22, 25
  CHECK(p.size[1] == 5);
  CHECK(p.size[2] == 2);
  CHECK(p.size[3] == 3);
  CHECK(p.size[4] == 1);
  CHECK(p.cluster[0] == 4);   // Rudny alone
  CHECK(p.cluster[25] == 0);  // Karatau
  const double by_k[6] = {153686.965203538, 26618.6802558182, 14337.0794224848,
                          3088.18537243137, 1852.8036044,     964.636937733333};
  for (int k = 1; k <= 6; ++k)
    CHECK(optimal_partition_1d(index27(), k).within_ss.sum() == rel(by_k[k - 1]));
  // k-means with restarts must not beat the exact optimum.
  CHECK(kmeans(index27(), 5).within_ss.sum() >= p.within_ss.sum() * (1 - 1e-12));
}

TEST_CASE("silhouette widths match R's cluster::silhouette()", "[stats]") {
  Eigen::MatrixXd d = euclidean_distances(points());
  Eigen::VectorXd s = silhouette(d, cut_tree(hclust(d, Linkage::kWardD2), 3));
  // R silhouette(cutree(hclust(d, "ward.D2"), 3), d)[, "sil_width"]
  CHECK(s[0] == rel(0.805422934374335));
  CHECK(s[4] == rel(0.680837609045516));
  CHECK(s[14] == rel(0.753791200168465));
  CHECK(s.mean() == rel(0.781030328721049));
  // R mean(silhouette(kmeans(p, p[1:k, ], algorithm = "Lloyd")$cluster, d)[, 3]), k = 2, 4
  Eigen::MatrixXd p = points();
  CHECK(silhouette(d, kmeans_lloyd(p, p.topRows(2)).cluster).mean() == rel(0.574474502895733));
  CHECK(silhouette(d, kmeans_lloyd(p, p.topRows(4)).cluster).mean() == rel(0.702274609332037));
}

TEST_CASE("clustering rejects degenerate input", "[stats]") {
  Eigen::MatrixXd p = points();
  CHECK_THROWS_WITH(kmeans(p, 16), Catch::Contains("cannot make 16 clusters of 15 rows"));
  CHECK_THROWS_WITH(optimal_partition_1d(index27(), 0), Catch::Contains("at least 1"));
  Eigen::MatrixXd with_nan = p;
  with_nan(2, 1) = std::nan("");
  CHECK_THROWS_WITH(kmeans(with_nan, 2), Catch::Contains("missing"));
  // Starting centres far from every row leave a cluster empty, as R's "empty cluster" error.
  Eigen::MatrixXd start = p.topRows(3);
  start.row(2) << 100, 100;
  CHECK_THROWS_WITH(kmeans_lloyd(p, start), Catch::Contains("empty"));
  Eigen::VectorXd same = Eigen::VectorXd::Constant(6, 1.5);
  CHECK_THROWS_WITH(optimal_partition_1d(same, 2), Catch::Contains("1 distinct values"));
  CHECK_THROWS_WITH(kmeans(same, 2), Catch::Contains("fewer distinct rows"));
  CHECK_THROWS_AS(hclust(Eigen::MatrixXd::Zero(1, 1), Linkage::kSingle), MethodError);
  CHECK_THROWS_AS(cut_tree(hclust(euclidean_distances(p), Linkage::kSingle), 16), MethodError);
  CHECK_THROWS_AS(silhouette(euclidean_distances(p), std::vector<int>(15, 0)), MethodError);
}

TEST_CASE("k-means restarts on two threads give the serial result", "[stats]") {
  // 20000 points around 6 centres (a fixed linear congruential stream): n * p * k = 2.4e5 is
  // above the size at which kmeans() runs its starts on threads.
  Eigen::MatrixXd x(20000, 2);
  std::uint64_t state = 12345;
  auto next = [&] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>(state >> 11) * 0x1.0p-53;
  };
  for (Eigen::Index i = 0; i < x.rows(); ++i) {
    const double c = static_cast<double>(i % 6);
    x(i, 0) = 3 * c + next() + next() - 1;
    x(i, 1) = (c < 3 ? 0 : 4) + next() + next() - 1;
  }
  KMeansOptions serial, threaded;
  serial.restarts = threaded.restarts = 7;
  serial.threads = 1;
  threaded.threads = 2;
  Partition a = kmeans(x, 6, serial), b = kmeans(x, 6, threaded);
  CHECK(a.cluster == b.cluster);
  CHECK(a.within_ss.sum() == b.within_ss.sum());
  // Independently: Lloyd from the winning centres changes nothing (a fixed point).
  Partition again = kmeans_lloyd(x, a.centers);
  CHECK(again.cluster == a.cluster);
}
