#include "serve/serve.h"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "cli/site_build.h"
#include "core/error.h"
#include "core/hash.h"
#include "serve/input_watcher.h"
#include "serve/live_reload.h"

namespace qala {
namespace {

/// What the server hands out: the last good site and the state of the latest build.
struct Snapshot {
  std::map<std::string, std::string> files;  // site path -> bytes
  bool has_site = false;
  std::string error;  // the latest build's message when it failed
  long version = 0;   // bumped by every build, good or failed
};

class LiveSite {
 public:
  std::shared_ptr<const Snapshot> get() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return current_;
  }
  void built(std::vector<OutputFile> files) {
    auto next = std::make_shared<Snapshot>();
    for (auto& f : files) next->files.emplace(std::move(f.path), std::move(f.bytes));
    next->has_site = true;
    publish(std::move(next));
  }
  void failed(const std::string& message) {
    auto next = std::make_shared<Snapshot>();
    {
      std::lock_guard<std::mutex> lock(mutex_);
      next->files = current_->files;
      next->has_site = current_->has_site;
    }
    next->error = message;
    publish(std::move(next));
  }

 private:
  void publish(std::shared_ptr<Snapshot> next) {
    std::lock_guard<std::mutex> lock(mutex_);
    next->version = current_->version + 1;
    current_ = std::move(next);
  }
  mutable std::mutex mutex_;
  std::shared_ptr<const Snapshot> current_ = std::make_shared<Snapshot>();
};

/// One incremental build into memory; its outcome goes to `site` and a line to stdout.
void rebuild(const CommandOptions& options, LiveSite& site) {
  auto start = std::chrono::steady_clock::now();
  try {
    IncrementalBuild build = make_incremental_build(options, nullptr);
    SiteBuild result;
    std::shared_ptr<const Snapshot> last = site.get();
    auto in_last = [&last](const std::string& path) {
      auto it = last->files.find(path);
      return it == last->files.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    build_site(options, build, result, "",
               PreviousOutput{[in_last](const std::string& path, const std::string& recorded) {
                                auto bytes = in_last(path);
                                return bytes && "hash:" + content_hash(*bytes) == recorded;
                              },
                              in_last});
    build.commit();
    site.built(std::move(result.files));
    double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::printf("Built version %ld: %zu of %zu nodes ran, %.0f ms.\n", site.get()->version,
                build.ran.size(), build.nodes_seen, ms);
  } catch (const InputError& e) {
    site.failed(e.format());
    std::printf("Build failed (version %ld), still serving the last good build:\n%s\n",
                site.get()->version, e.format().c_str());
  } catch (const std::exception& e) {
    site.failed(std::string("qala: error: ") + e.what());
    std::printf("Build failed (version %ld): %s\n", site.get()->version, e.what());
  }
  std::fflush(stdout);
}

std::string content_type(const std::string& path) {
  auto ends = [&](const char* suffix) {
    std::string s(suffix);
    return path.size() >= s.size() && path.compare(path.size() - s.size(), s.size(), s) == 0;
  };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".json")) return "application/json";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".js")) return "text/javascript";
  if (ends(".xml")) return "application/xml";
  if (ends(".png")) return "image/png";
  return "application/octet-stream";
}

/// "/" -> "index.html", "/en/" -> "en/index.html", "/en" -> "en/index.html" when that exists.
const std::string* find_file(const Snapshot& s, std::string path, std::string& resolved) {
  while (!path.empty() && path.front() == '/') path.erase(0, 1);
  for (std::string candidate :
       {path, path.empty() || path.back() == '/' ? path + "index.html" : path + "/index.html"}) {
    auto it = s.files.find(candidate);
    if (it != s.files.end()) {
      resolved = candidate;
      return &it->second;
    }
  }
  return nullptr;
}

}  // namespace

int command_serve(const CommandOptions& options) {
  LiveSite site;
  std::string seen = input_signature(options.root);  // before building: no edit is missed
  rebuild(options, site);

  httplib::Server server;
  server.Get(kVersionPath, [&](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    res.set_content(std::to_string(site.get()->version), "text/plain");
  });
  server.Get(R"(/.*)", [&](const httplib::Request& req, httplib::Response& res) {
    auto snapshot = site.get();
    res.set_header("Cache-Control", "no-store");
    std::string resolved;
    const std::string* bytes = find_file(*snapshot, req.path, resolved);
    bool html = resolved.empty() || content_type(resolved).rfind("text/html", 0) == 0;
    if (!snapshot->has_site && html) {
      res.status = 500;
      res.set_content(error_page(snapshot->error, snapshot->version), "text/html; charset=utf-8");
      return;
    }
    if (!bytes) {
      res.status = 404;
      res.set_content(live_page("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                                "<title>Not found</title></head><body><p>Not found.</p></body>"
                                "</html>\n",
                                snapshot->version, snapshot->error),
                      "text/html; charset=utf-8");
      return;
    }
    std::string type = content_type(resolved);
    if (type.rfind("text/html", 0) == 0)
      res.set_content(live_page(*bytes, snapshot->version, snapshot->error), type.c_str());
    else
      res.set_content(*bytes, type.c_str());
  });

  int port = options.port;
  if (port == 0) {
    port = server.bind_to_any_port("127.0.0.1");
  } else if (!server.bind_to_port("127.0.0.1", port)) {
    port = -1;
  }
  if (port < 0) {
    std::fprintf(stderr, "qala: error: cannot listen on 127.0.0.1:%d\n", options.port);
    return 2;
  }
  std::printf("Serving http://127.0.0.1:%d/ (rebuilds when an input changes; Ctrl-C stops)\n",
              port);
  std::fflush(stdout);

  std::atomic<bool> stop{false};
  std::thread watcher([&] {
    while (!stop) {
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
      std::string now = input_signature(options.root);
      if (now == seen) continue;
      seen = now;
      rebuild(options, site);
    }
  });
  bool ok = server.listen_after_bind();
  stop = true;
  watcher.join();
  return ok ? 0 : 2;
}

}  // namespace qala
