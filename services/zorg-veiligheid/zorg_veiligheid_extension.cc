#include "services/zorg-veiligheid/zorg_veiligheid_extension.h"

#include "common/domain/topic_label.h"
#include "services/zorg-veiligheid/api/access_entries.h"
#include "services/zorg-veiligheid/api/zorg_veiligheid_service_impl.h"
#include "services/zorg-veiligheid/domain/register_rules.h"
#include "services/zorg-veiligheid/domain/section_tables.h"
#include "services/zorg-veiligheid/register_section.h"
#include "veilig/zorgveiligheid/v1/zorg_veiligheid_service.admission.h"

namespace veilig::zorgveiligheid {
namespace {

// The section's topic of that title, with the plan's number if it has one.
std::string SectionTopicLabel(const common::v1::ThemeSection& section, std::string_view title) {
  for (const auto& topic : section.topics()) {
    if (SameTopic(topic.topic(), std::string(title))) return topic.topic();
  }
  return std::string(title);
}

class ZorgVeiligheidExtension final : public theme::ThemeExtension {
 public:
  explicit ZorgVeiligheidExtension(theme::VersionedDatabase& database)
      : store_(database), service_(store_) {}

  const std::vector<storage::Migration>& Migrations() const override {
    return RegisterStore::Migrations();
  }
  server::AdmittedService& Service() override { return service_; }
  const auth::AccessEntries& AccessEntries() const override {
    return veilig::zorgveiligheid::AccessEntries();
  }

  absl::Status AddToSection(const std::string& municipality, const Period& period,
                            common::v1::ThemeSection& section) override {
    auto data = RegisterSection(store_, municipality, period);
    if (!data.ok()) return data.status();
    for (auto& line : *data->mutable_registers()) {
      line.set_topic(SectionTopicLabel(section, RegisterTopic(line.register_())));
    }
    for (auto& table : SectionTables(*data, section)) *section.add_tables() = std::move(table);
// The typed v1 field, deprecated for readers, stays filled for them.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    *section.mutable_zorg_veiligheid() = std::move(*data);
#pragma GCC diagnostic pop
    return absl::OkStatus();
  }

 private:
  RegisterStore store_;
  v1::ZorgVeiligheidServiceAdmitted<ZorgVeiligheidServiceImpl> service_;
};

}  // namespace

std::unique_ptr<theme::ThemeExtension> MakeZorgVeiligheidExtension(
    theme::VersionedDatabase& database) {
  return std::make_unique<ZorgVeiligheidExtension>(database);
}

}  // namespace veilig::zorgveiligheid
