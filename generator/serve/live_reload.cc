#include "serve/live_reload.h"

#include "render/html.h"

namespace qala {
namespace {

std::string reload_script(long version) {
  // Polls twice a second; any answer other than this page's version means a newer build (or a
  // failed one) and the page reloads. A failed fetch (server stopped) just tries again.
  return "<script>(function(){var v=\"" + std::to_string(version) +
         "\";setInterval(function(){fetch(\"" + kVersionPath +
         "\",{cache:\"no-store\"}).then(function(r){return r.text();}).then(function(t){"
         "if(t.trim()!==v)location.reload();}).catch(function(){});},500);})();</script>";
}

std::string error_box(const std::string& message) {
  return "<div id=\"qala-build-error\" role=\"alert\" style=\"background:#fee;border:2px solid "
         "#c00;padding:1em;margin:0;font-family:sans-serif\"><strong>The build failed; this is "
         "the last good build.</strong><pre style=\"white-space:pre-wrap\">" +
         html_escape(message) + "</pre></div>";
}

}  // namespace

std::string live_page(const std::string& html, long version, const std::string& error) {
  std::string out = html;
  size_t end = out.rfind("</body>");
  if (end == std::string::npos) end = out.size();
  out.insert(end, reload_script(version));
  if (!error.empty()) {
    size_t body = out.find("<body");
    size_t open_end = body == std::string::npos ? std::string::npos : out.find('>', body);
    out.insert(open_end == std::string::npos ? 0 : open_end + 1, error_box(error));
  }
  return out;
}

std::string error_page(const std::string& message, long version) {
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<title>Qala: the build failed</title>\n</head>\n<body>\n" +
         error_box(message) + "\n" + reload_script(version) + "\n</body>\n</html>\n";
}

}  // namespace qala
