#include "load/yaml_reader.h"

#include <sstream>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "core/error.h"
#include "load/load_util.h"

namespace qala {
namespace {

/// Builds Values from yaml-cpp's parse events. yaml-cpp's own Node API would silently keep one of
/// two duplicate keys; events let us refuse them with both positions.
class ValueBuilder : public YAML::EventHandler {
 public:
  explicit ValueBuilder(std::string file) : file_(std::move(file)) {}

  Value take() { return std::move(root_); }
  bool has_root() const { return has_root_; }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
    add(Value::null(where(mark)), mark);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    throw InputError(where(mark), "YAML aliases (*name) are not supported; write the value out");
  }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                const std::string& value) override {
    add(Value::scalar(value, where(mark)), mark);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    open_.push_back({Value::Kind::kList, where(mark), {}, {}, {}, {}, false});
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    open_.push_back({Value::Kind::kMap, where(mark), {}, {}, {}, {}, false});
  }
  void OnMapEnd() override { close(); }

 private:
  struct Open {
    Value::Kind kind;
    SourceLocation where;
    std::vector<Value> items;
    std::vector<std::pair<std::string, Value>> entries;
    std::vector<SourceLocation> key_locations;
    std::string pending_key;
    bool has_key;
  };

  SourceLocation where(const YAML::Mark& mark) const {
    return {file_, mark.line + 1, mark.column + 1};
  }

  void close() {
    Open done = std::move(open_.back());
    open_.pop_back();
    Value v = done.kind == Value::Kind::kList
                  ? Value::list(std::move(done.items), done.where)
                  : Value::map(std::move(done.entries), done.where, std::move(done.key_locations));
    attach(std::move(v));
  }

  void add(Value v, const YAML::Mark&) { attach(std::move(v)); }

  void attach(Value v) {
    if (open_.empty()) {
      root_ = std::move(v);
      has_root_ = true;
      return;
    }
    Open& top = open_.back();
    if (top.kind == Value::Kind::kList) {
      top.items.push_back(std::move(v));
    } else if (!top.has_key) {
      if (!v.is_scalar()) throw InputError(v.where(), "expected a plain text key here");
      for (const auto& [k, existing] : top.entries) {
        if (k == v.text())
          throw InputError(v.where(), "duplicate key '" + k + "' (first defined at line " +
                                          std::to_string(existing.where().line) + ")");
      }
      top.pending_key = v.text();
      top.key_locations.push_back(v.where());
      top.has_key = true;
    } else {
      // yaml-cpp marks an empty value where the next token starts; its key is where it belongs.
      if (v.is_null()) v = Value::null(top.key_locations.back());
      top.entries.emplace_back(std::move(top.pending_key), std::move(v));
      top.has_key = false;
    }
  }

  std::string file_;
  std::vector<Open> open_;
  Value root_;
  bool has_root_ = false;
};

/// yaml-cpp reports a tab in indentation as a generic scanner error; find it ourselves first so the
/// message says what to do.
void refuse_tab_indentation(const std::string& bytes, const std::string& file) {
  int line = 1;
  bool at_line_start = true;
  int column = 1;
  for (char c : bytes) {
    if (c == '\n') {
      ++line;
      column = 1;
      at_line_start = true;
      continue;
    }
    if (at_line_start && c == '\t')
      throw InputError({file, line, column}, "tab character in indentation; YAML expects spaces");
    if (c != ' ') at_line_start = false;
    ++column;
  }
}

/// yaml-cpp's own words for the commonest slips, said as what to do instead.
std::string explain_yaml_error(const std::string& msg) {
  namespace m = YAML::ErrorMsg;
  if (msg == m::END_OF_MAP_FLOW) return "a '{' is never closed; expected '}' before this point";
  if (msg == m::END_OF_SEQ_FLOW) return "a '[' is never closed; expected ']' before this point";
  if (msg == m::END_OF_MAP || msg == m::END_OF_SEQ)
    return "this line does not fit the indentation around it; expected 'key: value' lined up "
           "with its siblings";
  if (msg == m::MAP_VALUE) return "a second ': ' on one line; put a text containing ': ' in quotes";
  if (msg == m::FLOW_END) return "a '}' or ']' without its opening bracket";
  if (msg == m::UNKNOWN_ANCHOR)
    return "YAML aliases (*name) are not supported; write the value out";
  return msg;
}

}  // namespace

Value parse_yaml(const std::string& bytes, const std::string& file) {
  if (bytes.rfind("\xEF\xBB\xBF", 0) == 0)
    throw InputError({file, 1, 1}, "byte-order mark at the start; expected UTF-8 without a BOM");
  require_utf8_text(bytes, file);
  refuse_tab_indentation(bytes, file);
  std::istringstream in(bytes);
  try {
    YAML::Parser parser(in);
    ValueBuilder builder(file);
    // An empty file (or only comments) is an empty value at its start, so errors name the file.
    if (!parser.HandleNextDocument(builder)) return Value::null({file, 1, 1});
    Value root = builder.take();
    ValueBuilder extra(file);
    if (parser.HandleNextDocument(extra))
      throw InputError(extra.take().where(), "a second YAML document; expected exactly one");
    return root;
  } catch (const YAML::DeepRecursion& e) {
    throw InputError({file, e.mark.line + 1, e.mark.column + 1},
                     "nested more than " + std::to_string(e.depth()) +
                         " levels deep; expected a flatter structure");
  } catch (const YAML::Exception& e) {
    // yaml-cpp's messages are terse ("end of map not found"); keep them but say it is YAML syntax.
    throw InputError({file, e.mark.line + 1, e.mark.column + 1},
                     "invalid YAML: " + explain_yaml_error(e.msg));
  }
}

}  // namespace qala
