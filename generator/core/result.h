#pragma once
#include <optional>
#include <string>
#include <vector>

namespace qala {

/// Every number one analysis computed, each under a readable path relative to the analysis,
/// e.g. "r2" or "coefficients/b1/t". Order is the order the method reported them in, which is
/// also the order pages and reports show them in.
class Result {
 public:
  void set(std::string path, double value);
  /// The value at `path`, or nothing when the method did not report it.
  std::optional<double> get(const std::string& path) const;
  const std::vector<std::pair<std::string, double>>& values() const { return values_; }
  /// Paths under `prefix/` (without the prefix), in order.
  std::vector<std::string> children(const std::string& prefix) const;

 private:
  std::vector<std::pair<std::string, double>> values_;
};

}  // namespace qala
