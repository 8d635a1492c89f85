#include "services/veilige-wijken/veilige_wijken_extension.h"

#include <limits>

#include "common/domain/calendar_date.h"
#include "common/domain/dates.h"
#include "services/veilige-wijken/api/access_entries.h"
#include "services/veilige-wijken/api/veilige_wijken_service_impl.h"
#include "services/veilige-wijken/domain/measure_rules.h"
#include "services/veilige-wijken/domain/section_tables.h"
#include "veilig/veiligewijken/v1/veilige_wijken_service.admission.h"

namespace veilig::veiligewijken {
namespace {

constexpr int kAll = std::numeric_limits<int>::max();

class VeiligeWijkenExtension final : public theme::ThemeExtension {
 public:
  explicit VeiligeWijkenExtension(theme::VersionedDatabase& database)
      : store_(database), service_(store_) {}

  const std::vector<storage::Migration>& Migrations() const override {
    return MeasureStore::Migrations();
  }
  server::AdmittedService& Service() override { return service_; }
  const auth::AccessEntries& AccessEntries() const override {
    return veilig::veiligewijken::AccessEntries();
  }

  absl::Status AddToSection(const std::string& municipality, const Period& period,
                            common::v1::ThemeSection& section) override {
// The typed v1 field, deprecated for readers, stays filled for them.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    v1::SectionData* data = section.mutable_veilige_wijken();
#pragma GCC diagnostic pop
    const auto add = [](absl::StatusOr<std::vector<v1::Measure>> measures,
                        google::protobuf::RepeatedPtrField<v1::Measure>* to) {
      if (!measures.ok()) return measures.status();
      for (auto& m : *measures) *to->Add() = std::move(m);
      return absl::OkStatus();
    };
    MeasureFilter decided;
    decided.decided_from = period.FirstDay();
    decided.decided_to = period.LastDay();
    if (auto s = add(store_.ListMeasures(municipality, decided, 0, kAll),
                     data->mutable_measures_decided());
        !s.ok()) {
      return s;
    }
    MeasureFilter in_force;
    in_force.in_force_on = period.LastDay();
    if (auto s = add(store_.ListMeasures(municipality, in_force, 0, kAll),
                     data->mutable_measures_in_force());
        !s.ok()) {
      return s;
    }
    MeasureFilter expiring;
    expiring.expiring_from = period.LastDay();
    expiring.expiring_to = AddDays(period.LastDay(), kExpiryWarningDays);
    if (auto s = add(store_.ListMeasures(municipality, expiring, 0, kAll),
                     data->mutable_measures_expiring());
        !s.ok()) {
      return s;
    }
    auto all = store_.ListMeasures(municipality, MeasureFilter{}, 0, kAll);
    if (!all.ok()) return all.status();
    for (auto& m : *all) {
      if (IsOneOffAct(m.kind())) {
        if (InForceDuring(m, period.FirstDay(), period.LastDay()) &&
            IsoDate(m.valid_from()) >= period.FirstDay()) {
          *data->add_acts() = std::move(m);
        }
      } else if (InForceDuring(m, period.FirstDay(), period.LastDay())) {
        *data->add_measures_active() = std::move(m);
      }
    }
    auto teams = store_.ListWatchTeams(municipality, 0, kAll);
    if (!teams.ok()) return teams.status();
    for (auto& t : *teams) *data->add_watch_teams() = std::move(t);
    auto certificates = store_.ListCertificates(municipality, 0, kAll);
    if (!certificates.ok()) return certificates.status();
    for (auto& c : *certificates) *data->add_certificates() = std::move(c);
    for (auto& table : SectionTables(*data)) *section.add_tables() = std::move(table);
    return absl::OkStatus();
  }

 private:
  MeasureStore store_;
  v1::VeiligeWijkenServiceAdmitted<VeiligeWijkenServiceImpl> service_;
};

}  // namespace

std::unique_ptr<theme::ThemeExtension> MakeVeiligeWijkenExtension(
    theme::VersionedDatabase& database) {
  return std::make_unique<VeiligeWijkenExtension>(database);
}

}  // namespace veilig::veiligewijken
