// The rules of the zorg-veiligheid registers, free of storage and gRPC:
// validation (no personal data: a citizen service number in free text is
// refused), Dutch labels, and roll-up of counts to a report period.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "common/domain/period.h"
#include "veilig/zorgveiligheid/v1/registers.pb.h"

namespace veilig::zorgveiligheid {

using v1::Register;
using v1::RegisterCount;
using v1::RegisterTarget;

// True for nine digits that pass the BSN eleven-test
// (9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11, not all zeros).
bool PassesElevenTest(std::string_view nine_digits);

// True when `text` holds a run of nine digits (optionally grouped with
// spaces, dots or dashes, as people write a BSN) that passes the eleven-test.
bool ContainsCitizenNumber(std::string_view text);

absl::Status ValidateRegisterCount(const RegisterCount& count, std::string_view prefix);
absl::Status ValidateRegisterTarget(const RegisterTarget& target, std::string_view prefix);

// Dutch label as printed in the report, e.g. "Opgelegde huisverboden".
std::string_view RegisterLabel(Register r);

// The plan chapter a register is reported under, by title without number
// ("Woonoverlast"); a plan that numbers it as 3.3 still matches.
std::string_view RegisterTopic(Register r);

// The register as written in import files ("huisverboden", ...).
std::optional<Register> ParseRegister(std::string_view slug);

// The count of `r` in `period`: the period's own count, else the sum of finer
// ones inside it; nothing when there is none.
std::optional<RegisterCount> CountIn(const std::vector<RegisterCount>& counts, Register r,
                                     const Period& period);

}  // namespace veilig::zorgveiligheid
