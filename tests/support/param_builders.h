#pragma once
// Small builders for a method's parameter trees and columns, with a fake location in
// "study.yaml" so that tests can check the file:line:col of an error.
#include <string>
#include <utility>
#include <vector>

#include "core/table.h"
#include "core/value.h"

namespace qala::testing {

inline SourceLocation here(int line) { return {"study.yaml", line, 3}; }
inline Value s(const std::string& text, int line = 1) { return Value::scalar(text, here(line)); }
inline Value l(std::vector<Value> items) { return Value::list(std::move(items), here(1)); }
inline Value m(std::vector<std::pair<std::string, Value>> entries) {
  return Value::map(std::move(entries), here(1));
}
inline Value ref(const std::string& to) { return m({{"ref", s(to)}}); }

inline Column numbers(std::string name, std::vector<double> values) {
  Column c;
  c.name = std::move(name);
  c.numbers = std::move(values);
  return c;
}

inline Column texts(std::string name, std::vector<std::string> values) {
  Column c;
  c.name = std::move(name);
  c.numeric = false;
  c.texts = std::move(values);
  return c;
}

}  // namespace qala::testing
