#include "tests/support/test_pki.h"

#include <fstream>

#include "tests/support/process.h"

namespace veilig::testing {

TestPki::TestPki(const std::filesystem::path& directory) : dir_(directory) {
  std::filesystem::create_directories(dir_);
  std::ofstream(dir_ / "server.ext") << "subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                                     << "extendedKeyUsage=serverAuth\n";
  std::ofstream(dir_ / "client.ext") << "extendedKeyUsage=clientAuth\n";
  const std::string d = dir_.string() + "/";
  const std::string key = "-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes";
  auto ca = [&](const std::string& name, const std::string& cn) {
    return "openssl req -x509 " + key + " -days 2 -subj '/CN=" + cn + "' -keyout " + d + name +
           ".key -out " + d + name + ".crt";
  };
  auto leaf = [&](const std::string& name, const std::string& issuer, const std::string& ext) {
    return "openssl req " + key + " -subj '/CN=" + name + "' -keyout " + d + name + ".key -out " +
           d + name + ".csr && openssl x509 -req -days 2 -in " + d + name + ".csr -CA " + d +
           issuer + ".crt -CAkey " + d + issuer + ".key -CAcreateserial -extfile " + d + ext +
           " -out " + d + name + ".crt";
  };
  const std::string script = ca("ca", "Veilig test CA") + " && " + ca("rogue-ca", "Another CA") +
                             " && " + leaf("server", "ca", "server.ext") + " && " +
                             leaf("client", "ca", "client.ext") + " && " +
                             leaf("rogue-client", "rogue-ca", "client.ext");
  const auto result = RunCommand({"/bin/sh", "-c", script}, d + "openssl.log");
  ok_ = result.exit_code == 0;
  output_ = result.output;
}

}  // namespace veilig::testing
