#include "services/ondermijning/ondermijning_extension.h"

#include "services/ondermijning/api/access_entries.h"
#include "services/ondermijning/api/ondermijning_service_impl.h"
#include "services/ondermijning/case_counts.h"
#include "services/ondermijning/domain/section_tables.h"
#include "veilig/ondermijning/v1/ondermijning_service.admission.h"

namespace veilig::ondermijning {
namespace {

class OndermijningExtension final : public theme::ThemeExtension {
 public:
  explicit OndermijningExtension(theme::VersionedDatabase& database)
      : store_(database), service_(store_) {}

  const std::vector<storage::Migration>& Migrations() const override {
    return CaseStore::Migrations();
  }
  server::AdmittedService& Service() override { return service_; }
  const auth::AccessEntries& AccessEntries() const override {
    return veilig::ondermijning::AccessEntries();
  }

  absl::Status AddToSection(const std::string& municipality, const Period& period,
                            common::v1::ThemeSection& section) override {
    auto data = CountCasesIn(store_, municipality, period);
    if (!data.ok()) return data.status();
    for (auto& table : SectionTables(*data)) *section.add_tables() = std::move(table);
// The typed v1 field, deprecated for readers, stays filled for them.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    *section.mutable_ondermijning() = std::move(*data);
#pragma GCC diagnostic pop
    return absl::OkStatus();
  }

 private:
  CaseStore store_;
  v1::OndermijningServiceAdmitted<OndermijningServiceImpl> service_;
};

}  // namespace

std::unique_ptr<theme::ThemeExtension> MakeOndermijningExtension(
    theme::VersionedDatabase& database) {
  return std::make_unique<OndermijningExtension>(database);
}

}  // namespace veilig::ondermijning
