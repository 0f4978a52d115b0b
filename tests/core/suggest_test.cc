#include <catch2/catch.hpp>

#include "core/suggest.h"

using namespace qala;

TEST_CASE("edit distance counts insertions, deletions and substitutions") {
  CHECK(edit_distance("kmeans", "kmeans") == 0);
  CHECK(edit_distance("kmean", "kmeans") == 1);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("", "abc") == 3);
}

TEST_CASE("a near name is suggested, a far one is not") {
  std::vector<std::string> names{"trend", "regression", "kmeans"};
  CHECK(did_you_mean("kmean", names) == " (did you mean 'kmeans'?)");
  CHECK(did_you_mean("regresion", names) == " (did you mean 'regression'?)");
  CHECK(did_you_mean("zzzzzzzz", names).empty());
}
