// The rules of the crisisbeheersing registers, free of storage and gRPC:
// validation of incidents, on-call pools and event advice, and the counts the
// report shows.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "veilig/crisisbeheersing/v1/incidents.pb.h"

namespace veilig::crisisbeheersing {

using v1::EventAdvice;
using v1::GripCount;
using v1::GripLevel;
using v1::Incident;
using v1::OnCallPool;

// `prefix` is the path of the message in the request ("incident",
// "incidents[3]"); errors name "prefix.field".
absl::Status ValidateIncident(const Incident& incident, std::string_view prefix);
absl::Status ValidatePool(const OnCallPool& pool, std::string_view prefix);
absl::Status ValidateEventAdvice(const EventAdvice& event, std::string_view prefix);

// Incidents per GRIP level, lowest level first; levels that did not occur are left out.
std::vector<GripCount> CountByGrip(const std::vector<Incident>& incidents);

// A pool is understaffed when fewer places are filled than required.
inline bool Understaffed(const OnCallPool& pool) { return pool.filled() < pool.required(); }

// "0" (no GRIP), "1".."5" or "Rijk" as written in registers.
std::optional<GripLevel> ParseGripLevel(std::string_view text);

// A level's place in the order of scale: NONE 0, GRIP 1 to 5 their number,
// RIJK 6; -1 for UNSPECIFIED (below every level, so as a minimum: all).
int GripRank(GripLevel level);
// The level at `rank`; UNSPECIFIED for a rank that is none.
GripLevel GripOfRank(int rank);

}  // namespace veilig::crisisbeheersing
