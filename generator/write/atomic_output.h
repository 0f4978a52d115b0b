#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace qala {

/// One file of the output tree, by '/'-separated path relative to the tree's root.
struct OutputFile {
  std::string path;
  std::string bytes;
  /// The build found these very bytes at `path` in the tree it replaces: the writer links that
  /// file instead of writing a new one (and writes `bytes` when it cannot).
  bool unchanged = false;
};

/// Writes `files` into a fresh sibling folder of `out_dir`, then swaps it in with one atomic
/// rename (renameat2 RENAME_EXCHANGE when `out_dir` exists), then removes the old tree. A build
/// stopped at any moment leaves either the old or the new tree at `out_dir`, never a mixture.
/// Temporary siblings left by a killed build (whose process is gone) are removed first.
/// Files with the same bytes share one inode (hard links), as do unchanged files with the old
/// tree's: creating inodes is what costs most on large sites.
/// Throws std::runtime_error when the file system refuses. `before_swap`, when given, runs on the
/// complete fresh folder just before the swap (e.g. to print PDFs from its pages); if it throws,
/// the fresh folder is removed and `out_dir` is left as it was. Files are written on up to
/// `jobs` threads.
void write_tree_atomically(
    const std::string& out_dir, const std::vector<OutputFile>& files,
    const std::function<void(const std::string& fresh_dir)>& before_swap = {}, int jobs = 1);

/// A new output tree written into a fresh sibling folder of `out_dir` file by file (so a build
/// can write pages as it renders them instead of holding them all) and swapped in by commit(),
/// with the guarantees of write_tree_atomically. Destroyed without commit() (an exception, a
/// failed build), it removes the fresh folder and leaves `out_dir` as it was.
///
/// With a `spare_dir` (on the file system of `out_dir`; a build uses its cache folder), the tree
/// commit() replaces is moved there instead of being removed, and the next tree starts from it:
/// its folders are kept, and its files are removed one by one as files are written (or linked)
/// and before the swap. Removing a large site and making its folders again costs more than the
/// pages (on ext4, creating files right after removing many is slower still); a spare that is
/// missing, damaged or half-updated by a killed build only makes the next build slower.
class OutputTree {
 public:
  explicit OutputTree(const std::string& out_dir, const std::string& spare_dir = "");
  ~OutputTree();
  OutputTree(const OutputTree&) = delete;
  OutputTree& operator=(const OutputTree&) = delete;

  /// Writes one file (linked to the replaced tree's copy when `unchanged`, whose bytes may then
  /// be left empty); safe from several threads at once. Returns its output_stamp.
  std::string write(const OutputFile& file);
  /// Writes `files` on up to `jobs` threads; files with the same bytes share one inode.
  void write_all(const std::vector<OutputFile>& files, int jobs);
  /// Runs `before_swap` on the complete fresh folder, then swaps it in (on up to `jobs` threads
  /// where it can).
  void commit(const std::function<void(const std::string& fresh_dir)>& before_swap = {},
              int jobs = 1);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// The bytes of `path` (relative) in the tree at `out_dir`, when it is a regular file there (a
/// symlink is not followed); nothing otherwise.
std::optional<std::string> read_output_file(const std::string& out_dir, const std::string& path);

/// "file:<inode>:<size>:<modification time>" of `path` (relative) in the tree at `out_dir`
/// (after the swap: the stamp a file has in the fresh tree it keeps), "" when it is not a
/// regular file there. A file edited, replaced or removed since gets another stamp.
std::string output_stamp(const std::string& out_dir, const std::string& path);

/// Writes one file by writing a temporary sibling and renaming it over the target.
void write_file_atomically(const std::string& path, const std::string& bytes);

}  // namespace qala
