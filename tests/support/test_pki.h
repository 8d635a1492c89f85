// Test support: a throwaway certificate authority made with the openssl
// command, with a server certificate for 127.0.0.1, a client certificate,
// and a client certificate from another, untrusted CA.
#pragma once

#include <filesystem>
#include <string>

namespace veilig::testing {

class TestPki {
 public:
  // Writes everything into `directory`; ok() tells whether openssl managed.
  explicit TestPki(const std::filesystem::path& directory);
  bool ok() const { return ok_; }
  std::string output() const { return output_; }

  std::string ca_cert() const { return (dir_ / "ca.crt").string(); }
  std::string server_cert() const { return (dir_ / "server.crt").string(); }
  std::string server_key() const { return (dir_ / "server.key").string(); }
  std::string client_cert() const { return (dir_ / "client.crt").string(); }
  std::string client_key() const { return (dir_ / "client.key").string(); }
  std::string rogue_cert() const { return (dir_ / "rogue-client.crt").string(); }
  std::string rogue_key() const { return (dir_ / "rogue-client.key").string(); }

 private:
  std::filesystem::path dir_;
  bool ok_ = false;
  std::string output_;
};

}  // namespace veilig::testing
