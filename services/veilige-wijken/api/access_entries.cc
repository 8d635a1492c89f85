#include "services/veilige-wijken/api/access_entries.h"

namespace veilig::veiligewijken {

const auth::AccessEntries& AccessEntries() {
  static const auto* kEntries = new auth::AccessEntries{
      {"veilig.veiligewijken.v1.VeiligeWijkenService/GetMeasure", auth::Access::kDraft},
      {"veilig.veiligewijken.v1.VeiligeWijkenService/ListMeasures", auth::Access::kDraft},
      {"veilig.veiligewijken.v1.VeiligeWijkenService/ListMeasuresInForce", auth::Access::kDraft},
      {"veilig.veiligewijken.v1.VeiligeWijkenService/ListExpiringMeasures", auth::Access::kDraft},
      {"veilig.veiligewijken.v1.VeiligeWijkenService/ListWatchTeams", auth::Access::kDraft},
      {"veilig.veiligewijken.v1.VeiligeWijkenService/ListKvoCertificates", auth::Access::kDraft},
      {"veilig.veiligewijken.v1.VeiligeWijkenService/CreateMeasure", auth::Access::kWrite},
      {"veilig.veiligewijken.v1.VeiligeWijkenService/UpdateMeasure", auth::Access::kWrite},
      {"veilig.veiligewijken.v1.VeiligeWijkenService/DeleteMeasure", auth::Access::kWrite},
      {"veilig.veiligewijken.v1.VeiligeWijkenService/ImportMeasures", auth::Access::kWrite},
      {"veilig.veiligewijken.v1.VeiligeWijkenService/UpsertWatchTeams", auth::Access::kWrite},
      {"veilig.veiligewijken.v1.VeiligeWijkenService/UpsertKvoCertificates", auth::Access::kWrite},
  };
  return *kEntries;
}

}  // namespace veilig::veiligewijken
