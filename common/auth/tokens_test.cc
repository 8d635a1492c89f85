#include "common/auth/tokens.h"

#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <filesystem>
#include <fstream>

namespace veilig::auth {
namespace {

constexpr char kSecret[] = "a-local-secret-of-at-least-thirty-two-bytes";

std::string WriteFile(const std::string& name, const std::string& content) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("veilig-tokens-test-" + std::to_string(::getpid()) + "-" + name);
  std::ofstream(path) << content;
  return path.string();
}

struct KeyPair {
  std::string private_pem;
  std::string public_pem;
};

// A throwaway key pair: "RSA" (2048 bits) or "EC" (P-256).
KeyPair NewKeyPair(const char* type) {
  EVP_PKEY* key = std::string(type) == "RSA" ? EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", 2048)
                                             : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
  auto pem = [key](bool private_part) {
    BIO* bio = BIO_new(BIO_s_mem());
    if (private_part) {
      PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    } else {
      PEM_write_bio_PUBKEY(bio, key);
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    std::string text(data, static_cast<size_t>(size));
    BIO_free(bio);
    return text;
  };
  KeyPair pair{pem(true), pem(false)};
  EVP_PKEY_free(key);
  return pair;
}

TokenClaims Claims(std::vector<std::string> roles) {
  TokenClaims claims;
  claims.subject = "a.jansen";
  claims.roles = std::move(roles);
  return claims;
}

class HmacTokenTest : public ::testing::Test {
 protected:
  void SetUp() override {
    TokenSettings settings;
    settings.secret_file = WriteFile("secret", std::string(kSecret) + "\n");
    auto verifier = TokenVerifier::Create(settings);
    ASSERT_TRUE(verifier.ok()) << verifier.status();
    verifier_ = std::move(*verifier);
  }
  std::unique_ptr<TokenVerifier> verifier_;
};

TEST_F(HmacTokenTest, AValidTokenGivesSubjectAndKnownRoles) {
  auto token =
      IssueToken(Claims({"viewer", "editor:ondermijning", "editor:nonsense", "root"}), kSecret);
  ASSERT_TRUE(token.ok()) << token.status();
  auto identity = verifier_->Verify(*token);
  ASSERT_TRUE(identity.ok()) << identity.status();
  EXPECT_EQ(identity->subject, "a.jansen");
  EXPECT_EQ(identity->roles, (std::set<std::string>{"viewer", "editor:ondermijning"}));
}

TEST_F(HmacTokenTest, TheMunicipalitiesClaimLimitsTheTokenAndStarMeansEvery) {
  auto almere = Claims({"editor:ondermijning"});
  almere.municipalities = {"GM0034", "nonsense", "GM99"};
  auto identity = verifier_->Verify(*IssueToken(almere, kSecret));
  ASSERT_TRUE(identity.ok()) << identity.status();
  EXPECT_EQ(identity->municipalities, (std::set<std::string>{"GM0034"}));
  EXPECT_FALSE(identity->every_municipality);
  EXPECT_TRUE(identity->ActsFor("GM0034"));
  EXPECT_FALSE(identity->ActsFor("GM0995"));

  auto region = Claims({"viewer"});
  region.municipalities = {"*"};
  identity = verifier_->Verify(*IssueToken(region, kSecret));
  ASSERT_TRUE(identity.ok());
  EXPECT_TRUE(identity->every_municipality);
  EXPECT_TRUE(identity->ActsFor("GM0995"));

  // Without the claim a token acts for no municipality at all.
  identity = verifier_->Verify(*IssueToken(Claims({"admin"}), kSecret));
  ASSERT_TRUE(identity.ok());
  EXPECT_FALSE(identity->ActsFor("GM0034"));
}

TEST_F(HmacTokenTest, ExpiredWrongIssuerWrongAudienceAndWrongKeyAreRefused) {
  auto expired = Claims({"admin"});
  expired.lifetime = std::chrono::seconds(-120);  // beyond the 30 s leeway
  auto issuer = Claims({"admin"});
  issuer.issuer = "someone-else";
  auto audience = Claims({"admin"});
  audience.audience = "another-app";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {*IssueToken(expired, kSecret), "expired"},
      {*IssueToken(issuer, kSecret), "wrong issuer"},
      {*IssueToken(audience, kSecret), "wrong audience"},
      {*IssueToken(Claims({"admin"}), "another-secret-that-is-also-32-bytes-long"), "signature"},
      {"not.a.token", "signature"},
      {"", "signature"},
  };
  for (const auto& [token, why] : cases) {
    auto identity = verifier_->Verify(token);
    ASSERT_FALSE(identity.ok()) << why;
    EXPECT_EQ(identity.status().code(), absl::StatusCode::kUnauthenticated) << why;
    EXPECT_NE(identity.status().message().find(why), std::string::npos)
        << identity.status().message();
  }
}

// Verified tokens are remembered; what is remembered must not outlive the
// token, nor let a look-alike in.
TEST(RememberedTokenTest, ARememberedTokenStillExpiresAndALookAlikeIsCheckedInFull) {
  TokenSettings settings;
  settings.secret_file = WriteFile("secret-remembered", std::string(kSecret) + "\n");
  settings.leeway = std::chrono::seconds(0);
  auto now = std::chrono::system_clock::now();
  settings.clock = [&now] { return now; };
  auto verifier = TokenVerifier::Create(settings);
  ASSERT_TRUE(verifier.ok()) << verifier.status();
  auto claims = Claims({"viewer"});
  claims.lifetime = std::chrono::seconds(1);
  const std::string token = *IssueToken(claims, kSecret);
  ASSERT_TRUE((*verifier)->Verify(token).ok());
  ASSERT_TRUE((*verifier)->Verify(token).ok());  // remembered

  // One character of the signature changed (not the last, whose low bits
  // are padding).
  std::string look_alike = token;
  char& c = look_alike[look_alike.size() - 10];
  c = c == 'A' ? 'B' : 'A';
  EXPECT_FALSE((*verifier)->Verify(look_alike).ok());

  now += std::chrono::seconds(2);
  auto expired = (*verifier)->Verify(token);
  ASSERT_FALSE(expired.ok());
  EXPECT_NE(expired.status().message().find("expired"), std::string::npos) << expired.status();
}

TEST_F(HmacTokenTest, ATamperedPayloadOrAnUnsignedTokenIsRefused) {
  auto token = *IssueToken(Claims({"viewer"}), kSecret);
  // Swap the payload for one granting admin, keeping the signature.
  auto admin = *IssueToken(Claims({"admin"}), "another-secret-that-is-also-32-bytes-long");
  const auto parts = [](const std::string& t) {
    const size_t a = t.find('.'), b = t.rfind('.');
    return std::array<std::string, 3>{t.substr(0, a), t.substr(a + 1, b - a - 1), t.substr(b + 1)};
  };
  const auto mine = parts(token), theirs = parts(admin);
  EXPECT_FALSE(verifier_->Verify(mine[0] + "." + theirs[1] + "." + mine[2]).ok());
  // {"alg":"none","typ":"JWT"} with the admin payload and no signature.
  EXPECT_FALSE(verifier_->Verify("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0." + theirs[1] + ".").ok());
}

TEST(TokenSettingsTest, ExactlyOneKeyAndALongEnoughSecret) {
  EXPECT_FALSE(TokenVerifier::Create({}).ok());
  TokenSettings both;
  both.secret_file = WriteFile("s1", kSecret);
  both.public_key_file = WriteFile("p1", NewKeyPair("EC").public_pem);
  EXPECT_FALSE(TokenVerifier::Create(both).ok());
  TokenSettings short_secret;
  short_secret.secret_file = WriteFile("s2", "short");
  auto created = TokenVerifier::Create(short_secret);
  ASSERT_FALSE(created.ok());
  EXPECT_NE(created.status().message().find("32 bytes"), std::string::npos);
  TokenSettings not_a_key;
  not_a_key.public_key_file = WriteFile("p2", "-----BEGIN PUBLIC KEY-----\nnonsense\n");
  EXPECT_FALSE(TokenVerifier::Create(not_a_key).ok());
}

class PublicKeyTokenTest : public ::testing::TestWithParam<std::pair<const char*, const char*>> {};

TEST_P(PublicKeyTokenTest, SignedByTheProviderAcceptedAndNoOtherAlgorithm) {
  const auto [type, algorithm] = GetParam();
  const KeyPair provider = NewKeyPair(type);
  TokenSettings settings;
  settings.public_key_file = WriteFile(std::string(type) + ".pub", provider.public_pem);
  auto verifier = TokenVerifier::Create(settings);
  ASSERT_TRUE(verifier.ok()) << verifier.status();

  auto token = IssueToken(Claims({"publisher"}), provider.private_pem, algorithm);
  ASSERT_TRUE(token.ok()) << token.status();
  auto identity = (*verifier)->Verify(*token);
  ASSERT_TRUE(identity.ok()) << identity.status();
  EXPECT_TRUE(identity->Has("publisher"));

  // Another key of the same kind: refused.
  auto forged = IssueToken(Claims({"admin"}), NewKeyPair(type).private_pem, algorithm);
  EXPECT_FALSE((*verifier)->Verify(*forged).ok());
  // The public key (which is public) used as an HS256 secret: the classic
  // algorithm confusion. Refused because only the key's algorithm counts.
  std::string public_pem = provider.public_pem;
  auto confused = IssueToken(Claims({"admin"}), public_pem, "HS256");
  ASSERT_TRUE(confused.ok());
  auto refused = (*verifier)->Verify(*confused);
  EXPECT_EQ(refused.status().code(), absl::StatusCode::kUnauthenticated);
}

INSTANTIATE_TEST_SUITE_P(Algorithms, PublicKeyTokenTest,
                         ::testing::Values(std::pair{"RSA", "RS256"}, std::pair{"EC", "ES256"}),
                         [](const auto& info) { return std::string(info.param.second); });

}  // namespace
}  // namespace veilig::auth
