#include "build/cache_store.h"

#include <unistd.h>

#include <atomic>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "core/hash.h"

namespace qala {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kMagic = "qala-cache-1 ";

/// "qala-cache-1 <length> <hash>\n<payload>": the header lets a reader reject a truncated or
/// damaged entry instead of trusting it.
std::string frame(std::string_view payload) {
  std::string out(kMagic);
  out += std::to_string(payload.size());
  out += ' ';
  out += content_hash(payload);
  out += '\n';
  out += payload;
  return out;
}

std::optional<std::string> unframe(const std::string& bytes) {
  if (bytes.compare(0, kMagic.size(), kMagic) != 0) return std::nullopt;
  size_t eol = bytes.find('\n');
  if (eol == std::string::npos) return std::nullopt;
  std::istringstream header(bytes.substr(kMagic.size(), eol - kMagic.size()));
  size_t length = 0;
  std::string hash;
  if (!(header >> length >> hash)) return std::nullopt;
  if (bytes.size() - eol - 1 != length) return std::nullopt;
  std::string payload = bytes.substr(eol + 1);
  if (content_hash(payload) != hash) return std::nullopt;
  return payload;
}

bool plain_key(std::string_view key) {
  if (key.size() < 2) return false;
  for (char c : key)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
  return true;
}

}  // namespace

CacheStore::CacheStore(std::string dir) : dir_(std::move(dir)) {}

std::string default_cache_dir(const std::string& project_root) {
  return (fs::path(project_root) / ".qala-cache").lexically_normal().string();
}

std::string CacheStore::path_of(std::string_view kind, std::string_view key) const {
  std::string path = dir_;
  path += '/';
  path += kind;
  path += '/';
  path += key.substr(0, 2);
  path += '/';
  path += key;
  return path;
}

std::optional<std::string> CacheStore::read(std::string_view kind, std::string_view key) const {
  if (!enabled() || !plain_key(key)) return std::nullopt;
  std::ifstream in(path_of(kind, key), std::ios::binary);
  if (!in) return std::nullopt;
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return unframe(bytes);
}

void CacheStore::write(std::string_view kind, std::string_view key,
                       std::string_view payload) const {
  if (!enabled() || !plain_key(key)) return;
  // Unique per process and per call, so concurrent writers never share a temporary file.
  static std::atomic<unsigned long> counter{0};
  fs::path target = path_of(kind, key);
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  if (ec) return;
  fs::path temp = target;
  temp += ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    std::string bytes = frame(payload);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      fs::remove(temp, ec);
      return;
    }
  }
  fs::rename(temp, target, ec);
  if (ec) fs::remove(temp, ec);
}

}  // namespace qala
