#include "render/render_site.h"

#include <mstch/mstch.hpp>

#include <algorithm>
#include <exception>

#include "core/error.h"
#include "render/html.h"
#include "render/i18n.h"
#include "render/markdown.h"
#include "render/method_pages.h"
#include "render/overview_pages.h"
#include "render/page_frame.h"
#include "render/study_page.h"
#include "render/template_check.h"

namespace qala {
namespace {

constexpr const char* kHomeTemplate = "home.html";
constexpr const char* kReportTemplate = "reproducibility.html";
constexpr const char* kRedirectTemplate = "redirect.html";
constexpr const char* kStudyTemplate = "study.html";
constexpr const char* kMethodsTemplate = "methods.html";
constexpr const char* kMethodTemplate = "method.html";

std::string study_template(const Study& study) {
  auto it = study.templates.find("study");
  return it == study.templates.end() ? kStudyTemplate : it->second;
}

/// Adds the page's own fields to the shared frame (moved: a study's view is large).
mstch::map merge(mstch::map frame, mstch::map page) {
  for (auto& [key, value] : page) frame.insert_or_assign(key, std::move(value));
  return frame;
}

std::string root_of(const mstch::map& frame) { return boost::get<std::string>(frame.at("root")); }

/// Checks every template the site uses and that every UI string they name exists.
void check_inputs(const Project& project) {
  if (project.site.languages.empty())
    throw InputError(SourceLocation{"site/site.yaml", 0, 0},
                     "expected at least one language under 'languages:'");
  std::vector<std::string> names{kHomeTemplate, kReportTemplate, kRedirectTemplate};
  if (!method_page_names(project).empty()) {
    names.push_back(kMethodsTemplate);
    names.push_back(kMethodTemplate);
  }
  for (const auto& study : project.studies) names.push_back(study_template(study));
  // Each template once: thousands of studies share one.
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  std::vector<std::string> keys{"language.name", "report.title",    "source.table",
                                "source.figure", "source.equation", "citation.et_al",
                                "home.title"};
  for (const auto& name : names) {
    TemplateUses uses = check_template(name, project.templates);
    keys.insert(keys.end(), uses.string_keys.begin(), uses.string_keys.end());
  }
  check_strings(project, keys);
}

/// The files a study's page shows: the study, its golden values, its datasets and its text.
std::vector<std::string> study_sources(const Study& study) {
  std::vector<std::string> files{study.file, study.golden_file};
  for (const auto& d : study.datasets) files.push_back(d.file);
  return files;
}

/// The files of every study, for the pages that sum up all of them.
std::vector<std::string> all_study_sources(const Project& project) {
  std::vector<std::string> files;
  for (const auto& study : project.studies)
    for (auto& f : study_sources(study)) files.push_back(std::move(f));
  return files;
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

std::string render_template(const std::string& name, const mstch::map& context,
                            const std::map<std::string, std::string>& partials) {
  try {
    return mstch::render(partials.at(name), context, partials);
  } catch (const InputError&) {
    throw;
  } catch (const std::exception& e) {
    throw InputError(SourceLocation{template_file(name), 0, 0},
                     std::string("template could not be rendered: ") + e.what());
  }
}

SiteInputs prepare_site(const Project& project, const RunResults& results,
                        const CheckReport& report) {
  check_inputs(project);
  // All data goes through this escape; set here, before any page renders (on any thread), so no
  // other setting of mstch's global leaks in.
  mstch::config::escape = html_escape;
  // cmark-gfm registers its extensions in a global on first use: do it before threads start.
  markdown_to_html("");
  SiteInputs site{project, results, report, {}};
  for (const auto& lang : project.site.languages)
    site.strings.emplace(lang, Strings(project, lang));
  return site;
}

std::vector<PageSpec> list_pages(const SiteInputs& site) {
  const Project& project = site.project;
  const SiteStrings& strings = site.strings;
  const std::string& default_lang = project.site.languages.front();

  std::vector<PageSpec> pages;
  pages.push_back({"index.html",
                   "",
                   kRedirectTemplate,
                   [&site, default_lang] {
                     return page_frame(site.project, site.strings, default_lang, "index.html",
                                       site.strings.at(default_lang).get("home.title"),
                                       /*at_site_root=*/true);
                   },
                   {}});

  for (const auto& lang : project.site.languages) {
    const Strings& t = strings.at(lang);
    pages.push_back({lang + "/index.html", lang, kHomeTemplate,
                     [&site, &t, lang] {
                       mstch::map home = page_frame(site.project, site.strings, lang, "index.html",
                                                    t.get("home.title"));
                       return merge(home, home_view(site.project, site.report, t, root_of(home)));
                     },
                     all_study_sources(project)});

    for (const auto& study : project.studies) {
      std::string path = study_page_path(study);
      pages.push_back({lang + "/" + path, lang, study_template(study),
                       [&site, &t, &study, lang, path] {
                         mstch::map view =
                             study_view(site.project, study, site.results, site.report, t);
                         const auto& citation = boost::get<mstch::map>(view.at("citation"));
                         mstch::map frame =
                             page_frame(site.project, site.strings, lang, path,
                                        boost::get<std::string>(citation.at("title")));
                         return merge(std::move(frame), std::move(view));
                       },
                       study_sources(study)});
    }

    if (!method_page_names(project).empty()) {
      pages.push_back(
          {lang + "/" + kMethodsPath,
           lang,
           kMethodsTemplate,
           [&site, &t, lang] {
             mstch::map frame =
                 page_frame(site.project, site.strings, lang, kMethodsPath, t.get("methods.title"));
             return merge(frame, methods_index_view(site.project, lang, root_of(frame)));
           },
           {}});
    }
    for (const auto& name : method_page_names(project)) {
      std::string path = method_page_path(name);
      pages.push_back({lang + "/" + path,
                       lang,
                       kMethodTemplate,
                       [&site, name, lang, path] {
                         mstch::map view = method_view(site.project, name, lang);
                         mstch::map frame = page_frame(site.project, site.strings, lang, path,
                                                       boost::get<std::string>(view.at("title")));
                         return merge(std::move(frame), std::move(view));
                       },
                       {}});
    }

    pages.push_back(
        {lang + "/" + kReportPath, lang, kReportTemplate,
         [&site, &t, lang] {
           mstch::map frame =
               page_frame(site.project, site.strings, lang, kReportPath, t.get("report.title"));
           return merge(frame, report_view(site.project, site.report, t, root_of(frame)));
         },
         all_study_sources(project)});
  }
  return pages;
}

std::vector<Page> asset_files(const Project& project) {
  std::vector<Page> files;
  for (const auto& [name, bytes] : project.assets) files.push_back({"assets/" + name, bytes});
  return files;
}

std::vector<Page> render_site(const Project& project, const RunResults& results,
                              const CheckReport& report) {
  SiteInputs site = prepare_site(project, results, report);
  std::map<std::string, std::map<std::string, std::string>> closures;
  std::vector<Page> pages;
  for (const auto& spec : list_pages(site)) {
    auto closure = closures.find(spec.template_name);
    if (closure == closures.end())
      closure =
          closures
              .emplace(spec.template_name, template_closure(spec.template_name, project.templates))
              .first;
    pages.push_back({spec.path, render_template(spec.template_name, spec.view(), closure->second)});
  }
  for (auto& asset : asset_files(project)) pages.push_back(std::move(asset));
  return pages;
}

}  // namespace qala
