#pragma once
#include <functional>
#include <string>
#include <vector>

namespace qala {

/// One file of the output tree, by '/'-separated path relative to the tree's root.
struct OutputFile {
  std::string path;
  std::string bytes;
};

/// Writes `files` into a fresh sibling folder of `out_dir`, then swaps it in with one atomic
/// rename (renameat2 RENAME_EXCHANGE when `out_dir` exists), then removes the old tree. A build
/// stopped at any moment leaves either the old or the new tree at `out_dir`, never a mixture.
/// Temporary siblings left by a killed build (whose process is gone) are removed first.
/// Throws std::runtime_error when the file system refuses. `before_swap`, when given, runs on the
/// complete fresh folder just before the swap (e.g. to print PDFs from its pages); if it throws,
/// the fresh folder is removed and `out_dir` is left as it was.
void write_tree_atomically(
    const std::string& out_dir, const std::vector<OutputFile>& files,
    const std::function<void(const std::string& fresh_dir)>& before_swap = {});

/// Writes one file by writing a temporary sibling and renaming it over the target.
void write_file_atomically(const std::string& path, const std::string& bytes);

}  // namespace qala
