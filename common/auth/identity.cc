#include "common/auth/identity.h"

#include <algorithm>

#include "common/domain/theme_services.h"

namespace veilig::auth {

bool Identity::IsEditorOfAnyTheme() const {
  return std::any_of(roles.begin(), roles.end(),
                     [](const std::string& role) { return role.starts_with(kEditorPrefix); });
}

bool IsKnownRole(const std::string& role) {
  if (role == kViewer || role == kPublisher || role == kAdmin) return true;
  if (!role.starts_with(kEditorPrefix)) return false;
  const std::string_view service = std::string_view(role).substr(sizeof(kEditorPrefix) - 1);
  return FindThemeService(service) != nullptr;
}

}  // namespace veilig::auth
