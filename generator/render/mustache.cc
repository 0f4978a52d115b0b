#include "render/mustache.h"

#include <sstream>
#include <stdexcept>

#include "render/html.h"
#include "render/mustache_tokens.h"

namespace qala {

using mustache::Token;

/// A name as mstch looks it up. It splits `a.b.c` at its last dot, again and again, looking `a` up
/// in the context stack and each next part inside the value found; the split stops at a prefix
/// of exactly `.`, which is the innermost value that is not a map (so `..x` is `x` inside it).
struct Name {
  bool from_dot = false;           // starts with the value `.` ...
  std::vector<std::string> parts;  // ... else with parts[0] from the stack; the rest inside
};

struct CompiledTemplate::Node {
  enum class Kind { text, variable, unescaped_variable, section, inverted_section };
  Kind kind = Kind::text;
  std::string text;
  Name name;
  std::vector<Node> children;
};

namespace {

using Node = CompiledTemplate::Node;

// Deeper than any template's partials nest: only a template that includes itself gets here.
constexpr int kMaxPartialDepth = 64;

Name parse_name(const std::string& name) {
  Name out;
  if (name == ".") {
    out.from_dot = true;
    return out;
  }
  size_t start = 0;
  if (name.compare(0, 2, "..") == 0) {
    out.from_dot = true;
    start = 2;
  }
  for (size_t dot = name.find('.', start); dot != std::string::npos; dot = name.find('.', start)) {
    out.parts.push_back(name.substr(start, dot - start));
    start = dot + 1;
  }
  out.parts.push_back(name.substr(start));
  return out;
}

/// Builds the tree from tokens the way mstch's render states walk them: a section's tokens are
/// collected up to its close (counting nested openings, whatever their names) and built on their
/// own; a partial is built in place with its own indentation, which comes before each of its
/// lines, even inside a section, where it becomes part of the section's text.
class TreeBuilder {
 public:
  explicit TreeBuilder(const std::map<std::string, std::string>& closure) : closure_(closure) {}

  std::vector<Node> build(const std::vector<Token>& tokens, const std::string& prefix, int depth) {
    if (depth > kMaxPartialDepth)
      throw std::runtime_error("partials nested more than " + std::to_string(kMaxPartialDepth) +
                               " deep (a template that includes itself?)");
    Walk walk;
    bool previous_eol = true;
    for (const Token& token : tokens) {
      if (previous_eol && !prefix.empty()) feed(walk, Token::text_token(prefix), depth);
      feed(walk, token, depth);
      previous_eol = token.eol;
    }
    // A section never closed renders nothing, like mstch.
    return std::move(walk.out);
  }

 private:
  /// Where a walk over one token list is: outside any section, or collecting a section's tokens.
  struct Walk {
    std::vector<Node> out;
    bool in_section = false;
    std::string section_name;
    int skipped_openings = 0;  // sections opened inside it (of any name), minus closes
    bool inverted = false;
    std::vector<Token> section_tokens;
  };

  void feed(Walk& walk, const Token& token, int depth) {
    if (walk.in_section) {
      collect(walk, token, depth);
      return;
    }
    switch (token.type) {
      case Token::Type::section_open:
      case Token::Type::inverted_open:
        walk.in_section = true;
        walk.section_name = token.name;
        walk.inverted = token.type == Token::Type::inverted_open;
        walk.skipped_openings = 0;
        walk.section_tokens.clear();
        break;
      case Token::Type::variable:
      case Token::Type::unescaped_variable: {
        Node node;
        node.kind = token.type == Token::Type::variable ? Node::Kind::variable
                                                        : Node::Kind::unescaped_variable;
        node.name = parse_name(token.name);
        walk.out.push_back(std::move(node));
        break;
      }
      case Token::Type::text:
        add_text(walk.out, token.raw);
        break;
      case Token::Type::partial:
        add_partial(walk.out, token, depth);
        break;
      case Token::Type::comment:
      case Token::Type::section_close:  // closes nothing: check_template rejects it
        break;
    }
  }

  void collect(Walk& walk, const Token& token, int depth) {
    if (token.type == Token::Type::section_close) {
      if (token.name == walk.section_name && walk.skipped_openings == 0) {
        Node node;
        node.kind = walk.inverted ? Node::Kind::inverted_section : Node::Kind::section;
        node.name = parse_name(walk.section_name);
        node.children = build(walk.section_tokens, "", depth);
        walk.out.push_back(std::move(node));
        walk.in_section = false;
        return;
      }
      --walk.skipped_openings;
    } else if (token.type == Token::Type::section_open ||
               token.type == Token::Type::inverted_open) {
      ++walk.skipped_openings;
    }
    walk.section_tokens.push_back(token);
  }

  static void add_text(std::vector<Node>& out, const std::string& text) {
    if (text.empty()) return;
    if (!out.empty() && out.back().kind == Node::Kind::text) {
      out.back().text += text;
      return;
    }
    Node node;
    node.text = text;
    out.push_back(std::move(node));
  }

  void add_partial(std::vector<Node>& out, const Token& token, int depth) {
    auto text = closure_.find(token.name);
    if (text == closure_.end()) return;  // mstch renders a missing partial as nothing
    auto parsed = parsed_.find(token.name);
    if (parsed == parsed_.end())
      parsed = parsed_.emplace(token.name, mustache::tokenize_template(text->second)).first;
    for (Node& node : build(parsed->second, token.partial_prefix, depth + 1)) {
      if (node.kind == Node::Kind::text)
        add_text(out, node.text);
      else
        out.push_back(std::move(node));
    }
  }

  const std::map<std::string, std::string>& closure_;
  std::map<std::string, std::vector<Token>> parsed_;
};

/// The context stack while rendering: the innermost value last. Maps are kept as maps, since
/// nearly every lookup is a key in one.
struct Frame {
  const view::Map* map = nullptr;
  const view::Node* value = nullptr;  // when not a map
};

const view::Node& null_node() {
  static const view::Node null{nullptr};
  return null;
}

bool is_falsy(const view::Node& node) {
  struct Visitor {
    bool operator()(std::nullptr_t) const { return true; }
    bool operator()(int v) const { return v == 0; }
    bool operator()(double v) const { return v == 0; }
    bool operator()(bool v) const { return !v; }
    bool operator()(const std::string& v) const { return v.empty(); }
    bool operator()(const view::Array& v) const { return v.empty(); }
    bool operator()(const view::Map&) const { return false; }
  };
  Visitor visitor;
  return std::visit(visitor, node);
}

/// `part` inside one value: a key of a map; nothing in any other value.
const view::Node* find_inside(const view::Node& node, const std::string& part) {
  if (const auto* map = std::get_if<view::Map>(&node)) {
    auto it = map->find(part);
    return it == map->end() ? nullptr : &it->second;
  }
  return nullptr;
}

class Renderer {
 public:
  Renderer(const view::Map& view, const view::Map* outer, std::string& out) : out_(out) {
    stack_.reserve(16);
    if (outer) stack_.push_back({outer, nullptr});
    stack_.push_back({&view, nullptr});
  }

  void render(const std::vector<Node>& nodes) {
    for (const Node& node : nodes) {
      switch (node.kind) {
        case Node::Kind::text:
          out_ += node.text;
          break;
        case Node::Kind::variable:
          print(lookup(node.name), true);
          break;
        case Node::Kind::unescaped_variable:
          print(lookup(node.name), false);
          break;
        case Node::Kind::section:
          section(lookup(node.name), node.children);
          break;
        case Node::Kind::inverted_section:
          if (is_falsy(lookup(node.name))) {
            // mstch pushes an empty context: `.` is null inside.
            stack_.push_back({nullptr, &null_node()});
            render(node.children);
            stack_.pop_back();
          }
          break;
      }
    }
  }

 private:
  /// `key` in the innermost map that has it; for ".", the innermost value that is not a map
  /// (or a map with a key ".").
  const view::Node* find_in_stack(const std::string& key) const {
    for (auto frame = stack_.rbegin(); frame != stack_.rend(); ++frame) {
      if (!frame->map) {
        if (key == ".") return frame->value;
        continue;
      }
      auto it = frame->map->find(key);
      if (it != frame->map->end()) return &it->second;
    }
    return nullptr;
  }

  const view::Node& lookup(const Name& name) const {
    static const std::string dot = ".";
    const view::Node* found = find_in_stack(name.from_dot ? dot : name.parts.front());
    for (size_t i = name.from_dot ? 0 : 1; i < name.parts.size() && found; ++i)
      found = find_inside(*found, name.parts[i]);
    return found ? *found : null_node();
  }

  void print(const view::Node& node, bool escape) {
    struct Visitor {
      std::string& out;
      bool escape;
      Visitor(std::string& to, bool escaped) : out(to), escape(escaped) {}
      void operator()(std::nullptr_t) const {}
      void operator()(int v) const { out += std::to_string(v); }
      void operator()(double v) const {
        std::ostringstream text;
        text << v;
        out += text.str();
      }
      void operator()(bool v) const { out += v ? "true" : "false"; }
      void operator()(const std::string& v) const {
        if (escape)
          html_escape_append(out, v);
        else
          out += v;
      }
      void operator()(const view::Array&) const {}
      void operator()(const view::Map&) const {}
    };
    std::visit(Visitor(out_, escape), node);
  }

  void section(const view::Node& node, const std::vector<Node>& children) {
    if (is_falsy(node)) return;
    if (const auto* array = std::get_if<view::Array>(&node)) {
      for (const view::Node& item : *array) with_context(item, children);
      return;
    }
    with_context(node, children);
  }

  /// Renders `children` with `node` as the innermost context (an array as a whole).
  void with_context(const view::Node& node, const std::vector<Node>& children) {
    if (const auto* map = std::get_if<view::Map>(&node))
      stack_.push_back({map, nullptr});
    else
      stack_.push_back({nullptr, &node});
    render(children);
    stack_.pop_back();
  }

  std::string& out_;
  std::vector<Frame> stack_;
};

}  // namespace

CompiledTemplate CompiledTemplate::compile(const std::string& name,
                                           const std::map<std::string, std::string>& closure) {
  auto text = closure.find(name);
  if (text == closure.end())
    throw std::runtime_error("template '" + name + "' is not among the templates given");
  TreeBuilder builder(closure);
  CompiledTemplate compiled;
  compiled.name_ = name;
  compiled.nodes_ = std::make_shared<const std::vector<Node>>(
      builder.build(mustache::tokenize_template(text->second), "", 0));
  return compiled;
}

void CompiledTemplate::render(const view::Map& view, std::string& out,
                              const view::Map* outer) const {
  Renderer(view, outer, out).render(*nodes_);
  size_t seen = size_hint_->load(std::memory_order_relaxed);
  while (out.size() > seen && !size_hint_->compare_exchange_weak(seen, out.size())) {
  }
}

std::string CompiledTemplate::render(const view::Map& view, const view::Map* outer) const {
  std::string out;
  out.reserve(size_hint_->load(std::memory_order_relaxed));
  render(view, out, outer);
  return out;
}

}  // namespace qala
