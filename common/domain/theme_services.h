// The four theme services by name, in report order: the names of their
// binaries, their backend options and their editor roles.
#pragma once

#include <array>
#include <string_view>

namespace veilig {

inline constexpr std::array<std::string_view, 4> kThemeServiceNames = {
    "veilige-wijken", "ondermijning", "zorg-veiligheid", "crisisbeheersing"};

}  // namespace veilig
