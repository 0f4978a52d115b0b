// Incremental builds: which nodes re-run after an edit (read from the machine-readable
// `explain: <node>: <why>` lines of `qala build --explain`), and that neither the cache nor the
// number of threads changes one byte of the site.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "build/cache_store.h"
#include "support/run_command.h"

using namespace qala::testing;
namespace fs = std::filesystem;

namespace {

const std::string kQala = QALA_BINARY;

/// A copy of the shipped project in a temporary folder, built with --explain.
class ProjectCopy {
 public:
  ProjectCopy() { copy_project_inputs(QALA_SOURCE_DIR, dir_.path()); }
  std::string path(const std::string& rel) const { return dir_.path() + "/" + rel; }

  /// Node id -> why, for every node the build ran.
  std::map<std::string, std::string> build(const std::string& extra = "",
                                           const std::string& out = "_site") {
    auto r = run_command(kQala + " build --explain --root " + dir_.path() + " --out " + path(out) +
                         " " + extra);
    INFO(r.out << r.err);
    REQUIRE((r.exit_code == 0 || r.exit_code == 1));
    std::map<std::string, std::string> ran;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
      if (line.rfind("explain: ", 0) != 0) continue;
      std::string rest = line.substr(9);
      size_t sep = rest.find(": ");
      REQUIRE(sep != std::string::npos);
      ran[rest.substr(0, sep)] = rest.substr(sep + 2);
    }
    return ran;
  }

  void replace(const std::string& rel, const std::string& from, const std::string& to) {
    std::string text = read_file(path(rel));
    size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    std::ofstream(path(rel), std::ios::binary) << text;
  }

 private:
  TempDir dir_;
};

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.rfind(prefix, 0) == 0;
}

size_t html_pages(const std::map<std::string, std::string>& tree) {
  size_t n = 0;
  for (const auto& [path, bytes] : tree)
    n += path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0 ? 1 : 0;
  return n;
}

std::string listing(const std::map<std::string, std::string>& ran) {
  std::string out;
  for (const auto& [id, why] : ran) out += id + ": " + why + "\n";
  return out;
}

}  // namespace

TEST_CASE("a rebuild after no change runs no node", "[rebuild]") {
  ProjectCopy project;
  auto cold = project.build();
  CHECK(cold.count("analysis:karaganda-2021/grp-regression"));
  CHECK(cold.count("checks:karaganda-2021"));
  CHECK(cold.count("page:ru/index.html"));
  CHECK(cold.at("page:en/index.html") == "no cache entry");
  auto site = read_tree(project.path("_site"));
  auto again = project.build();
  INFO(listing(again));
  CHECK(again.empty());
  CHECK(read_tree(project.path("_site")) == site);
  // The output is the page cache: with the folder deleted, only pages run (no analysis, no
  // check), and they give the same bytes.
  fs::remove_all(project.path("_site"));
  auto rewritten = project.build();
  INFO(listing(rewritten));
  CHECK(rewritten.size() == html_pages(site));
  for (const auto& [id, why] : rewritten) {
    CHECK(starts_with(id, "page:"));
    CHECK(why == "its output of the last build is missing or was edited");
  }
  CHECK(read_tree(project.path("_site")) == site);
}

TEST_CASE("a page edited by hand in the output is rendered again, the others are kept",
          "[rebuild]") {
  ProjectCopy project;
  project.build();
  auto site = read_tree(project.path("_site"));
  const std::string edited = project.path("_site/ru/methods/index.html");
  const std::string kept = project.path("_site/kk/methods/index.html");
  std::ofstream(edited, std::ios::app) << "<!-- edited by hand -->";
  // A new file no study reads, so the build does not stop at "no input changed".
  std::ofstream(project.path("data/notes.txt")) << "not read by any study\n";
  auto kept_inode = inode_of(kept);
  REQUIRE(kept_inode != 0);
  auto ran = project.build();
  INFO(listing(ran));
  REQUIRE(ran.size() == 1);
  CHECK(ran.at("page:ru/methods/index.html") ==
        "its output of the last build is missing or was edited");
  CHECK(read_tree(project.path("_site")) == site);
  // An unchanged page is the same file (linked into the new tree), not a copy.
  CHECK(inode_of(kept) == kept_inode);
}

TEST_CASE("editing one CSV re-runs only its analyses, checks and the pages showing them",
          "[rebuild]") {
  ProjectCopy project;
  project.build();
  // mining.csv is read by karaganda-2021 alone (analyses/karaganda-2021.yaml).
  project.replace("data/karaganda/mining.csv", "2011,134426171", "2011,134426172");
  auto ran = project.build();
  INFO(listing(ran));
  REQUIRE(!ran.empty());
  bool analysis = false;
  for (const auto& [id, why] : ran) {
    INFO(id << ": " << why);
    if (starts_with(id, "analysis:")) {
      CHECK(starts_with(id, "analysis:karaganda-2021/"));
      analysis = true;
    } else if (starts_with(id, "checks:")) {
      CHECK(id == "checks:karaganda-2021");
    } else {
      // The study's own pages, and the report that lists every computed value.
      bool own = id.find("/studies/karaganda-2021/") != std::string::npos;
      bool report = id.find("/reproducibility/index.html") != std::string::npos;
      bool home = id.size() > 16 && id.compare(id.size() - 11, 11, "/index.html") == 0 &&
                  std::count(id.begin(), id.end(), '/') == 1;
      CHECK((own || report || home));
      CHECK(why.find("data/karaganda/mining.csv changed") != std::string::npos);
    }
  }
  CHECK(analysis);
  CHECK(ran.count("checks:karaganda-2021"));
  for (const char* lang : {"en", "ru", "kk"})
    CHECK(ran.count(std::string("page:") + lang + "/studies/karaganda-2021/index.html"));
  // An analysis reads the CSV, or the result of one that does.
  for (const auto& [id, why] : ran)
    if (starts_with(id, "analysis:"))
      CHECK((why == "data/karaganda/mining.csv changed" ||
             starts_with(why, "the result of analysis:karaganda-2021/")));
}

TEST_CASE("editing one Russian UI string re-runs only Russian pages", "[rebuild]") {
  ProjectCopy project;
  auto cold = project.build();
  size_t russian = 0;
  for (const auto& [id, why] : cold) russian += starts_with(id, "page:ru/") ? 1 : 0;
  project.replace("site/i18n/ru.yaml", "  studies: Исследования\n",
                  "  studies: Исследования городов\n");
  auto ran = project.build();
  INFO(listing(ran));
  // Every Russian page shows the UI strings of its language; no other node reads them.
  CHECK(ran.size() == russian);
  for (const auto& [id, why] : ran) {
    CHECK(starts_with(id, "page:ru/"));
    CHECK(why == "site/i18n/ru.yaml changed");
  }
}

TEST_CASE("editing a template re-runs only the pages using it", "[rebuild]") {
  ProjectCopy project;
  auto cold = project.build();
  std::set<std::string> study_pages;
  for (const auto& [id, why] : cold)
    if (id.find("/studies/") != std::string::npos) study_pages.insert(id);
  REQUIRE(!study_pages.empty());
  project.replace("templates/study.html", "</main>", "</main>\n<!-- edited -->");
  auto ran = project.build();
  INFO(listing(ran));
  std::set<std::string> ran_ids;
  for (const auto& [id, why] : ran) {
    ran_ids.insert(id);
    CHECK(why == "template study.html changed");
  }
  CHECK(ran_ids == study_pages);
}

TEST_CASE("a deleted or damaged cache and the number of threads change no output byte",
          "[rebuild]") {
  ProjectCopy project;
  project.build("-j 1", "one");
  auto one = read_tree(project.path("one"));
  REQUIRE(one.size() > 90);

  project.build("-j 2 --no-cache", "two");
  CHECK(read_tree(project.path("two")) == one);

  // Damage every pack in a different way: truncated, emptied, one payload byte flipped.
  size_t n = 0;
  for (const auto& entry : fs::recursive_directory_iterator(project.path(".qala-cache"))) {
    if (!entry.is_regular_file()) continue;
    std::string bytes = read_file(entry.path().string());
    if (n % 3 == 2) bytes[bytes.size() - 3] ^= 0x20;
    std::ofstream out(entry.path(), std::ios::binary | std::ios::trunc);
    if (n % 3 == 0) out << bytes.substr(0, bytes.size() / 2);
    if (n % 3 == 2) out << bytes;
    ++n;
  }
  REQUIRE(n >= 3);
  auto ran = project.build("-j 2", "three");
  CHECK(read_tree(project.path("three")) == one);
  size_t analyses = 0;
  for (const auto& [id, why] : ran) analyses += starts_with(id, "analysis:") ? 1 : 0;
  CHECK(analyses > 10);  // damaged entries were ignored and their nodes ran again

  fs::remove_all(project.path(".qala-cache"));
  project.build("-j 2", "four");
  CHECK(read_tree(project.path("four")) == one);
}

TEST_CASE("build --timings prints each step of a build, and of a no-op one", "[rebuild]") {
  ProjectCopy project;
  auto cold = run_command(kQala + " build --timings --root " + project.path("") + " --out " +
                          project.path("_site"));
  INFO(cold.err);
  REQUIRE((cold.exit_code == 0 || cold.exit_code == 1));
  for (const char* step : {"timings (wall, and CPU", "  load ", "  pages: views, render, write ",
                           "    views: built and freed (threads summed) ", "    rendering ",
                           "  save the cache ", "  total "})
    CHECK(cold.err.find(step) != std::string::npos);
  // Nothing on stdout but what a build without the flag prints.
  CHECK(cold.out.find("timings") == std::string::npos);
  auto noop = run_command(kQala + " build --timings --root " + project.path("") + " --out " +
                          project.path("_site"));
  INFO(noop.err);
  CHECK(noop.err.find("input fingerprint, memo (no input changed)") != std::string::npos);
  CHECK(noop.err.find("  load ") == std::string::npos);
  CHECK(noop.out == cold.out);
}

TEST_CASE("a rebuild parses only the YAML files that changed, with the same output", "[rebuild]") {
  ProjectCopy project;
  auto yaml_counts = [&](const std::string& out) {
    auto r = run_command(kQala + " build --timings --root " + project.path("") + " --out " +
                         project.path(out));
    INFO(r.err);
    REQUIRE((r.exit_code == 0 || r.exit_code == 1));
    std::smatch m;
    REQUIRE(std::regex_search(r.err, m, std::regex(R"(YAML files: (\d+) parsed, (\d+) read)")));
    return std::make_pair(std::stol(m[1]), std::stol(m[2]));
  };
  auto [cold_parsed, cold_found] = yaml_counts("_site");
  CHECK(cold_found == 0);
  CHECK(cold_parsed > 30);  // studies, their golden files and dataset metadata, site files
  project.replace("site/i18n/ru.yaml", "  studies: Исследования\n",
                  "  studies: Исследования городов\n");
  auto [parsed, found] = yaml_counts("_site");
  CHECK(parsed == 1);
  CHECK(found == cold_parsed - 1);
  // The trees read back give the bytes a build that parses everything gives.
  project.build("--no-cache", "fresh");
  CHECK(read_tree(project.path("_site")) == read_tree(project.path("fresh")));
}

TEST_CASE("study pages kept without building their view are what a build from nothing writes",
          "[rebuild]") {
  ProjectCopy project;
  project.build();
  const long study_pages = 5 * 3;  // analyses/*.yaml, in three languages
  auto views_kept = [&]() {
    auto r = run_command(kQala + " build --timings --root " + project.path("") + " --out " +
                         project.path("_site"));
    INFO(r.err);
    REQUIRE((r.exit_code == 0 || r.exit_code == 1));
    std::smatch m;
    REQUIRE(std::regex_search(r.err, m, std::regex(R"((\d+) study pages kept without one)")));
    return std::stol(m[1]);
  };
  auto same_as_fresh = [&](const std::string& edit) {
    INFO(edit);
    project.build("--no-cache", "fresh");
    CHECK(read_tree(project.path("_site")) == read_tree(project.path("fresh")));
    fs::remove_all(project.path("fresh"));
  };
  // A study's data, golden values or dataset metadata: only its own pages are built again.
  project.replace("data/karaganda/mining.csv", "2011,134426171", "2011,134426172");
  CHECK(views_kept() == study_pages - 3);
  same_as_fresh("a CSV edited");
  project.replace("golden/karaganda-2021.yaml", "printed: \"9062,2\"", "printed: \"9062,3\"");
  CHECK(views_kept() == study_pages - 3);
  same_as_fresh("a golden value edited");
  project.replace("data/karaganda/mining.meta.yaml", "Mining and quarrying in the Karaganda",
                  "Mining in the Karaganda");
  CHECK(views_kept() == study_pages - 3);
  same_as_fresh("a dataset's metadata edited");
  // Any other file may show on every study page (a dataset's source cites another study).
  project.replace("analyses/monotown-situation-2024.yaml", "The current economic situation",
                  "The economic situation");
  CHECK(views_kept() == 0);
  same_as_fresh("another study's paper title edited");
  project.replace("site/i18n/kk.yaml", "\n", "\n# edited\n");
  CHECK(views_kept() == 0);
  same_as_fresh("a UI string file edited");
  // A file touched, its bytes unchanged: the build runs, every study page is kept.
  fs::last_write_time(
      project.path("site/i18n/kk.yaml"),
      fs::last_write_time(project.path("site/i18n/kk.yaml")) + std::chrono::seconds(5));
  CHECK(views_kept() == study_pages);
  same_as_fresh("a file touched");
}

TEST_CASE("the cache keeps the replaced sites of at most two output folders", "[rebuild]") {
  ProjectCopy project;
  const std::string cache = project.path(".qala-cache");
  auto spare_of = [&](const std::string& out) {
    return fs::path(qala::spare_site_dir(cache, project.path(out))).filename().string();
  };
  auto spares = [&] {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(cache))
      if (starts_with(entry.path().filename().string(), "replaced-site-"))
        names.insert(entry.path().filename().string());
    return names;
  };
  // Each build after the first into a folder replaces a site (a touched input: not a no-op).
  int builds = 0;
  auto build_into = [&](const std::string& out) {
    fs::last_write_time(project.path("site/site.yaml"),
                        fs::file_time_type::clock::now() + std::chrono::seconds(++builds));
    project.build("", out);
  };
  build_into("out-a");
  build_into("out-a");
  CHECK(spares() == std::set<std::string>{spare_of("out-a")});
  build_into("out-b");
  build_into("out-b");
  CHECK(spares() == std::set<std::string>{spare_of("out-a"), spare_of("out-b")});
  // A third folder's replaced site pushes out the oldest other one.
  build_into("out-c");
  build_into("out-c");
  CHECK(spares() == std::set<std::string>{spare_of("out-b"), spare_of("out-c")});
  // Building into a folder whose replaced site was removed works as from nothing.
  build_into("out-a");
  CHECK(spares() == std::set<std::string>{spare_of("out-a"), spare_of("out-c")});
  CHECK(read_tree(project.path("out-a")) == read_tree(project.path("out-c")));
}
