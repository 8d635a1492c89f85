// Every municipality its own: two municipalities in one suite, with different
// records in every theme entity, and neither sees the other's through any
// Get or List RPC of any service, any report format or any HTTP route. On
// SQLite and on PostgreSQL.
#include <gtest/gtest.h>
#include <httplib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/domain/calendar_date.h"
#include "common/theme/conditional_section.h"
#include "tests/support/call_context.h"
#include "tests/support/rpc_matrix.h"
#include "tests/support/suite.h"
#include "veilig/audit/v1/audit_service.grpc.pb.h"
#include "veilig/crisisbeheersing/v1/crisisbeheersing_service.grpc.pb.h"
#include "veilig/ondermijning/v1/ondermijning_service.grpc.pb.h"
#include "veilig/report/v1/report_service.grpc.pb.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"
#include "veilig/veiligewijken/v1/veilige_wijken_service.grpc.pb.h"
#include "veilig/zorgveiligheid/v1/zorg_veiligheid_service.grpc.pb.h"

namespace veilig::testing {
namespace {

namespace vw = veiligewijken::v1;
namespace om = ondermijning::v1;
namespace zv = zorgveiligheid::v1;
namespace cb = crisisbeheersing::v1;

constexpr char kAlmere[] = "GM0034";
constexpr char kLelystad[] = "GM0995";

// Texts only Almere's worked example holds, one or more per theme entity.
const std::vector<std::string>& AlmereMarkers() {
  static const std::vector<std::string> kMarkers = {
      "Actieplan Veiligheid Almere",           // plan
      "PKVW-adviezen",                         // activity
      "Koningsnacht",                          // measure, event advice
      "Landelijke 112-storing",                // incident
      "Algemeen Commandant Bevolkingszorg",    // on-call pool
      "Libelle Zomerweek",                     // event advice
      "Geen gedragsaanwijzing nodig geweest",  // register note
      "De registratie van handhavingszaken",   // the municipality's own series note
  };
  return kMarkers;
}

// Every text of Lelystad's records carries this.
constexpr char kLelystadMarker[] = "Lelystad-eigen";

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The lines of a worked-example CSV whose `area` is Almere, moved to Lelystad.
std::string MovedToLelystad(const std::string& csv) {
  std::istringstream in(csv);
  std::string line, out;
  std::getline(in, line);
  out = line + "\n";
  while (std::getline(in, line)) {
    const auto at = line.find(",GM0034,");
    const auto first = line.rfind("GM0034,", 0);
    if (at != std::string::npos) {
      out += line.replace(at, 8, ",GM0995,") + "\n";
    } else if (first == 0) {
      out += line.replace(0, 6, "GM0995") + "\n";
    }
  }
  return out;
}

// A directory in the worked-example format with Lelystad's own records in
// every theme entity; the figures are Almere's, moved.
void WriteLelystad(const std::filesystem::path& dir) {
  const std::filesystem::path almere = VEILIG_DATA_DIR;
  std::filesystem::create_directories(dir);
  const auto write = [&dir](const std::string& name, const std::string& text) {
    std::ofstream(dir / name) << text;
  };
  const std::string m = kLelystadMarker;
  write("areas.csv", "code,name,kind,parent\nGM0995,Lelystad,municipality,\n");
  write("plan.csv",
        "municipality,title_nl,first_year,last_year,baseline_year\n"
        "GM0995,Actieplan " +
            m + " 2019-2022,2019,2022,2017\n");
  write("indicators.csv", ReadFile(almere / "indicators.csv"));
  write("observations.csv", MovedToLelystad(ReadFile(almere / "observations.csv")));
  write("denominators.csv", MovedToLelystad(ReadFile(almere / "denominators.csv")));
  write("series_notes.csv",
        "scope,effective_from,kind,text_nl\n"
        "theme:ondermijning,2019-01-01,note," +
            m + " notitie bij de handhaving\n");
  write("activities.csv",
        "theme,topic,period,quantity,unit_nl,description_nl,partners\n"
        "veilige_wijken,1.1 High impact crimes,2019H1,5,adviezen," +
            m + " activiteit,\n");
  write("admin_measures.csv",
        "kind,decided_on,valid_from,valid_until,area_nl,persons,legal_basis,description_nl\n"
        "messenverbod,2019-02-01,2019-02-01,2019-07-15," +
            m + " gebied,,APV," + m + " maatregel\n");
  write("enforcement_cases.csv",
        "category,subcategory,period,count\n"
        "Drugshandel,Productie/vervaardiging harddrugs,2019H1,77\n");
  write("enforcement_case_register.csv",
        "reference,category,subcategory,opened_on,closed_on,source,outcome,district\n"
        "LS-2019-1,Drugshandel,Productie/vervaardiging harddrugs,2019-03-01,,Melding,,\n");
  write("registers.csv",
        "register,period,count,note,case_references\n"
        "huisverboden,2019H1,99," +
            m + " register,\n");
  write("register_targets.csv", "registers,year,target\nvoorlichtingslessen_po,2019,12\n");
  write("incidents.csv",
        "date,title_nl,location_nl,category,grip\n"
        "2019-03-01," +
            m + " incident,Lelystad,brand,1\n");
  write("piket_pools.csv", "function_nl,scope,required,filled,deployments_2019h1\n" + m +
                               " piketfunctie,lokaal,3,2,5\n");
  write("events.csv", "event_nl,start,end,risk_class,advice_nl\n" + m +
                          " evenement,2019-05-01,2019-05-02,A," + m + " advies\n");
}

// Everything `text` (what one municipality was shown) may not hold.
void ExpectNothingOfTheOther(const std::string& municipality, const std::string& text,
                             const std::string& where) {
  if (municipality == kAlmere) {
    EXPECT_EQ(text.find(kLelystadMarker), std::string::npos) << where << ":\n" << text;
  } else {
    for (const auto& marker : AlmereMarkers()) {
      EXPECT_EQ(text.find(marker), std::string::npos) << where << " shows '" << marker << "'";
    }
  }
}

// And what it must hold: its own records.
void ExpectItsOwn(const std::string& municipality, const std::string& text,
                  const std::string& marker_of_almere, const std::string& where) {
  const std::string own = municipality == kAlmere ? marker_of_almere : kLelystadMarker;
  EXPECT_NE(text.find(own), std::string::npos) << where << " lacks '" << own << "'";
}

struct OnSqlite {
  static constexpr bool kPostgres = false;
};
struct OnPostgres {
  static constexpr bool kPostgres = true;
};

// One suite per backend with both municipalities imported, shared by the
// backend's tests (a typed test suite runs one backend's tests together).
template <typename Backend>
class TenancyTest : public ::testing::Test {
 protected:
  static const char* PostgresUrl() { return std::getenv("VEILIG_TEST_POSTGRES_URL"); }

  static void SetUpTestSuite() {
    if (Backend::kPostgres && PostgresUrl() == nullptr) return;
    suite_ = std::make_unique<Suite>();
    if (Backend::kPostgres) suite_->UsePostgres(PostgresUrl());
    suite_->StartAll();
    ASSERT_TRUE(suite_->WaitUntilServing());
    auto almere = suite_->Ctl({"import", VEILIG_DATA_DIR});
    ASSERT_EQ(almere.exit_code, 0) << almere.output;
    const auto lelystad_dir = suite_->directory() / "lelystad";
    WriteLelystad(lelystad_dir);
    auto lelystad = suite_->Ctl({"import", lelystad_dir.string()});
    ASSERT_EQ(lelystad.exit_code, 0) << lelystad.output;
    EXPECT_NE(lelystad.output.find("municipality GM0995"), std::string::npos) << lelystad.output;
  }
  static void TearDownTestSuite() { suite_.reset(); }

  void SetUp() override {
    if (Backend::kPostgres && PostgresUrl() == nullptr) {
      ASSERT_EQ(std::getenv("VEILIG_TEST_REQUIRE_POSTGRES"), nullptr)
          << "VEILIG_TEST_POSTGRES_URL is not set";
      GTEST_SKIP() << "VEILIG_TEST_POSTGRES_URL is not set; scripts/test sets it";
    }
    ASSERT_NE(suite_, nullptr);
  }

  static inline std::unique_ptr<Suite> suite_;
};

using Backends = ::testing::Types<OnSqlite, OnPostgres>;

class BackendNames {
 public:
  template <typename T>
  static std::string GetName(int) {
    return T::kPostgres ? "postgresql" : "sqlite";
  }
};

TYPED_TEST_SUITE(TenancyTest, Backends, BackendNames);

// One List or Get call's response, as text to search.
template <typename Stub, typename Request, typename Response>
std::string Call(Stub& stub,
                 grpc::Status (Stub::*method)(grpc::ClientContext*, const Request&, Response*),
                 const Request& request, grpc::StatusCode* code = nullptr) {
  Response response;
  const grpc::Status status = (stub.*method)(CallContext().get(), request, &response);
  if (code != nullptr) {
    *code = status.error_code();
  } else {
    EXPECT_TRUE(status.ok()) << request.GetTypeName() << ": " << status.error_message();
  }
  return response.DebugString();
}

TYPED_TEST(TenancyTest, NoListOrGetOfAnyServiceShowsTheOthersRecords) {
  auto wijken = vw::VeiligeWijkenService::NewStub(this->suite_->Channel("veilige-wijken"));
  auto cases = om::OndermijningService::NewStub(this->suite_->Channel("ondermijning"));
  auto zorg = zv::ZorgVeiligheidService::NewStub(this->suite_->Channel("zorg-veiligheid"));
  auto crisis = cb::CrisisbeheersingService::NewStub(this->suite_->Channel("crisisbeheersing"));
  for (const std::string municipality : {kAlmere, kLelystad}) {
    const std::string parent = "municipalities/" + municipality;
    std::string seen;
    const auto look = [&](const std::string& what, const std::string& text) {
      ExpectNothingOfTheOther(municipality, text, municipality + " " + what);
      seen += text;
    };

    vw::ListMeasuresRequest measures;
    measures.set_parent(parent);
    const std::string measure_list =
        Call(*wijken, &vw::VeiligeWijkenService::Stub::ListMeasures, measures);
    look("ListMeasures", measure_list);
    ExpectItsOwn(municipality, measure_list, "Koningsnacht", "ListMeasures");
    vw::ListMeasuresInForceRequest in_force;
    in_force.set_parent(parent);
    *in_force.mutable_date() = DateFromIso("2019-06-30");
    look("ListMeasuresInForce",
         Call(*wijken, &vw::VeiligeWijkenService::Stub::ListMeasuresInForce, in_force));
    vw::ListExpiringMeasuresRequest expiring;
    expiring.set_parent(parent);
    *expiring.mutable_date() = DateFromIso("2019-06-01");
    expiring.set_within_days(3000);
    look("ListExpiringMeasures",
         Call(*wijken, &vw::VeiligeWijkenService::Stub::ListExpiringMeasures, expiring));
    vw::ListWatchTeamsRequest teams;
    teams.set_parent(parent);
    look("ListWatchTeams", Call(*wijken, &vw::VeiligeWijkenService::Stub::ListWatchTeams, teams));
    vw::ListKvoCertificatesRequest certificates;
    certificates.set_parent(parent);
    look("ListKvoCertificates",
         Call(*wijken, &vw::VeiligeWijkenService::Stub::ListKvoCertificates, certificates));

    om::ListCasesRequest case_list;
    case_list.set_parent(parent);
    look("ListCases", Call(*cases, &om::OndermijningService::Stub::ListCases, case_list));
    om::GetCaseCountsRequest counts;
    counts.set_parent(parent);
    counts.set_period("2019H1");
    const std::string counted = Call(*cases, &om::OndermijningService::Stub::GetCaseCounts, counts);
    look("GetCaseCounts", counted);
    // 3 hard-drug cases in Almere's counts; 77 counted and one single case in Lelystad's.
    EXPECT_NE(counted.find(municipality == kAlmere ? "count: 3\n" : "count: 78\n"),
              std::string::npos)
        << counted;
    om::ListCategoriesRequest categories;
    categories.set_parent(parent);
    look("ListCategories",
         Call(*cases, &om::OndermijningService::Stub::ListCategories, categories));

    zv::ListRegisterCountsRequest registers;
    registers.set_parent(parent);
    registers.set_period("2019H1");
    const std::string register_list =
        Call(*zorg, &zv::ZorgVeiligheidService::Stub::ListRegisterCounts, registers);
    look("ListRegisterCounts", register_list);
    ExpectItsOwn(municipality, register_list, "Geen gedragsaanwijzing", "ListRegisterCounts");

    cb::ListIncidentsRequest incidents;
    incidents.set_parent(parent);
    const std::string incident_list =
        Call(*crisis, &cb::CrisisbeheersingService::Stub::ListIncidents, incidents);
    look("ListIncidents", incident_list);
    ExpectItsOwn(municipality, incident_list, "Landelijke 112-storing", "ListIncidents");
    cb::CountIncidentsRequest count;
    count.set_parent(parent);
    count.set_period("2019H1");
    const std::string counted_incidents =
        Call(*crisis, &cb::CrisisbeheersingService::Stub::CountIncidents, count);
    EXPECT_NE(counted_incidents.find(municipality == kAlmere ? "total: 26" : "total: 1\n"),
              std::string::npos)
        << counted_incidents;
    cb::ListOnCallPoolsRequest pools;
    pools.set_parent(parent);
    look("ListOnCallPools",
         Call(*crisis, &cb::CrisisbeheersingService::Stub::ListOnCallPools, pools));
    cb::ListEventAdviceRequest events;
    events.set_parent(parent);
    look("ListEventAdvice",
         Call(*crisis, &cb::CrisisbeheersingService::Stub::ListEventAdvice, events));

    for (const auto& service : Suite::ThemeServices()) {
      auto themes = theme::v1::ThemeService::NewStub(this->suite_->Channel(service));
      theme::v1::GetThemeSectionRequest section;
      section.set_municipality(municipality);
      section.set_period("2019H1");
      look(service + " GetThemeSection",
           Call(*themes, &theme::v1::ThemeService::Stub::GetThemeSection, section));
      auto audit = audit::v1::AuditService::NewStub(this->suite_->Channel(service));
      audit::v1::ListAuditEventsRequest audit_events;
      audit_events.set_parent(parent);
      audit_events.set_page_size(1000);
      const std::string trail =
          Call(*audit, &audit::v1::AuditService::Stub::ListAuditEvents, audit_events);
      EXPECT_EQ(trail.find(municipality == kAlmere ? "GM0995" : "GM0034"), std::string::npos)
          << service << " audit trail of " << municipality << ":\n"
          << trail;
    }
    EXPECT_FALSE(seen.empty());
  }
}

// The authorisation matrix with the municipality dimension: every role, with
// a token for Almere (GM0034), against every RPC that names a municipality,
// for Almere and for Lelystad (GM0995), with both imported. In another
// municipality nothing but its published reports is open to it, whatever the
// role. (The matrix without municipalities is in authorization_test.cc.)
TYPED_TEST(TenancyTest, EveryRoleAgainstEveryRpcInItsOwnAndAnotherMunicipality) {
  const std::vector<std::string> roles = {"viewer", "editor:veilige-wijken", "editor:ondermijning",
                                          "publisher", "admin"};
  int cells = 0;
  for (const std::string server :
       {"gateway", "veilige-wijken", "ondermijning", "zorg-veiligheid", "crisisbeheersing"}) {
    for (const auto& role : roles) {
      auto channel = this->suite_->ChannelAs(server, this->suite_->Token({role}, "user-" + role));
      for (const auto& method : MethodsOfServer(server)) {
        for (const std::string municipality : {"GM0034", "GM0995"}) {
          const auto request = RequestNaming(method, municipality);
          if (!request) continue;  // shared figures: no municipality to check
          const grpc::StatusCode code = CallWith(channel, method, *request);
          ++cells;
          const std::string name = method.substr(method.rfind('/') + 1);
          const bool own = municipality == "GM0034";
          bool allowed = Expected(role, server, method) && own;
          // Published reports are everyone's; a draft (version 0) is not.
          if (name == "ListReportVersions" || name == "ListPublishedReports") allowed = true;
          if (name == "GetProgressReport" || name == "DiffReports") {
            allowed = own && role != "viewer";
          }
          // Definitions are open; a municipality's goals with them need
          // draft access in it.
          if (name == "ListIndicators") {
            allowed =
                own && (role.starts_with("editor:") || role == "publisher" || role == "admin");
          }
          const std::string where = role + " " + server + method + " in " + municipality;
          if (allowed) {
            EXPECT_NE(code, grpc::StatusCode::PERMISSION_DENIED) << where;
            EXPECT_NE(code, grpc::StatusCode::UNAUTHENTICATED) << where;
          } else {
            EXPECT_EQ(code, grpc::StatusCode::PERMISSION_DENIED) << where;
          }
        }
      }
    }
  }
  EXPECT_GT(cells, 5 * 2 * 40);
}

TYPED_TEST(TenancyTest, AnotherMunicipalitysRecordIsNotFoundUnderOnesOwnName) {
  auto crisis = cb::CrisisbeheersingService::NewStub(this->suite_->Channel("crisisbeheersing"));
  cb::ListIncidentsRequest incidents;
  incidents.set_parent("municipalities/GM0995");
  cb::ListIncidentsResponse listed;
  ASSERT_TRUE(crisis->ListIncidents(CallContext().get(), incidents, &listed).ok());
  ASSERT_EQ(listed.incidents_size(), 1);
  const std::string name = listed.incidents(0).name();
  ASSERT_EQ(name.rfind("municipalities/GM0995/incidents/", 0), 0u) << name;
  // The same id under Almere's name is no record of Almere's.
  cb::GetIncidentRequest get;
  get.set_name("municipalities/GM0034" + name.substr(std::string("municipalities/GM0995").size()));
  cb::Incident incident;
  EXPECT_EQ(crisis->GetIncident(CallContext().get(), get, &incident).error_code(),
            grpc::StatusCode::NOT_FOUND);
  get.set_name(name);
  ASSERT_TRUE(crisis->GetIncident(CallContext().get(), get, &incident).ok());
  EXPECT_NE(incident.title().find(kLelystadMarker), std::string::npos);
}

TYPED_TEST(TenancyTest, EveryReportFormatShowsOnlyItsOwnMunicipality) {
  for (const std::string municipality : {kAlmere, kLelystad}) {
    for (const std::string format : {"text", "md", "html", "json"}) {
      auto report = this->suite_->Ctl(
          {"report", "--municipality=" + municipality, "--period=2019H1", "--format=" + format});
      ASSERT_EQ(report.exit_code, 0) << report.output;
      const std::string where = municipality + " report as " + format;
      ExpectNothingOfTheOther(municipality, report.output, where);
      ExpectItsOwn(municipality, report.output, "PKVW-adviezen", where);
    }
  }
}

TYPED_TEST(TenancyTest, EveryHttpRouteShowsOnlyItsOwnMunicipality) {
  for (const std::string municipality : {kAlmere, kLelystad}) {
    auto published =
        this->suite_->Ctl({"publish", "--municipality=" + municipality, "--period=2019H1"});
    ASSERT_EQ(published.exit_code, 0) << published.output;
  }
  httplib::Client http("127.0.0.1", this->suite_->endpoint("gateway").http_port);
  http.set_read_timeout(20);
  http.set_bearer_token_auth(this->suite_->admin_token());
  for (const std::string municipality : {kAlmere, kLelystad}) {
    for (const std::string& path :
         {"/api/v1/reports/" + municipality + "/2019H1",
          "/api/v1/reports/" + municipality + "/2019H1?version=1",
          "/api/v1/reports/" + municipality + "/2019H1/versions/1",
          "/api/v1/reports/" + municipality + "/2019H1/versions",
          "/api/v1/reports/" + municipality + "/2019H1/differences?fromVersion=1",
          "/rapportages/" + municipality + "/2019H1",
          "/rapportages/" + municipality + "/2019H1?versie=1"}) {
      auto res = http.Get(path);
      ASSERT_TRUE(res) << path;
      EXPECT_EQ(res->status, 200) << path << ": " << res->body;
      ExpectNothingOfTheOther(municipality, res->body, path);
    }
  }
  // The index of published reports lists both: published reports are public.
  auto index = http.Get("/api/v1/reports");
  ASSERT_TRUE(index);
  EXPECT_NE(index->body.find("GM0034"), std::string::npos);
  EXPECT_NE(index->body.find("GM0995"), std::string::npos);
}

// A write in Lelystad leaves Almere's cached section valid: the service
// answers Almere's conditional call with "you hold it" after the write.
TYPED_TEST(TenancyTest, AWriteInOneMunicipalityLeavesTheOthersCachedSectionInPlace) {
  auto themes = theme::v1::ThemeService::NewStub(this->suite_->Channel("veilige-wijken"));
  const auto section_tag = [&themes](const std::string& municipality, const std::string& held,
                                     bool* sent_whole) {
    auto context = CallContext();
    if (!held.empty()) context->AddMetadata(theme::kIfNoneMatchKey, held);
    theme::v1::GetThemeSectionRequest request;
    request.set_municipality(municipality);
    request.set_period("2019H1");
    common::v1::ThemeSection section;
    EXPECT_TRUE(themes->GetThemeSection(context.get(), request, &section).ok());
    *sent_whole = section.ByteSizeLong() > 0;
    const auto& metadata = context->GetServerInitialMetadata();
    const auto tag = metadata.find(theme::kETagKey);
    return tag == metadata.end() ? std::string()
                                 : std::string(tag->second.data(), tag->second.size());
  };
  bool whole = false;
  const std::string almere = section_tag(kAlmere, "", &whole);
  const std::string lelystad = section_tag(kLelystad, "", &whole);
  ASSERT_FALSE(almere.empty());

  auto wijken = vw::VeiligeWijkenService::NewStub(this->suite_->Channel("veilige-wijken"));
  vw::CreateMeasureRequest create;
  create.set_parent("municipalities/GM0995");
  auto* m = create.mutable_measure();
  m->set_kind(vw::MEASURE_KIND_ALCOHOL_BAN);
  *m->mutable_decided_on() = DateFromIso("2019-05-20");
  *m->mutable_valid_from() = DateFromIso("2019-06-01");
  m->set_area(std::string(kLelystadMarker) + " centrum");
  m->set_description(std::string(kLelystadMarker) + " alcoholverbod");
  vw::Measure created;
  ASSERT_TRUE(wijken->CreateMeasure(CallContext().get(), create, &created).ok());

  EXPECT_EQ(section_tag(kAlmere, almere, &whole), almere);
  EXPECT_FALSE(whole);  // Almere's caller holds it still: nothing sent
  EXPECT_NE(section_tag(kLelystad, lelystad, &whole), lelystad);
  EXPECT_TRUE(whole);
}

}  // namespace
}  // namespace veilig::testing
