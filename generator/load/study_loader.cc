#include "load/study_loader.h"

#include <algorithm>
#include <set>

#include "core/error.h"
#include "core/hash.h"
#include "core/suggest.h"
#include "load/dataset_loader.h"
#include "load/golden_loader.h"
#include "load/load_util.h"
#include "load/parse_memo.h"

namespace qala {
namespace {

Paper read_paper(const Value& v, const std::vector<std::string>& languages) {
  require_map(v, "the paper: {authors, year, journal, doi, title}");
  v.require_keys_in({"authors", "year", "journal", "volume", "issue", "pages", "doi", "title"});
  Paper p;
  const Value& authors = v.at("authors");
  if (!authors.is_list())
    throw InputError(authors.where(),
                     "expected a list of authors, e.g. [Borbasova Z., Nessipbayev R.]");
  for (const auto& a : authors.items()) p.authors.push_back(a.text());
  p.year = static_cast<int>(v.at("year").integer());
  p.journal = v.at("journal").text();
  if (auto* x = v.find("volume")) p.volume = x->text();
  if (auto* x = v.find("issue")) p.issue = x->text();
  if (auto* x = v.find("pages")) p.pages = x->text();
  if (auto* x = v.find("doi")) p.doi = x->text();
  p.title = read_localized(v.at("title"), languages);
  return p;
}

/// Collects the analysis ids named by `{ref: id/...}` anywhere in `v`.
void collect_refs(const Value& v, std::vector<std::string>& out) {
  if (v.is_map()) {
    if (const Value* ref = v.find("ref"); ref && v.entries().size() == 1) {
      std::string id = ref->text().substr(0, ref->text().find('/'));
      if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
      return;
    }
    for (const auto& [k, child] : v.entries()) collect_refs(child, out);
  } else if (v.is_list()) {
    for (const auto& child : v.items()) collect_refs(child, out);
  }
}

Analysis read_analysis(const Value& v, const Study& study,
                       const std::vector<std::string>& languages) {
  require_map(v, "an analysis: {id, method, dataset, params}");
  v.require_keys_in({"id", "method", "dataset", "params", "rows", "title"});
  Analysis a;
  a.where = v.where();
  require_slug(v.at("id"), "an analysis id");
  a.id = v.at("id").text();
  a.method = v.at("method").text();
  a.method_where = v.at("method").where();
  if (auto* d = v.find("dataset")) {
    a.dataset = d->text();
    if (!study.find_dataset(a.dataset)) {
      std::vector<std::string> names;
      for (const auto& ds : study.datasets) names.push_back(ds.id);
      throw InputError(d->where(), "no dataset '" + a.dataset + "' in this study" +
                                       did_you_mean(a.dataset, names));
    }
  }
  if (auto* p = v.find("params")) {
    require_map(*p, "params as a mapping (name: value)");
    a.params = *p;
  } else {
    a.params = Value::map({}, v.where());
  }
  if (auto* r = v.find("rows")) {
    require_map(*r, "a row filter such as {year: {from: 2011, to: 2019}}");
    a.rows = *r;
  }
  if (auto* t = v.find("title")) a.title = read_localized(*t, languages);
  collect_refs(a.params, a.depends_on);
  return a;
}

Localized read_page_texts(const FileSource& files, const std::string& name,
                          const std::vector<std::string>& languages, const SourceLocation& where,
                          bool allow_missing, const std::map<std::string, Localized>* site_pages) {
  Localized out;
  const Localized* known = nullptr;
  if (site_pages != nullptr) {
    auto page = site_pages->find(name);
    if (page != site_pages->end()) known = &page->second;
  }
  for (const auto& lang : languages) {
    std::string path = "site/pages/" + name + "." + lang + ".md";
    std::optional<std::string> text;
    if (site_pages != nullptr) {
      // Already read with the site's pages: a text missing there is missing on disk.
      if (known != nullptr && known->count(lang)) text = known->at(lang);
    } else {
      text = files.read(path);
    }
    if (!text && allow_missing && lang != languages.front()) continue;
    if (!text)
      throw InputError(where, "missing page text '" + path +
                                  "' (every page exists in every "
                                  "language)");
    out[lang] = *text;
  }
  return out;
}

}  // namespace

Study load_study(const FileSource& files, const std::string& path,
                 const std::vector<std::string>& languages, bool allow_missing_texts,
                 const std::map<std::string, Localized>* site_pages) {
  std::string bytes = read_listed_file(files, path);
  std::string file = files.display(path);
  Value root = parse_yaml_remembered(bytes, file, files.parse_memo());
  require_map(root, "a study: {id, paper, datasets, analyses, golden}");
  root.require_keys_in({"id", "paper", "golden", "templates", "datasets", "analyses", "notes"});
  Study s;
  s.file = path;
  std::string stem = path.substr(path.rfind('/') + 1);
  stem = stem.substr(0, stem.size() - 5);
  // The file name is the study id, so it must be one before anything is compared with it.
  require_slug(Value::scalar(stem, {file, 0, 0}), "a study file name (analyses/<study-id>.yaml)");
  const Value& id = root.at("id");
  require_slug(id, "a study id");
  s.id = id.text();
  if (s.id != stem)
    throw InputError(id.where(),
                     "study id '" + s.id + "' differs from its file name; expected '" + stem + "'");
  s.paper = read_paper(root.at("paper"), languages);
  std::string golden_bytes;
  if (auto* t = root.find("templates")) {
    require_map(*t, "templates: {study: file.html}").require_keys_in({"study"});
    for (const auto& [kind, name] : t->entries()) {
      const std::string& file_name = name.text();
      // The name is looked up under templates/; it may not climb out of it.
      if (!is_safe_relative_path(file_name) || file_name.size() < 6 ||
          file_name.substr(file_name.size() - 5) != ".html")
        throw InputError(name.where(),
                         "expected a template file in templates/ such as "
                         "study.html, found '" +
                             file_name + "'");
      if (!files.read("templates/" + file_name)) {
        std::vector<std::string> names;
        for (const auto& listed : files.list("templates", ".html"))
          names.push_back(listed.substr(10));
        throw InputError(name.where(), "no template '" + file_name + "' in templates/" +
                                           did_you_mean(file_name, names));
      }
      s.templates[kind] = file_name;
    }
  }
  if (auto* ds = root.find("datasets")) {
    for (const auto& [name, file_value] :
         require_map(*ds, "datasets: {id: data/file.csv}").entries()) {
      // The id becomes an anchor and a download name on the site.
      require_slug(Value::scalar(name, ds->key_where(name)), "a dataset id");
      s.datasets.push_back(load_dataset(files, name, file_value, languages));
    }
  }
  std::set<std::string> ids;
  if (auto* as = root.find("analyses")) {
    if (!as->is_list())
      throw InputError(as->where(), "expected a list of analyses, each starting with '- id: ...'");
    for (const auto& item : as->items()) {
      Analysis a = read_analysis(item, s, languages);
      if (!ids.insert(a.id).second)
        throw InputError(item.at("id").where(), "duplicate analysis id '" + a.id + "'");
      s.analyses.push_back(std::move(a));
    }
  }
  if (auto* g = root.find("golden")) {
    s.golden_file = g->text();
    s.golden = load_golden(files, *g, s.id, &s.printed_tables, &golden_bytes);
  }
  s.text = read_page_texts(files, "studies/" + s.id, languages, id.where(), allow_missing_texts,
                           site_pages);
  s.content_hash = content_hash(bytes + '\0' + golden_bytes);
  s.file_hash = content_hash(bytes);
  return s;
}

}  // namespace qala
