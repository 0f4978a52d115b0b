#include "load/project_loader.h"

#include <set>

#include "core/error.h"
#include "core/hash.h"
#include "core/parallel.h"
#include "load/load_util.h"
#include "load/site_loader.h"
#include "load/study_loader.h"

namespace qala {

Project load_project(const FileSource& files, const LoadOptions& options) {
  Project project;
  load_site(files, project, options.allow_missing_translations, options.jobs);
  const std::vector<std::string> paths = files.list("analyses", ".yaml");
  std::vector<Study> studies(paths.size());
  parallel_for(paths.size(), options.jobs, [&](size_t i) {
    studies[i] = load_study(files, paths[i], project.site.languages,
                            options.allow_missing_translations, &project.pages);
  });
  for (size_t i = 0; i < paths.size(); ++i) {
    project.studies.push_back(std::move(studies[i]));
    project.file_hashes[paths[i]] = project.studies.back().file_hash;
    for (const auto& dataset : project.studies.back().datasets)
      project.file_hashes[dataset.file] = dataset.content_hash;
  }
  std::set<std::string> ids;
  for (const auto& study : project.studies)
    if (!ids.insert(study.id).second)
      throw InputError({files.display(study.file), 1, 1}, "duplicate study id '" + study.id + "'");
  project.build_index();
  return project;
}

}  // namespace qala
