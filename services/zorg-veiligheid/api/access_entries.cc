#include "services/zorg-veiligheid/api/access_entries.h"

namespace veilig::zorgveiligheid {

const std::map<std::string, auth::Access, std::less<>>& AccessEntries() {
  static const auto* kEntries = new std::map<std::string, auth::Access, std::less<>>{
      {"veilig.zorgveiligheid.v1.ZorgVeiligheidService/ListRegisterCounts", auth::Access::kDraft},
      {"veilig.zorgveiligheid.v1.ZorgVeiligheidService/UpsertRegisterCounts", auth::Access::kWrite},
  };
  return *kEntries;
}

}  // namespace veilig::zorgveiligheid
