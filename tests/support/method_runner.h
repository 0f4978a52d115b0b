#pragma once
#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "run/method_registry.h"

namespace qala::testing {

/// Runs registered methods the way the run step does: unknown parameters refused first, and
/// earlier results found by the id they were run under.
struct MethodRunner {
  std::map<std::string, Result> done;
  SourceLocation where{"study.yaml", 10, 3};

  Result run(const std::string& method, const Table* table, const Value& params,
             const std::string& id = "") {
    const MethodInfo* info = builtin_methods().find(method);
    REQUIRE(info);
    params.require_keys_in(info->params);
    MethodCall call{table, params,
                    [this](const std::string& name) -> const Result* {
                      auto it = done.find(name);
                      return it == done.end() ? nullptr : &it->second;
                    },
                    where};
    Result r = info->run(call);
    if (!id.empty()) done[id] = r;
    return r;
  }
};

}  // namespace qala::testing
