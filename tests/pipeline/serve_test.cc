// `qala serve` over HTTP on loopback: a page is served with the reload script, an edit is
// rebuilt and the page changes, and a broken input shows its message in the page while the
// last good build stays served.
#include <catch2/catch.hpp>

#include <httplib.h>
#include <signal.h>
#include <sys/types.h>

#include <chrono>
#include <fstream>
#include <regex>
#include <thread>

#include "support/run_command.h"

using namespace qala::testing;

namespace {

/// A `qala serve --port 0` process in the background, stopped by the destructor.
class Server {
 public:
  explicit Server(const std::string& root) : log_(root + "/serve.log") {
    auto r = run_command(std::string(QALA_BINARY) + " serve --port 0 --root " + root + " > " +
                         log_ + " 2>&1 & echo $!");
    pid_ = std::stoi(r.out);
    // The first build runs before the server listens; then it prints its address.
    std::regex address(R"(http://127\.0\.0\.1:(\d+)/)");
    for (int i = 0; i < 600 && port_ == 0; ++i) {
      std::smatch m;
      std::string text = read_file(log_);
      if (std::regex_search(text, m, address))
        port_ = std::stoi(m[1]);
      else
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }
  ~Server() {
    if (pid_ > 0) ::kill(pid_, SIGTERM);
  }
  int port() const { return port_; }
  std::string log() const { return read_file(log_); }

 private:
  std::string log_;
  int pid_ = 0;
  int port_ = 0;
};

std::string get(httplib::Client& client, const std::string& path, int* status = nullptr) {
  auto res = client.Get(path.c_str());
  if (!res) return "";
  if (status) *status = res->status;
  return res->body;
}

/// Polls the version until it differs from `old` (up to 60 s; the machine may be busy).
std::string wait_for_new_version(httplib::Client& client, const std::string& old) {
  for (int i = 0; i < 600; ++i) {
    std::string v = get(client, "/__qala/version");
    if (!v.empty() && v != old) return v;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return old;
}

void replace_in(const std::string& file, const std::string& from, const std::string& to) {
  std::string text = read_file(file);
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  std::ofstream(file, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("qala serve rebuilds after an edit and shows a build error in the page", "[serve]") {
  TempDir dir;
  copy_project_inputs(QALA_SOURCE_DIR, dir.path());
  Server server(dir.path());
  INFO(server.log());
  REQUIRE(server.port() > 0);
  httplib::Client client("127.0.0.1", server.port());
  client.set_read_timeout(30, 0);

  std::string page = get(client, "/en/index.html");
  REQUIRE(page.find("</html>") != std::string::npos);
  CHECK(page.find("/__qala/version") != std::string::npos);  // the reload script
  CHECK(get(client, "/en/") == page);
  std::string version = get(client, "/__qala/version");
  REQUIRE(!version.empty());
  // The script exists only in what is served: the build writes no _site/ at all.
  CHECK(read_file(dir.path() + "/_site/en/index.html").empty());

  // An edited template: a new version, and the page shows the edit.
  replace_in(dir.path() + "/templates/home.html", "</main>", "<p>QALA-SERVE-EDIT</p></main>");
  std::string edited = wait_for_new_version(client, version);
  REQUIRE(edited != version);
  CHECK(get(client, "/en/index.html").find("QALA-SERVE-EDIT") != std::string::npos);

  // A broken study file: the message with file:line:col, and the last good page below it.
  std::ofstream(dir.path() + "/analyses/karaganda-2021.yaml", std::ios::app)
      << "\nbroken: [unclosed\n";
  std::string broken = wait_for_new_version(client, edited);
  REQUIRE(broken != edited);
  std::string error = get(client, "/en/index.html");
  INFO(error);
  CHECK(error.find("qala-build-error") != std::string::npos);
  CHECK(std::regex_search(error, std::regex(R"(analyses/karaganda-2021\.yaml:\d+:\d+)")));
  CHECK(error.find("QALA-SERVE-EDIT") != std::string::npos);
}
