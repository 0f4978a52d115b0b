#include "render/citation.h"

namespace qala {
namespace {

/// "Borbasova Z." -> "Borbasova".
std::string surname(const std::string& author) { return author.substr(0, author.find(' ')); }

}  // namespace

std::string short_citation(const Paper& paper, const Strings& strings) {
  if (paper.authors.empty()) {
    // An anonymous document (a programme brief) is known by its title.
    auto title = paper.title.find(strings.lang());
    std::string name = title == paper.title.end() ? "" : title->second + " ";
    return name + "(" + std::to_string(paper.year) + ")";
  }
  std::string names;
  if (paper.authors.size() > 2) {
    names = surname(paper.authors.front()) + " " + strings.get("citation.et_al");
  } else {
    for (const auto& author : paper.authors) names += (names.empty() ? "" : ", ") + surname(author);
  }
  return names + " (" + std::to_string(paper.year) + ")";
}

view::Map citation_view(const Study& study, const Strings& strings) {
  const Paper& paper = study.paper;
  std::string authors;
  for (const auto& author : paper.authors) authors += (authors.empty() ? "" : ", ") + author;
  return view::Map{
      {"authors", authors},
      {"has_authors", !authors.empty()},
      {"has_journal", !paper.journal.empty()},
      {"year", std::to_string(paper.year)},
      {"journal", paper.journal},
      {"volume", paper.volume},
      {"issue", paper.issue},
      {"pages", paper.pages},
      {"has_volume", !paper.volume.empty()},
      {"has_issue", !paper.issue.empty()},
      {"has_pages", !paper.pages.empty()},
      {"doi", paper.doi},
      {"doi_href", "https://doi.org/" + paper.doi},
      {"has_doi", !paper.doi.empty()},
      {"short", short_citation(paper, strings)},
      {"title", localized(paper.title, strings.lang(), SourceLocation{study.file, 0, 0},
                          "the paper's title under 'paper: title:'")},
  };
}

}  // namespace qala
