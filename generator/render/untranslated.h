#pragma once
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace qala {

/// The warnings of one build with `--allow-fallback`: one per missing translation, each once,
/// sorted (pages render on several threads, so the order they are met in varies).
class FallbackLog {
 public:
  void warn(const std::string& message);
  std::vector<std::string> warnings() const;

 private:
  mutable std::mutex mutex_;
  std::set<std::string> seen_;
  std::vector<std::string> warnings_;
};

/// `text` (in language `lang`) wrapped in private-use marks, so that after a page is rendered
/// resolve_fallback_marks can tell which text came from the fallback language. Marks survive
/// html_escape and Mustache untouched.
std::string mark_fallback(const std::string& text, const std::string& lang);

/// A rendered HTML page with every marked text resolved: in element content it becomes
/// `<span lang="<lang>" class="untranslated-text">text</span>`; inside a tag (attribute values),
/// `<title>`, `<option>`, `<textarea>`, `<svg>`, `<script>` and `<style>` it becomes the bare
/// text. When any mark was found, `badge_html` is put right after the opening `<main>` tag (or
/// `<body>`). Text without marks comes back unchanged.
std::string resolve_fallback_marks(const std::string& html, const std::string& badge_html);

/// `text` with the marks removed (for CSV, JSON, BibTeX and other non-HTML files).
std::string strip_fallback_marks(const std::string& text);

/// The visible, accessible "not yet translated" notice: `<p class="untranslated-badge"
/// role="note">` with the (escaped) `label` in the page's language.
std::string untranslated_badge_html(const std::string& label);

/// Rendered prose shown in place of a missing translation: the badge, then `html` inside
/// `<div lang="<lang>">` so screen readers read it in the language it is written in.
std::string untranslated_block_html(const std::string& html, const std::string& lang,
                                    const std::string& label);

}  // namespace qala
