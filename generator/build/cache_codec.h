#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check/check_report.h"
#include "core/model.h"
#include "core/result.h"
#include "core/value.h"

namespace qala {

/// Exact text forms of what the cache keeps: numbers as C99 hex floats (every bit kept, so a
/// cached build is byte-identical to a cold one), strings with their length before them (any
/// byte allowed). Decoding returns nothing for anything malformed.
std::string encode_result(const Result& result);
std::optional<Result> decode_result(std::string_view bytes);

/// A study's checks, one per golden entry in order; decoding links each to its entry of `study`
/// and fails when the count no longer matches.
std::string encode_checks(const std::vector<Check>& checks);
std::optional<std::vector<Check>> decode_checks(std::string_view bytes, const Study& study);

/// A parsed YAML tree with the line and column of every node and key; the file name is not kept
/// (the memo's key holds it), decoding puts `file` back into every place. Bounded nesting, as
/// the parser's own.
std::string encode_value(const Value& tree);
std::optional<Value> decode_value(std::string_view bytes, const std::string& file);

/// Writer and reader of the text forms above.
class RecordWriter {
 public:
  void text(std::string_view s);
  void number(double x);
  void optional_number(const std::optional<double>& x);
  void integer(long n);
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class RecordReader {
 public:
  explicit RecordReader(std::string_view in) : in_(in) {}
  bool text(std::string& s);
  bool number(double& x);
  bool optional_number(std::optional<double>& x);
  bool integer(long& n);
  bool at_end() const { return pos_ == in_.size(); }

 private:
  bool token(char end, std::string_view& out);
  std::string_view in_;
  size_t pos_ = 0;
};

}  // namespace qala
