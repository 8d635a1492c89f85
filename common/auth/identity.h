// Who is calling: the token's subject, the roles it grants and the
// municipalities it acts for.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace veilig::auth {

// Roles: "viewer" (published reports), "editor:<service>" (drafts and theme
// data; writes to that theme service only), "publisher" (publish reports),
// "admin" (everything, including the audit trail).
inline constexpr char kViewer[] = "viewer";
inline constexpr char kEditorPrefix[] = "editor:";
inline constexpr char kPublisher[] = "publisher";
inline constexpr char kAdmin[] = "admin";

// The "municipalities" claim's value for a regional or national operator.
inline constexpr char kEveryMunicipality[] = "*";

struct Identity {
  std::string subject;
  std::set<std::string> roles;
  // CBS codes; a token without the claim acts for none (it may still read
  // published reports and the shared figures its roles allow).
  std::set<std::string> municipalities;
  bool every_municipality = false;

  bool Has(const std::string& role) const { return roles.contains(role); }
  bool IsEditorOfAnyTheme() const;
  bool ActsFor(std::string_view municipality) const {
    return every_municipality || municipalities.contains(std::string(municipality));
  }
};

// Whether `role` is one Veilig knows ("editor:" with a theme service's name).
bool IsKnownRole(const std::string& role);

}  // namespace veilig::auth
