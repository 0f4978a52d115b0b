#include "load/parse_memo.h"

#include "load/yaml_reader.h"

namespace qala {

Value parse_yaml_remembered(const std::string& bytes, const std::string& file,
                            const ParseMemo* memo) {
  if (memo == nullptr) return parse_yaml(bytes, file);
  if (auto tree = memo->find(file, bytes)) return std::move(*tree);
  Value tree = parse_yaml(bytes, file);
  memo->keep(file, bytes, tree);
  return tree;
}

}  // namespace qala
