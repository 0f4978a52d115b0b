#include "build/cache_codec.h"

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
