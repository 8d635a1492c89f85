#include "tests/plugin_theme/campaign_extension.h"

#include "common/domain/field_error.h"
#include "common/domain/period.h"
#include "common/domain/resource_name.h"
#include "common/domain/strings.h"
#include "common/report/dutch_number.h"
#include "common/report/section_table.h"
#include "common/server/grpc_status.h"
#include "veilig/digitaleveiligheid/v1/campaigns.admission.h"

namespace veilig::digitaleveiligheid {
namespace {

using server::ToGrpcStatus;
using storage::Connection;
using storage::Row;
using storage::Value;

class CampaignStore {
 public:
  explicit CampaignStore(theme::VersionedDatabase& database) : database_(database) {}

  static const std::vector<storage::Migration>& Migrations() {
    static const std::vector<storage::Migration> kMigrations = {{100, "campaigns", R"sql(
CREATE TABLE campaigns (
  municipality TEXT NOT NULL,
  period TEXT NOT NULL,
  name TEXT NOT NULL,
  reached BIGINT NOT NULL,
  PRIMARY KEY (municipality, period, name)
);
)sql"}};
    return kMigrations;
  }

  absl::Status Upsert(const std::string& municipality, const std::vector<v1::Campaign>& campaigns) {
    return database_.Write(
        theme::WriteScope::Owned(municipality), [&](Connection& c) -> absl::Status {
          for (const auto& campaign : campaigns) {
            if (auto s =
                    c.Execute("INSERT INTO campaigns (municipality, period, name, reached) "
                              "VALUES ($1, $2, $3, $4) ON CONFLICT (municipality, period, name) "
                              "DO UPDATE SET reached = excluded.reached",
                              std::vector<Value>{municipality, campaign.period(), campaign.name(),
                                                 campaign.reached()});
                !s.ok()) {
              return s;
            }
          }
          return absl::OkStatus();
        });
  }

  // All of the municipality's campaigns, or those of one period.
  absl::StatusOr<std::vector<v1::Campaign>> List(const std::string& municipality,
                                                 const std::string& period = "") {
    std::vector<v1::Campaign> campaigns;
    absl::Status s = database_.Read([&](Connection& c) {
      return c.Query(
          "SELECT period, name, reached FROM campaigns WHERE municipality = $1 "
          "AND ($2 = '' OR period = $2) ORDER BY period, name",
          std::vector<Value>{municipality, period}, [&](const Row& row) -> absl::Status {
            v1::Campaign& campaign = campaigns.emplace_back();
            campaign.set_period(row.Text(0));
            campaign.set_name(row.Text(1));
            campaign.set_reached(row.Int(2));
            return absl::OkStatus();
          });
    });
    if (!s.ok()) return s;
    return campaigns;
  }

 private:
  theme::VersionedDatabase& database_;
};

class CampaignServiceImpl : public v1::CampaignService::Service {
 public:
  explicit CampaignServiceImpl(CampaignStore& store) : store_(store) {}

  grpc::Status UpsertCampaigns(grpc::ServerContext*, const v1::UpsertCampaignsRequest* request,
                               v1::UpsertCampaignsResponse* response) override {
    auto municipality = ParseParent("parent", request->parent());
    if (!municipality.ok()) return ToGrpcStatus(municipality.status());
    for (int i = 0; i < request->campaigns_size(); ++i) {
      const auto& campaign = request->campaigns(i);
      const std::string at = StrCat("campaigns[", i, "].");
      if (campaign.name().empty()) return ToGrpcStatus(FieldError(at + "name", "is required"));
      if (!Period::Parse(campaign.period()).ok()) {
        return ToGrpcStatus(FieldError(at + "period", "must be a half year such as 2019H1"));
      }
      if (campaign.reached() < 0) {
        return ToGrpcStatus(FieldError(at + "reached", "must not be negative"));
      }
    }
    std::vector<v1::Campaign> campaigns(request->campaigns().begin(), request->campaigns().end());
    if (auto s = store_.Upsert(*municipality, campaigns); !s.ok()) return ToGrpcStatus(s);
    response->set_upserted(request->campaigns_size());
    return grpc::Status::OK;
  }

  grpc::Status ListCampaigns(grpc::ServerContext*, const v1::ListCampaignsRequest* request,
                             v1::ListCampaignsResponse* response) override {
    auto municipality = ParseParent("parent", request->parent());
    if (!municipality.ok()) return ToGrpcStatus(municipality.status());
    auto campaigns = store_.List(*municipality);
    if (!campaigns.ok()) return ToGrpcStatus(campaigns.status());
    for (auto& campaign : *campaigns) *response->add_campaigns() = std::move(campaign);
    return grpc::Status::OK;
  }

  grpc::Status ExportCampaigns(grpc::ServerContext* context,
                               const v1::ListCampaignsRequest* request,
                               v1::ListCampaignsResponse* response) override {
    return ListCampaigns(context, request, response);
  }

 private:
  CampaignStore& store_;
};

class CampaignExtension final : public theme::ThemeExtension {
 public:
  explicit CampaignExtension(theme::VersionedDatabase& database)
      : store_(database), service_(store_) {}

  const std::vector<storage::Migration>& Migrations() const override {
    return CampaignStore::Migrations();
  }
  server::AdmittedService& Service() override { return service_; }
  const auth::AccessEntries& AccessEntries() const override {
    static const auth::AccessEntries kEntries = {
        {"veilig.digitaleveiligheid.v1.CampaignService/UpsertCampaigns", auth::Access::kWrite},
        {"veilig.digitaleveiligheid.v1.CampaignService/ListCampaigns", auth::Access::kDraft},
    };
    return kEntries;
  }

  absl::Status AddToSection(const std::string& municipality, const Period& period,
                            common::v1::ThemeSection& section) override {
    auto campaigns = store_.List(municipality, period.ToString());
    if (!campaigns.ok()) return campaigns.status();
    if (campaigns->empty()) return absl::OkStatus();
    auto table = report::NewSectionTable("Bewustwordingscampagnes",
                                         {{"Campagne"}, {"Bereikte inwoners", true}});
    int64_t reached = 0;
    for (const auto& campaign : *campaigns) {
      report::AddRow(table, {campaign.name(), report::FormatCount(campaign.reached())});
      reached += campaign.reached();
    }
    table.set_lead(
        StrCat("De campagnes bereikten samen ", report::FormatCount(reached), " inwoners."));
    *section.add_tables() = std::move(table);
    return absl::OkStatus();
  }

 private:
  CampaignStore store_;
  v1::CampaignServiceAdmitted<CampaignServiceImpl> service_;
};

}  // namespace

std::unique_ptr<theme::ThemeExtension> MakeCampaignExtension(theme::VersionedDatabase& database) {
  return std::make_unique<CampaignExtension>(database);
}

}  // namespace veilig::digitaleveiligheid
