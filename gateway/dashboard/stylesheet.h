// The dashboard's stylesheet: the Utrecht component CSS of the components
// the pages use and the NL Design System example theme (both EUPL-1.2),
// taken from the npm packages gateway/web pins and compiled in at build time.
#pragma once

#include <string_view>

namespace veilig::gateway {

std::string_view Stylesheet();

}  // namespace veilig::gateway
