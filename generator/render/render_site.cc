#include "render/render_site.h"

#include <mstch/mstch.hpp>

#include <exception>
#include <set>

#include "core/error.h"
#include "render/committee_report.h"
#include "render/home_page.h"
#include "render/html.h"
#include "render/i18n.h"
#include "render/method_pages.h"
#include "render/overview_pages.h"
#include "render/page_frame.h"
#include "render/sitemap.h"
#include "render/strategy_page.h"
#include "render/study_downloads.h"
#include "render/study_page.h"
#include "render/template_check.h"
#include "render/town_site.h"
#include "render/untranslated.h"

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

/// Adds the page's own fields to the shared frame.
mstch::map merge(mstch::map frame, const mstch::map& page) {
  for (const auto& [key, value] : page) frame.insert_or_assign(key, value);
  return frame;
}

std::string render_template(const std::string& name, const mstch::map& context,
                            const std::map<std::string, std::string>& templates) {
  try {
    return mstch::render(templates.at(name), context, templates);
  } catch (const InputError&) {
    throw;
  } catch (const std::exception& e) {
    throw InputError(SourceLocation{template_file(name), 0, 0},
                     std::string("template could not be rendered: ") + e.what());
  }
}

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

}  // namespace

std::vector<Page> render_site(const Project& project, const RunResults& results,
                              const CheckReport& report, const RenderOptions& options) {
  FallbackLog fallback_log;
  check_inputs(project, options.allow_fallback ? &fallback_log : nullptr);
  // All data goes through this escape; set here so no other setting of mstch's global leaks in.
  mstch::config::escape = html_escape;

  SiteStrings strings;
  const std::string& default_lang = project.site.languages.front();
  StringsFallback fallback{options.allow_fallback ? default_lang : "", &fallback_log};
  for (const auto& lang : project.site.languages)
    strings.emplace(
        lang, options.allow_fallback ? Strings(project, lang, fallback) : Strings(project, lang));
  const auto& templates = project.templates;
  auto root_of = [](const mstch::map& frame) { return boost::get<std::string>(frame.at("root")); };

  const TownRegistry towns = load_town_registry(project);
  std::vector<Page> pages;
  mstch::map redirect = page_frame(project, strings, default_lang, "index.html",
                                   strings.at(default_lang).get("home.title"),
                                   /*at_site_root=*/true);
  pages.push_back({"index.html", render_template(kRedirectTemplate, redirect, templates)});

  for (const auto& lang : project.site.languages) {
    const Strings& t = strings.at(lang);

    for (const auto& study : project.studies) {
      mstch::map view = study_view(project, study, results, report, t);
      const auto& citation = boost::get<mstch::map>(view.at("citation"));
      std::string path = study_page_path(study);
      mstch::map frame =
          page_frame(project, strings, lang, path, boost::get<std::string>(citation.at("title")));
      pages.push_back({lang + "/" + path,
                       render_template(study_template(study), merge(frame, view), templates)});
      std::string dir = lang + "/" + path.substr(0, path.rfind('/') + 1);
      for (auto& file : study_downloads(study, results, report, dir))
        pages.push_back(std::move(file));
    }

    if (!method_page_names(project).empty()) {
      mstch::map methods_frame =
          page_frame(project, strings, lang, kMethodsPath, t.get("methods.title"));
      mstch::map methods_page =
          merge(methods_frame, methods_index_view(project, t, root_of(methods_frame)));
      pages.push_back(
          {lang + "/" + kMethodsPath, render_template(kMethodsTemplate, methods_page, templates)});
    }
    for (const auto& name : method_page_names(project)) {
      mstch::map view = method_view(project, name, t);
      std::string path = method_page_path(name);
      mstch::map method_frame =
          page_frame(project, strings, lang, path, boost::get<std::string>(view.at("title")));
      pages.push_back({lang + "/" + path,
                       render_template(kMethodTemplate, merge(method_frame, view), templates)});
    }

    add_town_pages(
        towns, project, results, report, strings, lang,
        [&](const std::string& name, const mstch::map& context) {
          return render_template(name, context, templates);
        },
        pages);

    mstch::map frame = page_frame(project, strings, lang, kReportPath, t.get("report.title"));
    mstch::map report_page = merge(frame, report_view(project, report, t, root_of(frame)));
    pages.push_back(
        {lang + "/" + kReportPath, render_template(kReportTemplate, report_page, templates)});

    if (has_strategy_tables(project)) {
      mstch::map f = page_frame(project, strings, lang, kStrategiesPath, t.get("strategy.title"));
      pages.push_back(
          {lang + "/" + kStrategiesPath,
           render_template(kStrategiesTemplate, merge(f, strategy_view(project, t)), templates)});
    }
    if (programme_study(project)) {
      mstch::map f = page_frame(project, strings, lang, kCommitteePath, t.get("committee.title"));
      pages.push_back(
          {lang + "/" + kCommitteePath,
           render_template(kCommitteeTemplate,
                           merge(f, committee_view(project, report, t, root_of(f))), templates)});
    }
  }
  // The home pages come last: they point only to pages the site actually has.
  std::set<std::string> page_paths;
  for (const auto& page : pages) page_paths.insert(page.path);
  for (const auto& lang : project.site.languages) {
    const Strings& t = strings.at(lang);
    mstch::map home = page_frame(project, strings, lang, "index.html", t.get("home.title"));
    mstch::map home_page = merge(home, home_view(project, report, t, root_of(home)));
    home_page = merge(home_page, home_extras(project, report, t, root_of(home), page_paths));
    pages.push_back({lang + "/index.html", render_template(kHomeTemplate, home_page, templates)});
  }
  if (options.allow_fallback) resolve_fallbacks(pages, project, strings);
  for (const auto& [name, bytes] : project.assets) pages.push_back({"assets/" + name, bytes});
  if (options.warn)
    for (const auto& warning : fallback_log.warnings()) options.warn(warning);
  for (auto& file : sitemap_files(pages, project.site)) pages.push_back(std::move(file));
  return pages;
}

}  // namespace qala
