#include "services/crisisbeheersing/api/access_entries.h"

namespace veilig::crisisbeheersing {

const auth::AccessEntries& AccessEntries() {
  static const auto* kEntries = new auth::AccessEntries{
      {"veilig.crisisbeheersing.v1.CrisisbeheersingService/GetIncident", auth::Access::kDraft},
      {"veilig.crisisbeheersing.v1.CrisisbeheersingService/ListIncidents", auth::Access::kDraft},
      {"veilig.crisisbeheersing.v1.CrisisbeheersingService/CountIncidents", auth::Access::kDraft},
      {"veilig.crisisbeheersing.v1.CrisisbeheersingService/ListOnCallPools", auth::Access::kDraft},
      {"veilig.crisisbeheersing.v1.CrisisbeheersingService/ListEventAdvice", auth::Access::kDraft},
      {"veilig.crisisbeheersing.v1.CrisisbeheersingService/CreateIncident", auth::Access::kWrite},
      {"veilig.crisisbeheersing.v1.CrisisbeheersingService/UpdateIncident", auth::Access::kWrite},
      {"veilig.crisisbeheersing.v1.CrisisbeheersingService/DeleteIncident", auth::Access::kWrite},
      {"veilig.crisisbeheersing.v1.CrisisbeheersingService/ImportIncidents", auth::Access::kWrite},
      {"veilig.crisisbeheersing.v1.CrisisbeheersingService/UpsertOnCallPools",
       auth::Access::kWrite},
      {"veilig.crisisbeheersing.v1.CrisisbeheersingService/UpsertEventAdvice",
       auth::Access::kWrite},
  };
  return *kEntries;
}

}  // namespace veilig::crisisbeheersing
