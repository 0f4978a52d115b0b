#include "robust/bad_input_case.h"

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <stdexcept>

#include "support/mini_project.h"
#include "support/run_command.h"

namespace qala::testing {
namespace {

/// Turns \r, \t, \n, \\ and \xHH into the bytes they name, for inputs a text editor would lose.
std::string unescape(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 >= text.size()) {
      out += text[i];
      continue;
    }
    char c = text[++i];
    if (c == 'r') {
      out += '\r';
    } else if (c == 't') {
      out += '\t';
    } else if (c == 'n') {
      out += '\n';
    } else if (c == 'x' && i + 2 < text.size()) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

BadInputCase parse_bad_input_case(const std::string& name, const std::string& text) {
  BadInputCase c;
  c.name = name;
  std::istringstream in(text);
  std::string line, path, body;
  bool in_file = false, escaped = false;
  auto finish = [&] {
    if (in_file) c.changes[path] = escaped ? unescape(body) : body;
    in_file = false;
    body.clear();
  };
  while (std::getline(in, line)) {
    if (line.rfind("=== ", 0) == 0) {
      finish();
      std::string rest = line.substr(4);
      if (rest.rfind("remove ", 0) == 0) {
        c.changes[rest.substr(7)] = std::nullopt;
        continue;
      }
      escaped = rest.rfind("escaped ", 0) == 0;
      path = escaped ? rest.substr(8) : rest;
      in_file = true;
    } else if (in_file) {
      body += line + "\n";
    } else if (line.rfind("expect: ", 0) == 0) {
      c.expect = line.substr(8);
    } else if (!line.empty() && line[0] != '#') {
      throw std::runtime_error(name + ": unexpected line before the first file: " + line);
    }
  }
  finish();
  if (c.expect.empty()) throw std::runtime_error(name + ": no 'expect:' line");
  if (c.changes.empty()) throw std::runtime_error(name + ": changes no file");
  return c;
}

std::vector<BadInputCase> load_bad_input_cases(const std::string& dir) {
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".case") paths.push_back(entry.path().string());
  std::sort(paths.begin(), paths.end());
  std::vector<BadInputCase> out;
  for (const auto& p : paths)
    out.push_back(parse_bad_input_case(std::filesystem::path(p).stem().string(), read_file(p)));
  return out;
}

std::map<std::string, std::string> project_files(const BadInputCase& c) {
  MemoryFileSource mini = mini_project();
  std::map<std::string, std::string> files;
  for (const char* top : {"analyses", "data", "golden", "site", "templates"})
    for (const auto& path : mini.list_recursive(top)) files[path] = *mini.read(path);
  for (const auto& [path, bytes] : c.changes) {
    if (bytes)
      files[path] = *bytes;
    else
      files.erase(path);
  }
  return files;
}

MemoryFileSource to_source(const std::map<std::string, std::string>& files) {
  MemoryFileSource out;
  for (const auto& [path, bytes] : files) out.add(path, bytes);
  return out;
}

}  // namespace qala::testing
