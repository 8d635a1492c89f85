// The versions a theme section depends on, kept apart from the storage that
// counts them so that the section's domain code needs no storage header.
#pragma once

#include <cstdint>

namespace veilig::theme {

struct DataVersions {
  // The shared figures: areas, indicators, denominators, observations and
  // national notes.
  int64_t figures = 0;
  // The municipality's own records.
  int64_t municipality = 0;

  bool operator==(const DataVersions&) const = default;
};

}  // namespace veilig::theme
