#include "services/ondermijning/api/access_entries.h"

namespace veilig::ondermijning {

const auth::AccessEntries& AccessEntries() {
  static const auto* kEntries = new auth::AccessEntries{
      {"veilig.ondermijning.v1.OndermijningService/GetCase", auth::Access::kDraft},
      {"veilig.ondermijning.v1.OndermijningService/ListCases", auth::Access::kDraft},
      {"veilig.ondermijning.v1.OndermijningService/GetCaseCounts", auth::Access::kDraft},
      {"veilig.ondermijning.v1.OndermijningService/ListCategories", auth::Access::kDraft},
      {"veilig.ondermijning.v1.OndermijningService/CreateCase", auth::Access::kWrite},
      {"veilig.ondermijning.v1.OndermijningService/UpdateCase", auth::Access::kWrite},
      {"veilig.ondermijning.v1.OndermijningService/CloseCase", auth::Access::kWrite},
      {"veilig.ondermijning.v1.OndermijningService/ImportCases", auth::Access::kWrite},
      {"veilig.ondermijning.v1.OndermijningService/UpsertCaseCounts", auth::Access::kWrite},
      {"veilig.ondermijning.v1.OndermijningService/UpsertCategories", auth::Access::kWrite},
  };
  return *kEntries;
}

}  // namespace veilig::ondermijning
