#include "render/render_site.h"

#include "render/view.h"

#include <algorithm>
#include <exception>
#include <set>

#include "core/error.h"
#include "core/parallel.h"
#include "render/committee_report.h"
#include "render/home_page.h"
#include "render/html.h"
#include "render/i18n.h"
#include "render/markdown.h"
#include "render/method_pages.h"
#include "render/overview_pages.h"
#include "render/page_frame.h"
#include "render/sitemap.h"
#include "render/strategy_page.h"
#include "render/study_downloads.h"
#include "render/study_page.h"
#include "render/template_check.h"
#include "render/town_site.h"

namespace qala {
namespace {

constexpr const char* kHomeTemplate = "home.html";
constexpr const char* kReportTemplate = "reproducibility.html";
constexpr const char* kRedirectTemplate = "redirect.html";
constexpr const char* kStudyTemplate = "study.html";
constexpr const char* kMethodsTemplate = "methods.html";
constexpr const char* kMethodTemplate = "method.html";
constexpr const char* kStrategiesTemplate = "strategies.html";
constexpr const char* kCommitteeTemplate = "report_committee.html";

std::string study_template(const Study& study) {
  auto it = study.templates.find("study");
  return it == study.templates.end() ? kStudyTemplate : it->second;
}

std::string root_of(const view::Map& frame) { return std::get<std::string>(frame.at("root")); }

/// Checks every template the site uses and that every UI string they name exists; with a
/// fallback, logs a warning for each string a language other than the default lacks instead.
void check_inputs(const Project& project, FallbackLog* fallback_log) {
  if (project.site.languages.empty())
    throw InputError(SourceLocation{"site/site.yaml", 0, 0},
                     "expected at least one language under 'languages:'");
  std::vector<std::string> names{kHomeTemplate, kReportTemplate, kRedirectTemplate};
  if (!method_page_names(project).empty()) {
    names.push_back(kMethodsTemplate);
    names.push_back(kMethodTemplate);
  }
  for (const auto& study : project.studies) names.push_back(study_template(study));
  if (has_strategy_tables(project)) names.push_back(kStrategiesTemplate);
  if (programme_study(project)) names.push_back(kCommitteeTemplate);
  if (has_town_registry(project))
    for (const auto& name : town_template_names()) names.push_back(name);
  // Each template once: thousands of studies share one.
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  std::vector<std::string> keys{"language.name", "report.title",     "source.table",
                                "source.figure", "source.equation",  "citation.et_al",
                                "home.title",    "i18n.untranslated"};
  for (const auto& name : names) {
    TemplateUses uses = check_template(name, project.templates);
    keys.insert(keys.end(), uses.string_keys.begin(), uses.string_keys.end());
  }
  if (fallback_log == nullptr) return check_strings(project, keys);
  const std::string& default_lang = project.site.languages.front();
  for (const auto& missing : find_missing_strings(project, keys)) {
    // Nothing to fall back to, or the badge saying so cannot be shown in the page's language.
    if (missing.lang == default_lang || missing.key == "i18n.untranslated")
      throw_missing_string(project, missing);
    fallback_log->warn(missing_string_warning(missing, default_lang));
  }
}

/// The language folder of an output file ("ru/towns/index.html" -> "ru"), else the default.
const std::string& language_of(const std::string& path, const Project& project) {
  for (const auto& lang : project.site.languages)
    if (path.rfind(lang + "/", 0) == 0) return lang;
  return project.site.languages.front();
}

/// Resolves the fallback marks of every output file: HTML pages get `lang` spans and a badge,
/// other files (CSV, JSON, BibTeX, RIS) the bare text.
void resolve_fallbacks(std::vector<Page>& pages, const Project& project,
                       const SiteStrings& strings) {
  for (auto& page : pages) {
    bool html = page.path.size() > 5 && page.path.compare(page.path.size() - 5, 5, ".html") == 0;
    const Strings& t = strings.at(language_of(page.path, project));
    page.content = html ? resolve_fallback_marks(
                              page.content, untranslated_badge_html(t.get("i18n.untranslated")))
                        : strip_fallback_marks(page.content);
  }
}

/// The files a study's page shows: the study, its golden values, its datasets and its text.
std::vector<std::string> study_sources(const Study& study) {
  std::vector<std::string> files{study.file, study.golden_file};
  for (const auto& d : study.datasets) files.push_back(d.file);
  return files;
}

/// The files of every study, for the pages that sum up or combine all of them.
PageSources all_study_sources(const Project& project) {
  std::vector<std::string> files;
  for (const auto& study : project.studies)
    for (auto& f : study_sources(study)) files.push_back(std::move(f));
  return std::make_shared<const std::vector<std::string>>(std::move(files));
}

/// A page of `lang` at `path` whose title is a UI string and whose view is `page_view(t, root)`.
template <typename View>
PageSpec titled_page(const SiteInputs& site, const std::string& lang, const std::string& path,
                     const char* template_name, const char* title_key, View page_view,
                     PageSources sources) {
  return {lang + "/" + path, lang, template_name,
          [&site, lang, path, title_key, page_view] {
            const Strings& t = site.strings.at(lang);
            view::Map frame = page_frame(site.project, site.strings, lang, path, t.get(title_key));
            std::string root = root_of(frame);
            return view::merged(std::move(frame), page_view(t, root));
          },
          std::move(sources)};
}

}  // namespace

std::map<std::string, std::string> template_closure(
    const std::string& name, const std::map<std::string, std::string>& templates) {
  std::map<std::string, std::string> closure;
  closure.emplace(name, templates.at(name));
  for (const auto& partial : check_template(name, templates).partials)
    closure.emplace(partial, templates.at(partial));
  return closure;
}

CompiledTemplate compile_template(const std::string& name,
                                  const std::map<std::string, std::string>& closure) {
  try {
    return CompiledTemplate::compile(name, closure);
  } catch (const std::exception& e) {
    throw InputError(SourceLocation{template_file(name), 0, 0},
                     std::string("template could not be parsed: ") + e.what());
  }
}

std::string render_template(const CompiledTemplate& tmpl, const view::Map& context,
                            const view::Map* outer) {
  return tmpl.render(context, outer);
}

const view::Map& page_outer_context(const SiteInputs& site, const PageSpec& spec) {
  const std::string& lang = spec.lang.empty() ? site.project.site.languages.front() : spec.lang;
  return site.strings.at(lang).outer_context();
}

SiteInputs prepare_site(const Project& project, const RunResults& results,
                        const CheckReport& report, const RenderOptions& options) {
  auto fallback_log = std::make_unique<FallbackLog>();
  check_inputs(project, options.allow_fallback ? fallback_log.get() : nullptr);
  // cmark-gfm registers its extensions in a global on first use: do it before threads start.
  markdown_to_html("");
  SiteInputs site{project, results, report, options, std::move(fallback_log), {}, {}};
  const std::string& default_lang = project.site.languages.front();
  StringsFallback fallback{options.allow_fallback ? default_lang : "", site.fallback_log.get()};
  for (const auto& lang : project.site.languages)
    site.strings.emplace(
        lang, options.allow_fallback ? Strings(project, lang, fallback) : Strings(project, lang));
  site.towns = load_town_registry(project);
  return site;
}

std::vector<PageSpec> list_pages(const SiteInputs& site) {
  const Project& project = site.project;
  const std::string& default_lang = project.site.languages.front();
  const PageSources every_study = all_study_sources(project);

  std::vector<PageSpec> pages;
  pages.push_back({"index.html", "", kRedirectTemplate,
                   [&site, default_lang] {
                     return page_frame(site.project, site.strings, default_lang, "index.html",
                                       site.strings.at(default_lang).get("home.title"),
                                       /*at_site_root=*/true);
                   },
                   nullptr});

  std::vector<PageSources> own_sources;
  for (const auto& study : project.studies)
    own_sources.push_back(std::make_shared<const std::vector<std::string>>(study_sources(study)));
  for (const auto& lang : project.site.languages) {
    for (size_t s = 0; s < project.studies.size(); ++s) {
      const Study& study = project.studies[s];
      std::string path = study_page_path(study);
      pages.push_back(
          {lang + "/" + path, lang, study_template(study),
           [&site, &study, lang, path] {
             const Strings& t = site.strings.at(lang);
             view::Map view = study_view(site.project, study, site.results, site.report, t);
             const auto& citation = std::get<view::Map>(view.at("citation"));
             view::Map frame = page_frame(site.project, site.strings, lang, path,
                                          std::get<std::string>(citation.at("title")));
             frame.emplace("downloads_href", root_of(frame) + study_downloads_dir(study));
             return view::merged(std::move(frame), std::move(view));
           },
           own_sources[s], &study});
    }

    if (!method_page_names(project).empty())
      pages.push_back(titled_page(
          site, lang, kMethodsPath, kMethodsTemplate, "methods.title",
          [&site](const Strings& t, const std::string& root) {
            return methods_index_view(site.project, t, root);
          },
          nullptr));
    for (const auto& name : method_page_names(project)) {
      std::string path = method_page_path(name);
      pages.push_back({lang + "/" + path, lang, kMethodTemplate,
                       [&site, name, lang, path] {
                         view::Map view = method_view(site.project, name, site.strings.at(lang));
                         view::Map frame = page_frame(site.project, site.strings, lang, path,
                                                      std::get<std::string>(view.at("title")));
                         return view::merged(std::move(frame), std::move(view));
                       },
                       nullptr});
    }

    add_town_pages(site, lang, every_study, pages);

    pages.push_back(titled_page(
        site, lang, kReportPath, kReportTemplate, "report.title",
        [&site](const Strings& t, const std::string& root) {
          return report_view(site.project, site.report, t, root);
        },
        every_study));

    if (has_strategy_tables(project))
      pages.push_back(titled_page(
          site, lang, kStrategiesPath, kStrategiesTemplate, "strategy.title",
          [&site](const Strings& t, const std::string&) { return strategy_view(site.project, t); },
          every_study));
    if (programme_study(project))
      pages.push_back(titled_page(
          site, lang, kCommitteePath, kCommitteeTemplate, "committee.title",
          [&site](const Strings& t, const std::string& root) {
            return committee_view(site.project, site.report, t, root);
          },
          every_study));
  }

  // The home pages come last: they point only to pages the site actually has.
  auto page_paths = std::make_shared<std::set<std::string>>();
  for (const auto& page : pages) page_paths->insert(page.path);
  for (const auto& lang : project.site.languages)
    pages.push_back(titled_page(
        site, lang, "index.html", kHomeTemplate, "home.title",
        [&site, page_paths](const Strings& t, const std::string& root) {
          return view::merged(home_view(site.project, site.report, t, root),
                              home_extras(site.project, site.report, t, root, *page_paths));
        },
        every_study));
  return pages;
}

void finish_site(const SiteInputs& site, std::vector<Page>& pages, int jobs) {
  const Project& project = site.project;
  // A study's downloads are data, the same in every language: one copy at one address, which
  // every language's page links to (made on `jobs` threads).
  std::vector<std::vector<Page>> downloads(project.studies.size());
  parallel_for(project.studies.size(), jobs, [&](size_t i) {
    downloads[i] = study_downloads(project.studies[i], site.results, site.report,
                                   study_downloads_dir(project.studies[i]));
  });
  for (auto& files : downloads)
    for (auto& file : files) pages.push_back(std::move(file));
  for (const auto& lang : project.site.languages) add_town_files(site, lang, pages);
  if (site.options.allow_fallback) resolve_fallbacks(pages, project, site.strings);
  if (site.options.warn)
    for (const auto& warning : site.fallback_log->warnings()) site.options.warn(warning);
  for (const auto& [name, bytes] : project.assets) pages.push_back({"assets/" + name, bytes});
  for (auto& file : sitemap_files(pages, project.site)) pages.push_back(std::move(file));
}

std::vector<Page> render_site(const Project& project, const RunResults& results,
                              const CheckReport& report, const RenderOptions& options) {
  SiteInputs site = prepare_site(project, results, report, options);
  std::map<std::string, CompiledTemplate> compiled;
  std::vector<Page> pages;
  for (const auto& spec : list_pages(site)) {
    auto tmpl = compiled.find(spec.template_name);
    if (tmpl == compiled.end())
      tmpl = compiled
                 .emplace(spec.template_name,
                          compile_template(spec.template_name,
                                           template_closure(spec.template_name, project.templates)))
                 .first;
    pages.push_back(
        {spec.path, render_template(tmpl->second, spec.view(), &page_outer_context(site, spec))});
  }
  finish_site(site, pages);
  return pages;
}

}  // namespace qala
