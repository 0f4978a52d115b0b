#include "load/project_loader.h"

#include <set>

#include "core/error.h"
#include "core/hash.h"
#include "load/load_util.h"
#include "load/site_loader.h"
#include "load/study_loader.h"

namespace qala {

Project load_project(const FileSource& files, const LoadOptions& options) {
  Project project;
  load_site(files, project, options.allow_missing_translations);
  for (const auto& path : files.list("analyses", ".yaml")) {
    project.studies.push_back(
        load_study(files, path, project.site.languages, options.allow_missing_translations));
    const Study& study = project.studies.back();
    project.file_hashes[path] = content_hash(read_listed_file(files, path));
    for (const auto& dataset : study.datasets)
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
