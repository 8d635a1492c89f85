// Bearer tokens (JWT), verified and made with libjwt. Locally a shared secret
// signs with HS256; in production an identity provider signs with RS256 or
// ES256 and the servers hold only its public key. Issuer, audience and expiry
// are always checked, and the algorithm must be the one the key is for, so a
// token cannot pick a weaker check for itself.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "absl/status/statusor.h"
#include "common/auth/identity.h"

namespace veilig::auth {

struct TokenSettings {
  // Exactly one of the two: a file holding the HS256 secret, or a PEM public
  // key (RSA for RS256, EC P-256 for ES256).
  std::string secret_file;
  std::string public_key_file;
  std::string issuer = "veilig";
  std::string audience = "veilig";
  // Clock skew tolerated on expiry and not-before.
  std::chrono::seconds leeway{30};
  // The time tokens are checked against; the system clock when unset (tests
  // set their own).
  std::function<std::chrono::system_clock::time_point()> clock;
};

class TokenVerifier {
 public:
  static absl::StatusOr<std::unique_ptr<TokenVerifier>> Create(const TokenSettings& settings);

  // The identity in a valid token; UNAUTHENTICATED saying what is wrong.
  absl::StatusOr<Identity> Verify(const std::string& token) const;

 private:
  TokenVerifier(TokenSettings settings, std::string key, std::string algorithm)
      : settings_(std::move(settings)), key_(std::move(key)), algorithm_(std::move(algorithm)) {}

  // Unix seconds on the settings' clock.
  int64_t NowSeconds() const;
  // The full check: signature, algorithm, claims. `expires` gets "exp".
  absl::StatusOr<Identity> VerifyFully(const std::string& token, int64_t& expires) const;

  TokenSettings settings_;
  std::string key_;
  // "HS256", "RS256" or "ES256": the only algorithm accepted.
  std::string algorithm_;

  // A caller sends the same token with every call until it expires; checking
  // its signature once is enough (an RS256 check costs more than serving a
  // cached section). Keyed by the whole token, signature included.
  struct Verified {
    Identity identity;
    int64_t expires;
  };
  static constexpr size_t kMaxVerified = 4096;
  mutable std::mutex verified_mutex_;
  mutable std::unordered_map<std::string, Verified> verified_;
};

struct TokenClaims {
  std::string subject;
  std::vector<std::string> roles;
  // CBS codes, or "*" for every municipality.
  std::vector<std::string> municipalities;
  std::string issuer = "veilig";
  std::string audience = "veilig";
  std::chrono::seconds lifetime{std::chrono::hours(8)};
};

// Signs `claims` with `key`: an HS256 secret, or a PEM private key for
// "RS256" / "ES256".
absl::StatusOr<std::string> IssueToken(const TokenClaims& claims, const std::string& key,
                                       const std::string& algorithm = "HS256");

// Reads a whole key or secret file; a secret's trailing newline is dropped.
absl::StatusOr<std::string> ReadKeyFile(const std::string& path);

}  // namespace veilig::auth
