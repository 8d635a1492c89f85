#include "services/zorg-veiligheid/api/access_entries.h"

namespace veilig::zorgveiligheid {

const auth::AccessEntries& AccessEntries() {
  static const auto* kEntries = new auth::AccessEntries{
      {"veilig.zorgveiligheid.v1.ZorgVeiligheidService/ListRegisterCounts", auth::Access::kDraft},
      {"veilig.zorgveiligheid.v1.ZorgVeiligheidService/UpsertRegisterCounts", auth::Access::kWrite},
  };
  return *kEntries;
}

}  // namespace veilig::zorgveiligheid
