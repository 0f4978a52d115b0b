#include "build/cache_codec.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>

namespace qala {

void RecordWriter::text(std::string_view s) {
  out_ += std::to_string(s.size());
  out_ += ':';
  out_ += s;
}

void RecordWriter::number(double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%a;", x);
  out_ += buf;
}

void RecordWriter::optional_number(const std::optional<double>& x) {
  if (x) {
    out_ += '+';
    number(*x);
  } else {
    out_ += '-';
  }
}

void RecordWriter::integer(long n) {
  out_ += std::to_string(n);
  out_ += ';';
}

bool RecordReader::token(char end, std::string_view& out) {
  size_t stop = in_.find(end, pos_);
  if (stop == std::string_view::npos) return false;
  out = in_.substr(pos_, stop - pos_);
  pos_ = stop + 1;
  return true;
}

bool RecordReader::integer(long& n) {
  std::string_view t;
  if (!token(';', t) || t.empty()) return false;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), n);
  return ec == std::errc() && end == t.data() + t.size();
}

bool RecordReader::text(std::string& s) {
  std::string_view t;
  if (!token(':', t) || t.empty()) return false;
  size_t length = 0;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), length);
  if (ec != std::errc() || end != t.data() + t.size() || in_.size() - pos_ < length) return false;
  s.assign(in_.substr(pos_, length));
  pos_ += length;
  return true;
}

bool RecordReader::number(double& x) {
  std::string_view t;
  if (!token(';', t) || t.empty()) return false;
  std::string z(t);
  char* end = nullptr;
  x = std::strtod(z.c_str(), &end);
  return end == z.c_str() + z.size();
}

bool RecordReader::optional_number(std::optional<double>& x) {
  if (pos_ >= in_.size()) return false;
  char flag = in_[pos_++];
  if (flag == '-') {
    x.reset();
    return true;
  }
  if (flag != '+') return false;
  double v = 0;
  if (!number(v)) return false;
  x = v;
  return true;
}

std::string encode_result(const Result& result) {
  RecordWriter w;
  w.integer(static_cast<long>(result.values().size()));
  for (const auto& [path, value] : result.values()) {
    w.text(path);
    w.number(value);
  }
  return w.take();
}

std::optional<Result> decode_result(std::string_view bytes) {
  RecordReader r(bytes);
  long count = 0;
  if (!r.integer(count) || count < 0) return std::nullopt;
  Result result;
  for (long i = 0; i < count; ++i) {
    std::string path;
    double value = 0;
    if (!r.text(path) || !r.number(value)) return std::nullopt;
    result.set(std::move(path), value);
  }
  if (!r.at_end()) return std::nullopt;
  return result;
}

namespace {

void put_source(RecordWriter& w, const SourceRef& s) {
  for (const std::string* f : {&s.paper, &s.table, &s.row, &s.column, &s.page}) w.text(*f);
}

bool get_source(RecordReader& r, SourceRef& s) {
  for (std::string* f : {&s.paper, &s.table, &s.row, &s.column, &s.page})
    if (!r.text(*f)) return false;
  return true;
}

bool get_status(RecordReader& r, CheckStatus& status) {
  long n = 0;
  if (!r.integer(n) || n < 0 || n > 2) return false;
  status = static_cast<CheckStatus>(n);
  return true;
}

}  // namespace

std::string encode_checks(const std::vector<Check>& checks) {
  RecordWriter w;
  w.integer(static_cast<long>(checks.size()));
  for (const auto& c : checks) {
    w.text(c.study);
    w.text(c.id);
    w.text(c.kind);
    put_source(w, c.source);
    w.text(c.published);
    w.number(c.expected);
    w.optional_number(c.computed);
    w.number(c.tolerance);
    w.integer(static_cast<long>(c.status));
    w.integer(static_cast<long>(c.expected_status));
    w.integer(c.ok ? 1 : 0);
    w.text(c.reason);
    w.text(c.result);
  }
  return w.take();
}

std::optional<std::vector<Check>> decode_checks(std::string_view bytes, const Study& study) {
  RecordReader r(bytes);
  long count = 0;
  if (!r.integer(count) || count != static_cast<long>(study.golden.size())) return std::nullopt;
  std::vector<Check> checks(static_cast<size_t>(count));
  for (size_t i = 0; i < checks.size(); ++i) {
    Check& c = checks[i];
    long ok = 0;
    if (!r.text(c.study) || !r.text(c.id) || !r.text(c.kind) || !get_source(r, c.source) ||
        !r.text(c.published) || !r.number(c.expected) || !r.optional_number(c.computed) ||
        !r.number(c.tolerance) || !get_status(r, c.status) || !get_status(r, c.expected_status) ||
        !r.integer(ok) || !r.text(c.reason) || !r.text(c.result))
      return std::nullopt;
    c.ok = ok == 1;
    c.golden = &study.golden[i];
    if (c.id != c.golden->id) return std::nullopt;
  }
  if (!r.at_end()) return std::nullopt;
  return checks;
}

}  // namespace qala

namespace qala {
namespace {

// yaml-cpp refuses deeper trees; a damaged entry must not recurse without end.
constexpr int kMaxValueDepth = 2000;

/// Binary, not RecordWriter's text: a rebuild decodes every YAML file's tree, a first build
/// encodes them all, and numbers written as decimal text showed in the load step's profile.
class TreeWriter {
 public:
  void count(size_t n) {
    while (n >= 0x80) {
      out_ += static_cast<char>(0x80 | (n & 0x7f));
      n >>= 7;
    }
    out_ += static_cast<char>(n);
  }
  void place(const SourceLocation& where) {
    count(static_cast<size_t>(std::max(where.line, 0)));
    count(static_cast<size_t>(std::max(where.column, 0)));
  }
  void text(const std::string& s) {
    count(s.size());
    out_ += s;
  }
  void value(const Value& v) {
    out_ += static_cast<char>(v.kind());
    place(v.where());
    switch (v.kind()) {
      case Value::Kind::kNull:
        break;
      case Value::Kind::kScalar:
        text(v.text());
        break;
      case Value::Kind::kList:
        count(v.items().size());
        for (const auto& item : v.items()) value(item);
        break;
      case Value::Kind::kMap:
        count(v.entries().size());
        for (size_t i = 0; i < v.entries().size(); ++i) {
          text(v.entries()[i].first);
          place(v.key_where_at(i));
          value(v.entries()[i].second);
        }
        break;
    }
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class TreeReader {
 public:
  TreeReader(std::string_view in, const std::string& file) : in_(in), file_(file) {}

  bool count(size_t& n) {
    n = 0;
    for (int shift = 0; shift < 64 && pos_ < in_.size(); shift += 7) {
      auto byte = static_cast<unsigned char>(in_[pos_++]);
      n |= static_cast<size_t>(byte & 0x7f) << shift;
      if (byte < 0x80) return true;
    }
    return false;
  }
  bool place(SourceLocation& where) {
    size_t line = 0, column = 0;
    if (!count(line) || !count(column) || line > kMaxPlace || column > kMaxPlace) return false;
    where = {file_, static_cast<int>(line), static_cast<int>(column)};
    return true;
  }
  bool text(std::string& s) {
    size_t n = 0;
    if (!count(n) || in_.size() - pos_ < n) return false;
    s.assign(in_.substr(pos_, n));
    pos_ += n;
    return true;
  }
  std::optional<Value> value(int depth) {
    SourceLocation where;
    if (depth > kMaxValueDepth || pos_ >= in_.size()) return std::nullopt;
    auto kind = static_cast<Value::Kind>(in_[pos_++]);
    if (!place(where)) return std::nullopt;
    size_t n = 0;
    switch (kind) {
      case Value::Kind::kNull:
        return Value::null(std::move(where));
      case Value::Kind::kScalar: {
        std::string s;
        if (!text(s)) return std::nullopt;
        return Value::scalar(std::move(s), std::move(where));
      }
      case Value::Kind::kList: {
        if (!count(n) || n > in_.size()) return std::nullopt;
        std::vector<Value> items;
        items.reserve(n);
        for (size_t i = 0; i < n; ++i) {
          auto item = value(depth + 1);
          if (!item) return std::nullopt;
          items.push_back(std::move(*item));
        }
        return Value::list(std::move(items), std::move(where));
      }
      case Value::Kind::kMap: {
        if (!count(n) || n > in_.size()) return std::nullopt;
        std::vector<std::pair<std::string, Value>> entries;
        std::vector<SourceLocation> key_places(n);
        entries.reserve(n);
        for (size_t i = 0; i < n; ++i) {
          std::string key;
          if (!text(key) || !place(key_places[i])) return std::nullopt;
          auto item = value(depth + 1);
          if (!item) return std::nullopt;
          entries.emplace_back(std::move(key), std::move(*item));
        }
        return Value::map(std::move(entries), std::move(where), std::move(key_places));
      }
    }
    return std::nullopt;
  }
  bool at_end() const { return pos_ == in_.size(); }

 private:
  static constexpr size_t kMaxPlace = 1u << 30;
  std::string_view in_;
  const std::string& file_;
  size_t pos_ = 0;
};

}  // namespace

std::string encode_value(const Value& tree) {
  TreeWriter w;
  w.value(tree);
  return w.take();
}

std::optional<Value> decode_value(std::string_view bytes, const std::string& file) {
  TreeReader r(bytes, file);
  auto tree = r.value(0);
  if (!tree || !r.at_end()) return std::nullopt;
  return tree;
}

}  // namespace qala
