#pragma once
#include <atomic>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "render/view.h"

namespace qala {

/// A Mustache template parsed once, with its partials resolved, rendered against views
/// (render/view.h).
///
/// mstch::render parses the template and every partial again for each page; this parses them at
/// compile time into a tree and renders the tree. The output is byte-identical to what mstch
/// 1.0.2 gives for the same view (with mstch::config::escape = html_escape), including its
/// quirks:
/// - standalone lines (only whitespace around section, comment or partial tags, ended by a
///   newline or the template's end) are removed; a line ending without a newline is never
///   standalone, and only ' ', '\t', '\r' and '\n' count as whitespace;
/// - a standalone partial is indented by the whitespace before its tag, on each of its lines
///   (not cumulatively through nested partials);
/// - names are trimmed of spaces only; `a.b.c` looks `a` up in the context stack and `b`, `c`
///   inside the value found; `.` is the innermost value that is not a map;
/// - falsy values: null, false, 0, 0.0, "" and the empty array; a non-empty array runs a section
///   once per item (an item that is an array becomes the context as a whole);
/// - ints print with std::to_string, doubles with an ostream's defaults, bools as true/false;
///   null, maps and arrays print nothing; only strings are escaped;
/// - a missing partial renders nothing; an unclosed section drops the rest of its template.
/// Views hold no lambdas or objects, so mstch's have no counterpart. Immutable after compile, so
/// several threads may render one at once.
class CompiledTemplate {
 public:
  struct Node;

  /// Parses template `name` and every partial it includes, all taken from `closure` (name ->
  /// text, as template_closure gives). Throws std::runtime_error for a change of delimiters or
  /// partials nested too deeply (a template that includes itself).
  static CompiledTemplate compile(const std::string& name,
                                  const std::map<std::string, std::string>& closure);

  /// Appends the template rendered with `view` to `out`. `outer`, when given, lies under `view`
  /// in the context stack: the same output as `view` with outer's keys it lacks merged in, so
  /// what every page shows (the UI strings) is shared instead of copied into each view.
  void render(const view::Map& view, std::string& out, const view::Map* outer = nullptr) const;
  std::string render(const view::Map& view, const view::Map* outer = nullptr) const;

  const std::string& name() const { return name_; }

 private:
  std::string name_;
  std::shared_ptr<const std::vector<Node>> nodes_;
  // The longest page rendered so far, reserved for the next: a page is built by appending, and
  // growing a 100 KB string from nothing copies it a dozen times.
  std::shared_ptr<std::atomic<size_t>> size_hint_ = std::make_shared<std::atomic<size_t>>(0);
};

}  // namespace qala
