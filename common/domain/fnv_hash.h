// FNV-1a (64 bit): a fast, stable fingerprint of bytes, for names and
// validators derived from content (import ids, ETags). Not for security.
#pragma once

#include <cstdint>
#include <string_view>

namespace veilig {

class Fnv1a64 {
 public:
  void Add(std::string_view bytes) {
    for (unsigned char c : bytes) hash_ = (hash_ ^ c) * 1099511628211ULL;
  }
  uint64_t value() const { return hash_; }

 private:
  uint64_t hash_ = 14695981039346656037ULL;
};

}  // namespace veilig
