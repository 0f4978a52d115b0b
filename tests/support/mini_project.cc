#include "support/mini_project.h"

namespace qala::testing {

std::string mini_study_yaml() {
  return R"(id: mini
paper:
  authors: [Author A.]
  year: 2024
  journal: Journal
  title: {en: Title, ru: Заголовок, kk: Тақырып}
golden: golden/mini.yaml
datasets:
  series: data/mini/series.csv
analyses:
  - id: fit
    method: trend
    dataset: series
    params: {x: t, y: y, family: linear}
)";
}

MemoryFileSource mini_project() {
  MemoryFileSource files;
  files.add("site/site.yaml",
            "languages: [en, ru, kk]\ntitle: {en: Qala, ru: Қала, kk: Қала}\nbase_url: /\n");
  files.add("site/i18n/en.yaml", "nav:\n  home: Home\n");
  files.add("site/i18n/ru.yaml", "nav:\n  home: Главная\n");
  files.add("site/i18n/kk.yaml", "nav:\n  home: Басты бет\n");
  for (const char* lang : {"en", "ru", "kk"}) {
    files.add(std::string("site/pages/home.") + lang + ".md", "# Home\n");
    files.add(std::string("site/pages/studies/mini.") + lang + ".md", "Text.\n");
  }
  files.add("analyses/mini.yaml", mini_study_yaml());
  files.add("data/mini/series.csv", "t,y\n1,2\n2,4.1\n3,5.9\n4,8.2\n");
  files.add("data/mini/series.meta.yaml", R"(title: {en: Series, ru: Ряд, kk: Қатар}
source: {paper: mini, table: "Table 1"}
columns:
  - {name: t, type: integer, unit: "", label: {en: t, ru: t, kk: t}}
  - {name: y, type: number, unit: "", label: {en: y, ru: y, kk: y}}
)");
  files.add("golden/mini.yaml", R"(study: mini
checks:
  - id: slope
    printed: "2,04"
    source: {table: "Table 2", row: slope, column: value}
    result: fit/coefficients/b
)");
  return files;
}

}  // namespace qala::testing
