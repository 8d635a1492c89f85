// The rules of the mayor's administrative measures, watch teams and KVO
// certificates, free of storage and gRPC.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "veilig/veiligewijken/v1/measures.pb.h"

namespace veilig::veiligewijken {

using v1::KvoCertificate;
using v1::Measure;
using v1::MeasureKind;
using v1::WatchTeam;

absl::Status ValidateMeasure(const Measure& measure, std::string_view prefix);
absl::Status ValidateWatchTeam(const WatchTeam& team, std::string_view prefix);
absl::Status ValidateCertificate(const KvoCertificate& certificate, std::string_view prefix);

// Measures aimed at persons (bans, warnings) must say how many.
bool TargetsPersons(MeasureKind kind);

// Valid on `date`: from valid_from, through valid_until (open-ended if empty).
bool InForce(const Measure& measure, const std::string& date);

// Valid on some day of [first, last].
bool InForceDuring(const Measure& measure, const std::string& first, const std::string& last);

// A one-off act of the mayor (a warning, a report to ROSA, a collective bar
// ban): counted as acts in the period it was done, never listed as a measure
// in force.
bool IsOneOffAct(MeasureKind kind);

// Ends on a day in [date, date + days].
bool ExpiresWithin(const Measure& measure, const std::string& date, int days);

// The kind as written in registers ("alcohol_blowverbod", "messenverbod", ...).
std::optional<MeasureKind> ParseMeasureKind(std::string_view text);

}  // namespace veilig::veiligewijken
