#include "build/incremental_build.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <set>

#include "build/build_identity.h"
#include "build/cache_codec.h"
#include "build/view_key.h"
#include "check/run_checks.h"
#include "core/hash.h"
#include "core/parallel.h"
#include "render/i18n.h"
#include "run/run_analyses.h"

namespace qala {

IncrementalBuild::IncrementalBuild(CacheStore store, int thread_count, Progress* progress_line)
    : cache(std::move(store)),
      before(read_manifest(cache)),
      jobs(thread_count),
      progress(progress_line),
      identity(build_identity()) {
  timings.lap("read the last manifest");
}

void IncrementalBuild::record_manifest() {
  write_manifest(cache, now);
  manifest_recorded_ = true;
}

void IncrementalBuild::commit() {
  if (!manifest_recorded_) record_manifest();
  cache.save();
}

namespace {

/// Per node index: why it ran, or nothing when its cache entry was used.
/// Collected in node order after the parallel part, so --explain lists nodes in
/// the same order at any -j.
using RanSlots = std::vector<std::optional<std::string>>;

void collect(IncrementalBuild& build, const std::vector<std::string>& ids, const RanSlots& why) {
  for (size_t i = 0; i < ids.size(); ++i)
    if (why[i]) build.ran.push_back({ids[i], *why[i]});
}

NodeRecord record_of(const PlanNode& node) { return {node.key, node.inputs, ""}; }

const NodeRecord* find(const BuildManifest& manifest, const std::string& id) {
  auto it = manifest.find(id);
  return it == manifest.end() ? nullptr : &it->second;
}

}  // namespace

RunResults run_analyses_incrementally(const BuildPlan& plan, const MethodRegistry& methods,
                                      IncrementalBuild& build) {
  // The analysis nodes of each study, in plan order.
  std::vector<std::vector<size_t>> by_study;
  std::map<const Study*, size_t> study_index;
  size_t analysis_count = 0;
  for (size_t i = 0; i < plan.nodes.size(); ++i) {
    const PlanNode& node = plan.nodes[i];
    if (node.kind != PlanNode::Kind::kAnalysis) continue;
    auto [it, fresh] = study_index.emplace(node.study, by_study.size());
    if (fresh) by_study.emplace_back();
    by_study[it->second].push_back(i);
    ++analysis_count;
  }
  std::vector<std::map<std::string, Result>> study_results(by_study.size());
  RanSlots why(plan.nodes.size());
  if (build.progress) build.progress->start("analyses", analysis_count);
  parallel_for(by_study.size(), build.jobs, [&](size_t s) {
    auto& results = study_results[s];
    for (size_t i : by_study[s]) {
      const PlanNode& node = plan.nodes[i];
      std::optional<Result> cached;
      if (auto bytes = build.cache.read("result", node.key)) cached = decode_result(*bytes);
      if (cached) {
        results[node.analysis->id] = std::move(*cached);
      } else {
        Result result = run_analysis(node, methods, results);
        build.cache.write("result", node.key, encode_result(result));
        results[node.analysis->id] = std::move(result);
        why[i] = why_node_ran(record_of(node), find(build.before, node.id));
      }
      if (build.progress) build.progress->done(node.id);
    }
  });
  RunResults out;
  for (const auto& [study, s] : study_index) out[study->id] = std::move(study_results[s]);
  std::vector<std::string> ids;
  for (const auto& node : plan.nodes) {
    ids.push_back(node.id);
    if (node.kind == PlanNode::Kind::kAnalysis) build.now[node.id] = record_of(node);
  }
  collect(build, ids, why);
  build.nodes_seen += analysis_count;
  return out;
}

CheckReport run_checks_incrementally(const BuildPlan& plan, const RunResults& results,
                                     IncrementalBuild& build) {
  static const std::map<std::string, Result> no_results;
  CheckReport report;
  RanSlots why(plan.nodes.size());
  std::vector<std::string> ids;
  for (size_t i = 0; i < plan.nodes.size(); ++i) {
    const PlanNode& node = plan.nodes[i];
    ids.push_back(node.id);
    if (node.kind != PlanNode::Kind::kChecks) continue;
    const Study& study = *node.study;
    std::optional<std::vector<Check>> checks;
    if (auto bytes = build.cache.read("checks", node.key)) checks = decode_checks(*bytes, study);
    if (!checks) {
      auto found = results.find(study.id);
      checks = check_study(study, found == results.end() ? no_results : found->second);
      build.cache.write("checks", node.key, encode_checks(*checks));
      why[i] = why_node_ran(record_of(node), find(build.before, node.id));
    }
    add_to_report(report, study, std::move(*checks));
    build.now[node.id] = record_of(node);
    ++build.nodes_seen;
  }
  collect(build, ids, why);
  return report;
}

namespace {

/// The manifest's record of the input fingerprint the last build's pages were
/// made from.
constexpr const char* kInputsNode = "inputs:fingerprint";

/// A template with its partials: what mstch needs to render it and the hash of
/// their bytes.
struct PreparedTemplate {
  std::map<std::string, std::string> closure;
  std::vector<std::pair<std::string, std::string>> inputs;  // "template <name>" -> hash
  /// What a page using it reads besides its view and the files it shows: the tool, the
  /// template, the site configuration and the strings.
  std::shared_ptr<const NamedHashes> page_inputs;
  CompiledTemplate compiled;  // parsed once, rendered per page
};

/// Thread time of each part of the page step (summed over threads), for --timings.
struct PageStepParts {
  std::atomic<std::int64_t> views{0}, keys{0}, rendering{0}, writing{0};
  std::atomic<long> views_built{0}, views_skipped{0};
  void report(PhaseTimings& timings) const {
    auto ms = [](const std::atomic<std::int64_t>& ns) { return static_cast<double>(ns) / 1e6; };
    timings.note(
        fmt::format("{} views built; {} study pages kept without one (nothing they show "
                    "changed)",
                    views_built.load(), views_skipped.load()));
    timings.part("views: built and freed", ms(views));
    timings.part("page keys: views hashed", ms(keys));
    timings.part("rendering", ms(rendering));
    timings.part("writing", ms(writing));
  }
};

/// Adds the time from its start (or restart) to stop() (or its end) to `total`.
class Stopwatch {
 public:
  explicit Stopwatch(std::atomic<std::int64_t>& total) : total_(total) { restart(); }
  ~Stopwatch() { stop(); }
  void restart() {
    start_ = Clock::now();
    running_ = true;
  }
  void stop() {
    if (!running_) return;
    running_ = false;
    total_ += std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start_).count();
  }

 private:
  using Clock = std::chrono::steady_clock;
  std::atomic<std::int64_t>& total_;
  Clock::time_point start_;
  bool running_ = false;
};

/// `files` with the hashes of their bytes (those the project has).
NamedHashes file_inputs(const Project& project, const std::vector<std::string>& files) {
  NamedHashes inputs;
  inputs.reserve(files.size());
  for (const auto& file : files) {
    auto it = project.file_hashes.find(file);
    if (it != project.file_hashes.end()) inputs.emplace_back(file, it->second);
  }
  return inputs;
}

/// What a page of `tmpl` reads besides its view and the files it shows, named for
/// --explain: the tool, the template and its partials, the site configuration and
/// every language's strings (the language switcher shows each language's name).
NamedHashes page_inputs(const Project& project, const PreparedTemplate& tmpl,
                        const std::string& identity) {
  std::vector<std::string> files{"site/site.yaml"};
  for (const auto& lang : project.site.languages) files.push_back(strings_file(lang));
  NamedHashes inputs{{"tool version", content_hash(identity)}};
  inputs.insert(inputs.end(), tmpl.inputs.begin(), tmpl.inputs.end());
  for (auto& input : file_inputs(project, files)) inputs.push_back(std::move(input));
  return inputs;
}

/// What every study page may show besides its own study: each file the project read but the
/// datasets (which a study page shows only of its own study; a golden file is never in
/// `file_hashes`), the tool and the options that change pages. Other studies' files are in it:
/// a dataset's source names another study's paper.
std::string study_page_context(const SiteInputs& site, const std::string& identity) {
  const Project& project = site.project;
  std::set<std::string> datasets;
  for (const auto& study : project.studies)
    for (const auto& dataset : study.datasets) datasets.insert(dataset.file);
  ContentHasher h;
  h.add_framed(identity);
  h.add_word(site.options.allow_fallback ? 1 : 0);
  h.add_word(project.site.report_pdf ? 1 : 0);
  for (const auto& [file, hash] : project.file_hashes) {
    if (datasets.count(file)) continue;
    h.add_framed(file);
    h.add_framed(hash);
  }
  return h.hex();
}

/// The input key of a study's own page: the context above and its study's files (the study and
/// golden files, each dataset with its metadata), from which its results and checks follow.
std::string study_page_input_key(const std::string& context, const PageSpec& spec) {
  ContentHasher h;
  h.add_framed(context);
  h.add_framed(spec.path);
  h.add_framed(spec.template_name);
  h.add_framed(spec.own_study->content_hash);
  for (const auto& dataset : spec.own_study->datasets) {
    h.add_framed(dataset.file);
    h.add_framed(dataset.content_hash);
  }
  return h.hex();
}

}  // namespace

std::vector<Page> render_pages_incrementally(const SiteInputs& site, IncrementalBuild& build,
                                             const std::string& fingerprint,
                                             const PreviousOutput& previous, const PageSink& sink) {
  const Project& project = site.project;
  std::vector<PageSpec> specs = list_pages(site);
  std::map<std::string, PreparedTemplate> templates;
  for (const auto& spec : specs) {
    if (templates.count(spec.template_name)) continue;
    PreparedTemplate t;
    t.closure = template_closure(spec.template_name, project.templates);
    for (const auto& [name, text] : t.closure)
      t.inputs.emplace_back("template " + name, content_hash(text));
    t.compiled = compile_template(spec.template_name, t.closure);
    t.page_inputs = std::make_shared<const NamedHashes>(page_inputs(project, t, build.identity));
    templates.emplace(spec.template_name, std::move(t));
  }

  // The key of each language's UI strings, which every page renders over its
  // view.
  std::map<const view::Map*, std::string> strings_keys;
  for (const auto& spec : specs) {
    const view::Map* outer = &page_outer_context(site, spec);
    if (strings_keys.count(outer)) continue;
    ContentHasher hash;
    hash_view(*outer, hash);
    strings_keys.emplace(outer, hash.hex());
  }

  // The files each page shows, with their hashes: once per list, which many pages share.
  std::map<const std::vector<std::string>*, std::shared_ptr<const NamedHashes>> shown_inputs;
  for (const auto& spec : specs)
    if (spec.sources && !shown_inputs.count(spec.sources.get()))
      shown_inputs.emplace(spec.sources.get(), std::make_shared<const NamedHashes>(
                                                   file_inputs(project, *spec.sources)));

  std::vector<Page> pages(specs.size());
  std::vector<NodeRecord> records(specs.size());
  RanSlots why(specs.size());
  // Fallback marks are resolved over all pages at the end: then nothing is handed on early.
  const bool stream = sink && !site.options.allow_fallback;
  // Keeps the page the last build wrote at `page.path` when it is still there as recorded: the
  // output itself is the page cache. Its bytes are needed only when nothing links the old file.
  auto keep = [&](Page& page, const NodeRecord& last) {
    if (!previous.kept || last.output.empty() || !previous.kept(page.path, last.output))
      return false;
    if (!stream) {
      auto bytes = previous.read ? previous.read(page.path) : std::nullopt;
      if (!bytes) return false;
      page.content = std::move(*bytes);
    }
    page.unchanged = true;
    return true;
  };
  // Hands a finished page on, or describes it for the manifest when it stays in memory.
  auto hand_on = [&](Page& page) -> std::string {
    if (!stream) return "hash:" + content_hash(page.content);
    std::string recorded = sink(page);
    page.written = true;
    std::string().swap(page.content);
    return recorded;
  };
  // No input changed since the last build: each page's key is the one recorded
  // then.
  const NodeRecord* last_inputs = find(build.before, kInputsNode);
  bool unchanged = !fingerprint.empty() && last_inputs && last_inputs->key == fingerprint;
  build.timings.lap("pages: list, templates");
  if (build.progress) build.progress->start("pages", specs.size());
  // Pages that show many files (the report, the home pages: every study) take
  // longest: they go first, so the threads finish together instead of one
  // rendering them alone at the end.
  std::vector<size_t> order(specs.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    auto shown = [&](size_t i) { return specs[i].sources ? specs[i].sources->size() : 0; };
    return shown(a) > shown(b);
  });
  PageStepParts parts;
  const std::string study_context = study_page_context(site, build.identity);
  parallel_for(specs.size(), build.jobs, [&](size_t n) {
    const size_t i = order[n];
    const PageSpec& spec = specs[i];
    const NodeRecord* last = find(build.before, "page:" + spec.path);
    pages[i].path = spec.path;
    const std::string input_key =
        spec.own_study ? study_page_input_key(study_context, spec) : std::string();
    const bool same_inputs =
        unchanged || (!input_key.empty() && last && last->input_key == input_key);
    if (same_inputs && last && !last->key.empty() && keep(pages[i], *last)) {
      records[i] = *last;
      records[i].output = hand_on(pages[i]);
      if (!unchanged) ++parts.views_skipped;
      if (build.progress) build.progress->done(spec.path);
      return;
    }
    ++parts.views_built;
    const PreparedTemplate& tmpl = templates.at(spec.template_name);
    const view::Map& outer = page_outer_context(site, spec);
    NodeRecord record;
    record.input_key = input_key;
    {
      Stopwatch views(parts.views);
      view::Map view = spec.view();
      views.stop();
      Stopwatch keys(parts.keys);
      ContentHasher key;
      key.add_framed(build.identity);
      key.add_framed(strings_keys.at(&outer));
      for (const auto& [name, hash] : tmpl.inputs) {
        key.add_framed(name);
        key.add_framed(hash);
      }
      hash_view(view, key);
      record.key = key.hex();
      record.shared_inputs.push_back(tmpl.page_inputs);
      if (spec.sources) record.shared_inputs.push_back(shown_inputs.at(spec.sources.get()));
      keys.stop();
      bool same_key = last && last->key == record.key;
      if (!(same_key && keep(pages[i], *last))) {
        Stopwatch rendering(parts.rendering);
        pages[i].content = render_template(tmpl.compiled, view, &outer);
        why[i] = same_key ? "its output of the last build is missing or was edited"
                          : why_node_ran(record, last);
      }
      views.restart();  // the view is freed here
    }
    Stopwatch writing(parts.writing);
    record.output = hand_on(pages[i]);
    writing.stop();
    records[i] = std::move(record);
    if (build.progress) build.progress->done(spec.path);
  });
  std::vector<std::string> ids;
  for (size_t i = 0; i < specs.size(); ++i) {
    ids.push_back("page:" + specs[i].path);
    build.now[ids.back()] = std::move(records[i]);
  }
  collect(build, ids, why);
  if (!fingerprint.empty()) build.now[kInputsNode] = {fingerprint, {}, ""};
  build.nodes_seen += specs.size();
  parts.report(build.timings);
  build.timings.lap("pages: views, render, write");
  finish_site(site, pages, build.jobs);
  return pages;
}

}  // namespace qala
