#include "build/cache_store.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <utility>
#include <vector>

#include "core/hash.h"

namespace qala {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kMagic = "qala-pack-2\n";

/// An entry in a pack: "<key length> <key><payload length> <payload hash>\n<payload>".
void append_entry(std::string& out, std::string_view key, std::string_view framed) {
  out += std::to_string(key.size());
  out += ' ';
  out += key;
  out += framed;
}

/// "<length> <hash>\n<payload>": lets a reader reject a truncated or damaged payload.
std::string frame(std::string_view payload) {
  std::string out = std::to_string(payload.size());
  out += ' ';
  out += content_hash(payload);
  out += '\n';
  out += payload;
  return out;
}

/// Reads a decimal number ending at `end`; false when there is none.
bool read_count(std::string_view in, size_t& pos, char end, size_t& value) {
  size_t start = pos;
  value = 0;
  while (pos < in.size() && in[pos] >= '0' && in[pos] <= '9' && pos - start < 12)
    value = value * 10 + static_cast<size_t>(in[pos++] - '0');
  if (pos == start || pos >= in.size() || in[pos] != end) return false;
  ++pos;
  return true;
}

/// The entries of a pack's bytes, as far as they are whole; payloads are checked when read.
std::map<std::string, std::string, std::less<>> parse_pack(std::string_view in) {
  std::map<std::string, std::string, std::less<>> entries;
  if (in.substr(0, kMagic.size()) != kMagic) return entries;
  size_t pos = kMagic.size();
  while (pos < in.size()) {
    size_t key_size = 0, payload_size = 0;
    if (!read_count(in, pos, ' ', key_size) || in.size() - pos < key_size) break;
    std::string key(in.substr(pos, key_size));
    size_t framed_start = pos += key_size;
    if (!read_count(in, pos, ' ', payload_size)) break;
    size_t eol = in.find('\n', pos);
    if (eol == std::string_view::npos || in.size() - eol - 1 < payload_size) break;
    pos = eol + 1 + payload_size;
    entries.insert_or_assign(std::move(key),
                             std::string(in.substr(framed_start, pos - framed_start)));
  }
  return entries;
}

/// The payload of a framed entry whose length and hash match, or nothing.
std::optional<std::string> unframe(std::string_view framed) {
  size_t pos = 0, length = 0;
  if (!read_count(framed, pos, ' ', length)) return std::nullopt;
  size_t eol = framed.find('\n', pos);
  if (eol == std::string_view::npos || framed.size() - eol - 1 != length) return std::nullopt;
  std::string_view payload = framed.substr(eol + 1);
  if (content_hash(payload) != framed.substr(pos, eol - pos)) return std::nullopt;
  return std::string(payload);
}

std::string pack_path(const std::string& dir, std::string_view kind) {
  return dir + "/" + std::string(kind) + ".pack";
}

}  // namespace

CacheStore::CacheStore(std::string dir) : dir_(std::move(dir)) {}

std::string default_cache_dir(const std::string& project_root) {
  return (fs::path(project_root) / ".qala-cache").lexically_normal().string();
}

std::string spare_site_dir(const std::string& cache_dir, const std::string& out_dir) {
  std::string absolute = fs::absolute(out_dir).lexically_normal().string();
  return (fs::path(cache_dir) / ("replaced-site-" + content_hash(absolute).substr(0, 16))).string();
}

void prune_spare_sites(const std::string& cache_dir, const std::string& keep) {
  constexpr std::string_view kPrefix = "replaced-site-";
  const std::string kept = fs::path(keep).filename().string();
  std::vector<std::pair<fs::file_time_type, fs::path>> others;
  std::error_code ec;
  for (fs::directory_iterator it(cache_dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.rfind(kPrefix, 0) != 0 || name == kept || !it->is_directory(ec)) continue;
    auto modified = fs::last_write_time(it->path(), ec);
    if (!ec) others.emplace_back(modified, it->path());
  }
  std::sort(others.begin(), others.end(), [](const auto& a, const auto& b) { return a > b; });
  for (size_t i = 1; i < others.size(); ++i) {
    // Renamed first, so a build that takes this folder at the same moment gets all of it or
    // nothing, never a half-removed one.
    fs::path doomed = others[i].second;
    doomed += ".removing-" + std::to_string(::getpid());
    if (::rename(others[i].second.c_str(), doomed.c_str()) != 0) continue;
    fs::remove_all(doomed, ec);
  }
}

CacheStore::Pack& CacheStore::pack(std::string_view kind) const {
  auto it = packs_->by_kind.find(kind);
  if (it != packs_->by_kind.end()) return it->second;
  Pack loaded;
  std::ifstream in(pack_path(dir_, kind), std::ios::binary);
  if (in) {
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    loaded.entries = parse_pack(bytes);
  }
  return packs_->by_kind.emplace(std::string(kind), std::move(loaded)).first->second;
}

std::optional<std::string> CacheStore::read(std::string_view kind, std::string_view key) const {
  if (!enabled()) return std::nullopt;
  std::string framed;
  {
    std::lock_guard<std::mutex> lock(packs_->mutex);
    Pack& p = pack(kind);
    auto it = p.entries.find(key);
    if (it == p.entries.end()) return std::nullopt;
    framed = it->second;
    if (!p.used.count(key)) p.used.emplace(key);
  }
  // Checked outside the lock, which the other threads wait on; a damaged entry is read as
  // missing, and the caller writes it again.
  return unframe(framed);
}

bool CacheStore::empty(std::string_view kind) const {
  if (!enabled()) return true;
  std::lock_guard<std::mutex> lock(packs_->mutex);
  return pack(kind).entries.empty();
}

void CacheStore::write(std::string_view kind, std::string_view key, std::string payload) const {
  if (!enabled()) return;
  std::string framed = frame(payload);
  std::string name(key);
  std::lock_guard<std::mutex> lock(packs_->mutex);
  Pack& p = pack(kind);
  p.used.emplace(name);
  p.entries.insert_or_assign(std::move(name), std::move(framed));
  p.changed = true;
}

void CacheStore::save() const {
  if (!enabled()) return;
  std::lock_guard<std::mutex> lock(packs_->mutex);
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (ec) return;
  // Folders of one file per entry, from before packs.
  for (const char* legacy : {"result", "checks", "page", "state"})
    fs::remove_all(dir_ + "/" + legacy, ec);
  for (auto& [kind, p] : packs_->by_kind) {
    if (!p.changed && p.used.size() == p.entries.size()) continue;
    std::string bytes(kMagic);
    for (const auto& [key, framed] : p.entries)
      if (p.used.count(key)) append_entry(bytes, key, framed);
    std::string target = pack_path(dir_, kind);
    std::string temp = target + ".tmp-" + std::to_string(::getpid());
    {
      std::ofstream out(temp, std::ios::binary | std::ios::trunc);
      out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
      out.close();
      if (!out) {
        fs::remove(temp, ec);
        continue;
      }
    }
    fs::rename(temp, target, ec);
    if (ec) fs::remove(temp, ec);
    p.changed = false;
  }
}

}  // namespace qala
