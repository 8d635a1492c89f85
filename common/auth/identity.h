// Who is calling: the token's subject and the roles it grants.
#pragma once

#include <set>
#include <string>

namespace veilig::auth {

// Roles: "viewer" (published reports), "editor:<service>" (drafts and theme
// data; writes to that theme service only), "publisher" (publish reports),
// "admin" (everything, including the audit trail).
inline constexpr char kViewer[] = "viewer";
inline constexpr char kEditorPrefix[] = "editor:";
inline constexpr char kPublisher[] = "publisher";
inline constexpr char kAdmin[] = "admin";

struct Identity {
  std::string subject;
  std::set<std::string> roles;

  bool Has(const std::string& role) const { return roles.contains(role); }
  bool IsEditorOfAnyTheme() const;
};

// Whether `role` is one Veilig knows ("editor:" with a theme service's name).
bool IsKnownRole(const std::string& role);

}  // namespace veilig::auth
