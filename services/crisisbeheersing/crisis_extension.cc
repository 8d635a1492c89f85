#include "services/crisisbeheersing/crisis_extension.h"

#include <limits>

#include "services/crisisbeheersing/api/access_entries.h"
#include "services/crisisbeheersing/api/crisis_service_impl.h"
#include "services/crisisbeheersing/domain/crisis_rules.h"
#include "services/crisisbeheersing/domain/section_tables.h"
#include "veilig/crisisbeheersing/v1/crisisbeheersing_service.admission.h"

namespace veilig::crisisbeheersing {
namespace {

class CrisisExtension final : public theme::ThemeExtension {
 public:
  explicit CrisisExtension(theme::VersionedDatabase& database)
      : store_(database), service_(store_) {}

  const std::vector<storage::Migration>& Migrations() const override {
    return CrisisStore::Migrations();
  }
  server::AdmittedService& Service() override { return service_; }
  const auth::AccessEntries& AccessEntries() const override {
    return veilig::crisisbeheersing::AccessEntries();
  }

  absl::Status AddToSection(const std::string& municipality, const Period& period,
                            common::v1::ThemeSection& section) override {
// The typed v1 field, deprecated for readers, stays filled for them.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    v1::SectionData* data = section.mutable_crisisbeheersing();
#pragma GCC diagnostic pop
    IncidentFilter filter;
    filter.from_date = period.FirstDay();
    filter.to_date = period.LastDay();
    auto incidents = store_.ListIncidents(municipality, filter, 0, std::numeric_limits<int>::max());
    if (!incidents.ok()) return incidents.status();
    for (auto& count : CountByGrip(*incidents)) *data->add_counts_by_grip() = std::move(count);
    for (auto& incident : *incidents) *data->add_incidents() = std::move(incident);

    auto pools = store_.ListPools(municipality);
    if (!pools.ok()) return pools.status();
    const std::string wanted = period.ToString();
    for (auto& pool : *pools) {
      // Only the report period's deployments belong in its section.
      auto* deployments = pool.mutable_deployments();
      deployments->erase(
          std::remove_if(deployments->begin(), deployments->end(),
                         [&wanted](const v1::Deployments& d) { return d.period() != wanted; }),
          deployments->end());
      *data->add_pools() = std::move(pool);
    }
    auto events = store_.ListEvents(municipality, filter.from_date, filter.to_date);
    if (!events.ok()) return events.status();
    for (auto& e : *events) *data->add_events() = std::move(e);
    for (auto& table : SectionTables(*data)) *section.add_tables() = std::move(table);
    return absl::OkStatus();
  }

 private:
  CrisisStore store_;
  v1::CrisisbeheersingServiceAdmitted<CrisisServiceImpl> service_;
};

}  // namespace

std::unique_ptr<theme::ThemeExtension> MakeCrisisExtension(theme::VersionedDatabase& database) {
  return std::make_unique<CrisisExtension>(database);
}

}  // namespace veilig::crisisbeheersing
