// Who may call each RPC of the veilige-wijken service's own API: the service's part
// of the access table (common/auth/access_policy.h), registered when its
// server starts.
#pragma once

#include <map>
#include <string>

#include "common/auth/access_policy.h"

namespace veilig::veiligewijken {

const auth::AccessEntries& AccessEntries();

}  // namespace veilig::veiligewijken
