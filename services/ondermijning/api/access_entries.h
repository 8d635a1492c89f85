// Who may call each RPC of the ondermijning service's own API: the service's part
// of the access table (common/auth/access_policy.h), registered when its
// server starts.
#pragma once

#include <map>
#include <string>

#include "common/auth/access_policy.h"

namespace veilig::ondermijning {

const auth::AccessEntries& AccessEntries();

}  // namespace veilig::ondermijning
