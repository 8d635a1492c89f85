// Syntax of the identifiers Veilig accepts from outside: indicator ids, area
// codes, ISO dates. Used by every validator so the rules live in one place.
#pragma once

#include <string_view>

namespace veilig {

// Lower snake case, starting with a letter, at most 64 characters: "woninginbraak".
bool IsIndicatorId(std::string_view id);

// CBS codes GMnnnn, WKnnnnnn, BUnnnnnnnn, or a local group code in upper snake
// case (RE_MIDDEN_NEDERLAND, G_100K), at most 64 characters.
bool IsAreaCode(std::string_view code);

// A CBS municipality code: GM followed by four digits.
bool IsMunicipalityCode(std::string_view code);

// A real calendar date written YYYY-MM-DD.
bool IsIsoDate(std::string_view date);

}  // namespace veilig
