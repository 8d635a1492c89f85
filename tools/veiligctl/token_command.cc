// veiligctl token: makes a bearer token signed with the local HS256 secret,
// for local use and tests. Production tokens come from the identity provider.
#include <iostream>

#include "common/auth/tokens.h"
#include "common/domain/codes.h"
#include "tools/veiligctl/commands.h"

namespace veilig::ctl {

int RunToken(int argc, char** argv) {
  auth::TokenClaims claims;
  std::string secret_file;
  int hours = 8;
  config::po::options_description description;
  description.add_options()(
      "role", config::po::value(&claims.roles)->required(),
      "viewer, editor:<theme service>, publisher or admin (repeat for several)")(
      "municipality", config::po::value(&claims.municipalities)->required(),
      "CBS code of a municipality the holder acts for (repeat for several), or '*' for every "
      "municipality (a regional or national operator)")(
      "subject", config::po::value(&claims.subject)->default_value("local-user"),
      "who the token is for (recorded in the audit trail)")(
      "auth-secret-file", config::po::value(&secret_file)->required(),
      "the servers' HS256 secret (--auth-secret-file of the servers)")(
      "hours", config::po::value(&hours)->default_value(hours), "how long the token is valid")(
      "auth-issuer", config::po::value(&claims.issuer)->default_value(claims.issuer), "'iss'")(
      "auth-audience", config::po::value(&claims.audience)->default_value(claims.audience),
      "'aud'");
  if (auto exit_code = config::ExitCodeIfNotRunning(config::ParseOptions(
          argc, argv, description, "veiligctl token",
          "Usage: veiligctl token --role=ROLE --municipality=GMxxxx --auth-secret-file=FILE "
          "[OPTIONS]\n"
          "Prints a bearer token signed with the local secret (use it as --token or "
          "VEILIG_TOKEN)."))) {
    return *exit_code;
  }
  for (const auto& role : claims.roles) {
    if (!auth::IsKnownRole(role)) {
      std::cerr << "veiligctl token: unknown role '" << role
                << "' (viewer, editor:<theme service>, publisher, admin)\n";
      return 2;
    }
  }
  for (const auto& municipality : claims.municipalities) {
    if (municipality != auth::kEveryMunicipality && !IsMunicipalityCode(municipality)) {
      std::cerr << "veiligctl token: '" << municipality
                << "' is neither a CBS municipality code such as GM0034 nor '*'\n";
      return 2;
    }
  }
  if (hours < 1 || hours > 24 * 31) {
    std::cerr << "veiligctl token: --hours must be between 1 and 744\n";
    return 2;
  }
  claims.lifetime = std::chrono::hours(hours);
  auto secret = auth::ReadKeyFile(secret_file);
  if (!secret.ok()) {
    std::cerr << "veiligctl token: " << secret.status().message() << "\n";
    return 1;
  }
  auto token = auth::IssueToken(claims, *secret);
  if (!token.ok()) {
    std::cerr << "veiligctl token: " << token.status().message() << "\n";
    return 1;
  }
  std::cout << *token << "\n";
  return 0;
}

}  // namespace veilig::ctl
