// Syntax of the identifiers Veilig accepts from outside: indicator ids, area
// codes, ISO dates. Used by every validator so the rules live in one place.
#pragma once

#include <string>
#include <string_view>

namespace veilig {

// Lower snake case, starting with a letter, at most 64 characters: "woninginbraak".
bool IsIndicatorId(std::string_view id);

// CBS codes GMnnnn, WKnnnnnn, BUnnnnnnnn, or a local group code in upper snake
// case (RE_MIDDEN_NEDERLAND, G_100K), at most 64 characters.
bool IsAreaCode(std::string_view code);

// A CBS municipality code: GM followed by four digits.
bool IsMunicipalityCode(std::string_view code);

// A CBS wijk code: WK, the municipality's four digits, then two digits or
// capital letters (WK003401, WK0363AD).
bool IsDistrictCode(std::string_view code);
// A CBS buurt code: BU, the municipality's four digits, the wijk's two and
// two of its own, digits or capital letters (BU00340101, BU0363AD03).
bool IsNeighbourhoodCode(std::string_view code);
// The municipality a wijk or buurt code lies in ("GM0034" for WK003401);
// empty for any other code.
std::string MunicipalityOfAreaCode(std::string_view code);
// The area a wijk or buurt lies directly in: a buurt's wijk ("WK003401" for
// BU00340101), a wijk's municipality; empty for any other code.
std::string ParentAreaCode(std::string_view code);

// The CBS code of the whole of the Netherlands, the country prescribed
// indicators are compared with.
inline constexpr char kCountryCode[] = "NL01";

// A real calendar date written YYYY-MM-DD.
bool IsIsoDate(std::string_view date);

}  // namespace veilig
