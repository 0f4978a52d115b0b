#include "build/build_identity.h"

#include <elf.h>
#include <link.h>
#include <sys/stat.h>

#include <cstring>

#include "core/hash.h"

namespace qala {
namespace {

/// The NT_GNU_BUILD_ID note of the main program, read from its loaded program headers.
int find_build_id(struct dl_phdr_info* info, size_t, void* data) {
  auto* out = static_cast<std::string*>(data);
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_NOTE) continue;
    const char* at = reinterpret_cast<const char*>(info->dlpi_addr + ph.p_vaddr);
    const char* end = at + ph.p_memsz;
    while (at + sizeof(ElfW(Nhdr)) <= end) {
      ElfW(Nhdr) note;
      std::memcpy(&note, at, sizeof note);
      const char* name = at + sizeof note;
      const char* desc = name + ((note.n_namesz + 3) & ~3u);
      if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 &&
          std::memcmp(name, "GNU", 4) == 0 && desc + note.n_descsz <= end) {
        out->assign(desc, note.n_descsz);
        return 1;
      }
      at = desc + ((note.n_descsz + 3) & ~3u);
    }
  }
  return 1;  // only the first object: the program itself
}

}  // namespace

std::string build_identity() {
  static const std::string identity = [] {
    std::string id;
    dl_iterate_phdr(find_build_id, &id);
    if (id.empty()) {
      struct stat st {};
      if (::stat("/proc/self/exe", &st) == 0)
        id = std::to_string(st.st_size) + "@" + std::to_string(st.st_mtim.tv_sec) + "." +
             std::to_string(st.st_mtim.tv_nsec);
    }
    return std::string(QALA_VERSION) + "+" + content_hash(id);
  }();
  return identity;
}

}  // namespace qala
