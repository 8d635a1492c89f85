// FNV-1a (64 bit): a fast, stable fingerprint of bytes, for names and
// validators derived from content (import ids, ETags). Not for security.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace veilig {

class Fnv1a64 {
 public:
  void Add(std::string_view bytes) {
    for (unsigned char c : bytes) hash_ = (hash_ ^ c) * 1099511628211ULL;
  }
  uint64_t value() const { return hash_; }
  // The value as 16 lowercase hex digits, as it appears in ids and tags.
  std::string Hex() const {
    char hex[17];
    std::snprintf(hex, sizeof(hex), "%016llx", static_cast<unsigned long long>(hash_));
    return hex;
  }

 private:
  uint64_t hash_ = 14695981039346656037ULL;
};

}  // namespace veilig
