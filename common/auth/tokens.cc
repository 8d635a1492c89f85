#include "common/auth/tokens.h"

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>
#include <jwt.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <cstdlib>

#include "common/config/files.h"
#include "common/domain/codes.h"
#include "common/domain/strings.h"

namespace veilig::auth {
namespace {

struct JwtDeleter {
  void operator()(jwt_t* jwt) const { jwt_free(jwt); }
};
using Jwt = std::unique_ptr<jwt_t, JwtDeleter>;

// A claim that may be a string or a list of strings ("aud", "roles").
std::vector<std::string> StringsClaim(jwt_t* jwt, const char* claim) {
  std::vector<std::string> values;
  char* json = jwt_get_grants_json(jwt, claim);
  if (json == nullptr) return values;
  google::protobuf::Value value;
  const bool parsed = google::protobuf::util::JsonStringToMessage(json, &value).ok();
  std::free(json);
  if (!parsed) return values;
  if (value.has_string_value()) values.push_back(value.string_value());
  for (const auto& item : value.list_value().values()) {
    if (item.has_string_value()) values.push_back(item.string_value());
  }
  return values;
}

absl::Status Unauthenticated(std::string_view why) {
  return absl::UnauthenticatedError(StrCat("invalid token: ", why));
}

// RS256 for an RSA key, ES256 for an EC P-256 key.
absl::StatusOr<std::string> AlgorithmOfPublicKey(const std::string& pem) {
  BIO* bio = BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size()));
  EVP_PKEY* key = bio != nullptr ? PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr) : nullptr;
  BIO_free(bio);
  if (key == nullptr) return absl::InvalidArgumentError("not a PEM public key");
  const int type = EVP_PKEY_get_base_id(key);
  const int bits = EVP_PKEY_get_bits(key);
  EVP_PKEY_free(key);
  if (type == EVP_PKEY_RSA && bits >= 2048) return std::string("RS256");
  if (type == EVP_PKEY_EC && bits == 256) return std::string("ES256");
  return absl::InvalidArgumentError("the key must be RSA (2048 bits or more) or EC P-256");
}

int64_t Now() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

absl::StatusOr<std::string> ReadKeyFile(const std::string& path) {
  auto content = config::ReadWholeFile(path);
  if (!content.ok()) {
    return absl::InvalidArgumentError(StrCat("key file: ", View(content.status().message())));
  }
  std::string key = std::move(*content);
  while (!key.empty() && (key.back() == '\n' || key.back() == '\r')) key.pop_back();
  if (key.empty()) return absl::InvalidArgumentError(StrCat("key file ", path, " is empty"));
  return key;
}

absl::StatusOr<std::unique_ptr<TokenVerifier>> TokenVerifier::Create(
    const TokenSettings& settings) {
  if (settings.secret_file.empty() == settings.public_key_file.empty()) {
    return absl::InvalidArgumentError(
        "give either a token secret file (HS256) or a public key file (RS256/ES256)");
  }
  if (!settings.secret_file.empty()) {
    auto secret = ReadKeyFile(settings.secret_file);
    if (!secret.ok()) return secret.status();
    if (secret->size() < 32) {
      return absl::InvalidArgumentError("the token secret must be at least 32 bytes");
    }
    return std::unique_ptr<TokenVerifier>(new TokenVerifier(settings, *secret, "HS256"));
  }
  auto key = ReadKeyFile(settings.public_key_file);
  if (!key.ok()) return key.status();
  auto algorithm = AlgorithmOfPublicKey(*key);
  if (!algorithm.ok()) {
    return absl::InvalidArgumentError(
        StrCat(settings.public_key_file, ": ", View(algorithm.status().message())));
  }
  key->push_back('\n');
  return std::unique_ptr<TokenVerifier>(new TokenVerifier(settings, *key, *algorithm));
}

int64_t TokenVerifier::NowSeconds() const {
  if (!settings_.clock) return Now();
  return std::chrono::duration_cast<std::chrono::seconds>(settings_.clock().time_since_epoch())
      .count();
}

absl::StatusOr<Identity> TokenVerifier::Verify(const std::string& token) const {
  const int64_t now = NowSeconds();
  {
    std::lock_guard lock(verified_mutex_);
    if (auto it = verified_.find(token); it != verified_.end()) {
      if (now <= it->second.expires + settings_.leeway.count()) return it->second.identity;
      verified_.erase(it);
      return Unauthenticated("expired");
    }
  }
  int64_t expires = 0;
  auto identity = VerifyFully(token, expires);
  if (!identity.ok()) return identity;
  std::lock_guard lock(verified_mutex_);
  if (verified_.size() >= kMaxVerified) verified_.clear();
  verified_.emplace(token, Verified{*identity, expires});
  return identity;
}

absl::StatusOr<Identity> TokenVerifier::VerifyFully(const std::string& token,
                                                    int64_t& expires_out) const {
  jwt_t* raw = nullptr;
  if (jwt_decode(&raw, token.c_str(), reinterpret_cast<const unsigned char*>(key_.data()),
                 static_cast<int>(key_.size())) != 0 ||
      raw == nullptr) {
    return Unauthenticated("signature or format not valid");
  }
  Jwt jwt(raw);
  if (jwt_alg_str(jwt_get_alg(jwt.get())) != algorithm_) {
    return Unauthenticated(StrCat("algorithm must be ", algorithm_));
  }
  const char* issuer = jwt_get_grant(jwt.get(), "iss");
  if (issuer == nullptr || settings_.issuer != issuer) return Unauthenticated("wrong issuer");
  const auto audiences = StringsClaim(jwt.get(), "aud");
  if (std::find(audiences.begin(), audiences.end(), settings_.audience) == audiences.end()) {
    return Unauthenticated("wrong audience");
  }
  const long expires = jwt_get_grant_int(jwt.get(), "exp");
  if (expires <= 0) return Unauthenticated("no expiry");
  expires_out = expires;
  const int64_t now = NowSeconds();
  if (now > expires + settings_.leeway.count()) return Unauthenticated("expired");
  const long not_before = jwt_get_grant_int(jwt.get(), "nbf");
  if (not_before > 0 && now + settings_.leeway.count() < not_before) {
    return Unauthenticated("not valid yet");
  }
  Identity identity;
  const char* subject = jwt_get_grant(jwt.get(), "sub");
  if (subject == nullptr || *subject == '\0') return Unauthenticated("no subject");
  identity.subject = subject;
  for (auto& role : StringsClaim(jwt.get(), "roles")) {
    if (IsKnownRole(role)) identity.roles.insert(std::move(role));
  }
  for (auto& municipality : StringsClaim(jwt.get(), "municipalities")) {
    if (municipality == kEveryMunicipality) {
      identity.every_municipality = true;
    } else if (IsMunicipalityCode(municipality)) {
      identity.municipalities.insert(std::move(municipality));
    }
  }
  return identity;
}

absl::StatusOr<std::string> IssueToken(const TokenClaims& claims, const std::string& key,
                                       const std::string& algorithm) {
  jwt_t* raw = nullptr;
  if (jwt_new(&raw) != 0) return absl::InternalError("cannot create a token");
  Jwt jwt(raw);
  const int64_t now = Now();
  google::protobuf::Struct grants;
  auto* roles = (*grants.mutable_fields())["roles"].mutable_list_value();
  for (const auto& role : claims.roles) roles->add_values()->set_string_value(role);
  auto* municipalities = (*grants.mutable_fields())["municipalities"].mutable_list_value();
  for (const auto& m : claims.municipalities) municipalities->add_values()->set_string_value(m);
  std::string grants_json;
  if (jwt_add_grant(jwt.get(), "sub", claims.subject.c_str()) != 0 ||
      jwt_add_grant(jwt.get(), "iss", claims.issuer.c_str()) != 0 ||
      jwt_add_grant(jwt.get(), "aud", claims.audience.c_str()) != 0 ||
      jwt_add_grant_int(jwt.get(), "iat", now) != 0 ||
      jwt_add_grant_int(jwt.get(), "exp", now + claims.lifetime.count()) != 0 ||
      !google::protobuf::util::MessageToJsonString(grants, &grants_json).ok() ||
      jwt_add_grants_json(jwt.get(), grants_json.c_str()) != 0) {
    return absl::InternalError("cannot fill the token");
  }
  const jwt_alg_t alg = jwt_str_alg(algorithm.c_str());
  std::string signing_key = key;
  if (alg != JWT_ALG_HS256) signing_key.push_back('\n');
  if (alg == JWT_ALG_INVAL ||
      jwt_set_alg(jwt.get(), alg, reinterpret_cast<const unsigned char*>(signing_key.data()),
                  static_cast<int>(signing_key.size())) != 0) {
    return absl::InvalidArgumentError(StrCat("cannot sign with ", algorithm));
  }
  char* encoded = jwt_encode_str(jwt.get());
  if (encoded == nullptr) return absl::InvalidArgumentError("cannot sign the token with this key");
  std::string token = encoded;
  std::free(encoded);
  return token;
}

}  // namespace veilig::auth
