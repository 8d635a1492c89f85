// Each theme service's own API over gRPC, and the worked example's figures in
// the report sections.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "common/domain/calendar_date.h"
#include "common/domain/resource_name.h"
#include "tests/support/call_context.h"
#include "tests/support/imported_suite.h"
#include "tests/support/measure_calls.h"
#include "veilig/crisisbeheersing/v1/crisisbeheersing_service.grpc.pb.h"
#include "veilig/ondermijning/v1/ondermijning_service.grpc.pb.h"
#include "veilig/report/v1/report_service.grpc.pb.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"
#include "veilig/veiligewijken/v1/veilige_wijken_service.grpc.pb.h"
#include "veilig/zorgveiligheid/v1/zorg_veiligheid_service.grpc.pb.h"

// These tests read the typed v1 section fields, deprecated but still filled
// for v1 clients, to show that they are.
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

namespace veilig::testing {
namespace {

constexpr char kAlmere[] = "municipalities/GM0034";

namespace vw = veiligewijken::v1;
namespace om = ondermijning::v1;
namespace zv = zorgveiligheid::v1;
namespace cb = crisisbeheersing::v1;

class ThemeApiTest : public ImportedSuiteFixture {
 protected:
  static report::v1::ProgressReport Report() {
    auto stub = report::v1::ReportService::NewStub(suite_->Channel("gateway"));
    report::v1::GetProgressReportRequest request;
    request.set_name(ReportResourceName("GM0034", "2019H1"));
    report::v1::ProgressReport report;
    EXPECT_TRUE(stub->GetProgressReport(CallContext().get(), request, &report).ok());
    return report;
  }
};

TEST_F(ThemeApiTest, TheReportCarriesEveryThemesOwnFigures) {
  const auto report = Report();
  ASSERT_EQ(report.sections_size(), 4);

  const auto& cases = report.sections(1).ondermijning();
  ASSERT_GE(cases.counts_size(), 2);
  EXPECT_EQ(cases.counts(0).category(), "Drugshandel");
  EXPECT_EQ(cases.counts(0).subcategories(1).count(), 91);
  EXPECT_EQ(cases.counts(0).subcategories(2).count(), 12);
  EXPECT_EQ(cases.counts(1).total(), 15);
  EXPECT_EQ(cases.counts(1).subcategories(0).count(), 9);
  EXPECT_EQ(cases.counts(1).subcategories(1).count(), 6);

  const auto& registers = report.sections(2).zorg_veiligheid();
  ASSERT_GE(registers.registers_size(), 1);
  const auto& orders = registers.registers(0);
  EXPECT_EQ(orders.register_(), zv::REGISTER_RESTRAINING_ORDERS);
  ASSERT_EQ(orders.counts_size(), 3);
  EXPECT_EQ(orders.counts(0).count(), 23);
  EXPECT_EQ(orders.counts(1).count(), 11);
  EXPECT_EQ(orders.counts(2).count(), 18);
  int lessons = 0;
  for (const auto& line : registers.registers()) {
    if (line.register_() == zv::REGISTER_SCHOOL_LESSONS_PRIMARY ||
        line.register_() == zv::REGISTER_SCHOOL_LESSONS_SECONDARY) {
      lessons += line.counts(line.counts_size() - 1).count();
    }
  }
  EXPECT_EQ(lessons, 109 + 76);

  const auto& crisis = report.sections(3).crisisbeheersing();
  EXPECT_EQ(crisis.incidents_size(), 26);
  std::map<int, int> by_grip;
  for (const auto& c : crisis.counts_by_grip()) by_grip[c.grip()] = c.count();
  EXPECT_EQ(by_grip[cb::GRIP_LEVEL_1], 1);
  EXPECT_EQ(by_grip[cb::GRIP_LEVEL_2], 1);
  EXPECT_EQ(by_grip[cb::GRIP_LEVEL_NONE], 24);
  EXPECT_EQ(crisis.pools_size(), 6);
  EXPECT_EQ(crisis.events_size(), 3);

  const auto& measures = report.sections(0).veilige_wijken();
  EXPECT_EQ(measures.measures_decided_size(), 10);
}

TEST_F(ThemeApiTest, MeasuresInForceAndExpiring) {
  auto stub = vw::VeiligeWijkenService::NewStub(suite_->Channel("veilige-wijken"));
  vw::ListMeasuresInForceRequest in_force;
  in_force.set_parent(kAlmere);
  *in_force.mutable_date() = DateFromIso("2019-06-30");
  in_force.set_kind(vw::MEASURE_KIND_ALCOHOL_CANNABIS_BAN);
  vw::ListMeasuresResponse response;
  ASSERT_TRUE(stub->ListMeasuresInForce(CallContext().get(), in_force, &response).ok());
  ASSERT_EQ(response.measures_size(), 1);
  EXPECT_EQ(IsoDate(response.measures(0).valid_until()), "2019-06-30");

  // The designation that runs out: what the department must not miss.
  vw::ListExpiringMeasuresRequest expiring;
  expiring.set_parent(kAlmere);
  *expiring.mutable_date() = DateFromIso("2019-06-01");
  expiring.set_within_days(30);
  response.Clear();
  ASSERT_TRUE(stub->ListExpiringMeasures(CallContext().get(), expiring, &response).ok());
  ASSERT_EQ(response.measures_size(), 1);  // the area ban ended in May
  EXPECT_EQ(response.measures(0).kind(), vw::MEASURE_KIND_ALCOHOL_CANNABIS_BAN);
  expiring.set_within_days(0);
  auto status = stub->ListExpiringMeasures(CallContext().get(), expiring, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(status.error_message().rfind("within_days:", 0), 0u);
}

TEST_F(ThemeApiTest, ARetriedCreateWithItsRequestIdMakesNothingNew) {
  auto stub = cb::CrisisbeheersingService::NewStub(suite_->Channel("crisisbeheersing"));
  cb::CreateIncidentRequest create;
  create.set_parent(kAlmere);
  create.set_request_id("0f8e2a4c-retry-1");
  auto* incident = create.mutable_incident();
  *incident->mutable_date() = DateFromIso("2019-11-02");
  incident->set_title("Stroomstoring");
  incident->set_location("Almere Poort");
  incident->set_category("stroomstoring");
  incident->set_grip(cb::GRIP_LEVEL_1);
  cb::Incident first, second;
  ASSERT_TRUE(stub->CreateIncident(CallContext().get(), create, &first).ok());
  // The response got lost; the client sends the same request again.
  ASSERT_TRUE(stub->CreateIncident(CallContext().get(), create, &second).ok());
  EXPECT_EQ(second.name(), first.name());
  // Without the id the same incident is a conflict, not a second record.
  create.clear_request_id();
  EXPECT_EQ(stub->CreateIncident(CallContext().get(), create, &second).error_code(),
            grpc::StatusCode::ALREADY_EXISTS);
  create.set_request_id("not a valid id!");
  const auto status = stub->CreateIncident(CallContext().get(), create, &second);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(status.error_message().rfind("request_id:", 0), 0u) << status.error_message();
}

TEST_F(ThemeApiTest, MeasureLifecycleOverGrpc) {
  auto stub = vw::VeiligeWijkenService::NewStub(suite_->Channel("veilige-wijken"));
  vw::CreateMeasureRequest create;
  create.set_parent(kAlmere);
  auto* m = create.mutable_measure();
  m->set_kind(vw::MEASURE_KIND_KNIFE_BAN);
  *m->mutable_decided_on() = DateFromIso("2019-09-01");
  *m->mutable_valid_from() = DateFromIso("2019-09-01");
  m->set_area("Stationsgebied <script>alert(1)</script>");
  m->set_description("'; DROP TABLE measures; --");
  vw::Measure created;
  ASSERT_TRUE(stub->CreateMeasure(CallContext().get(), create, &created).ok());
  EXPECT_TRUE(created.name().starts_with("municipalities/GM0034/measures/"));
  EXPECT_EQ(stub->CreateMeasure(CallContext().get(), create, &created).error_code(),
            grpc::StatusCode::ALREADY_EXISTS);

  vw::GetMeasureRequest get;
  get.set_name(created.name());
  vw::Measure fetched;
  ASSERT_TRUE(stub->GetMeasure(CallContext().get(), get, &fetched).ok());
  EXPECT_EQ(fetched.description(), "'; DROP TABLE measures; --");  // stored verbatim
  EXPECT_EQ(fetched.area(), "Stationsgebied <script>alert(1)</script>");

  vw::UpdateMeasureRequest update;
  *update.mutable_measure() = fetched;
  *update.mutable_measure()->mutable_valid_until() =
      DateFromIso("2019-08-01");  // before valid_from
  vw::Measure updated;
  auto status = stub->UpdateMeasure(CallContext().get(), update, &updated);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(status.error_message(), "measure.valid_until: must not precede valid_from");
  *update.mutable_measure()->mutable_valid_until() = DateFromIso("2020-09-01");
  ASSERT_TRUE(stub->UpdateMeasure(CallContext().get(), update, &updated).ok());
  EXPECT_EQ(IsoDate(updated.valid_until()), "2020-09-01");

  // A partial update changes what the mask names and nothing else.
  update.Clear();
  update.mutable_measure()->set_name(created.name());
  update.mutable_measure()->set_area("Stationsgebied");
  update.mutable_measure()->set_description("wordt niet overgenomen");
  update.mutable_update_mask()->add_paths("area");
  ASSERT_TRUE(stub->UpdateMeasure(CallContext().get(), update, &updated).ok());
  EXPECT_EQ(updated.area(), "Stationsgebied");
  EXPECT_EQ(updated.description(), "'; DROP TABLE measures; --");
  EXPECT_EQ(IsoDate(updated.valid_until()), "2020-09-01");
  update.mutable_update_mask()->set_paths(0, "gebied");
  status = stub->UpdateMeasure(CallContext().get(), update, &updated);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(status.error_message().rfind("update_mask:", 0), 0u) << status.error_message();

  vw::DeleteMeasureRequest remove;
  remove.set_name(created.name());
  google::protobuf::Empty empty;
  ASSERT_TRUE(stub->DeleteMeasure(CallContext().get(), remove, &empty).ok());
  EXPECT_EQ(stub->GetMeasure(CallContext().get(), get, &fetched).error_code(),
            grpc::StatusCode::NOT_FOUND);
  get.set_name("municipalities/GM0034/maatregelen/1");
  EXPECT_EQ(stub->GetMeasure(CallContext().get(), get, &fetched).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
}

// Sections are cached per version of the data; a write to the theme's own
// registers counts the version up like any other, so the next section has it.
TEST_F(ThemeApiTest, TheCachedSectionFollowsEveryWriteToTheThemesOwnRegisters) {
  auto themes = theme::v1::ThemeService::NewStub(suite_->Channel("veilige-wijken"));
  auto decided_in_2019h1 = [&] {
    theme::v1::GetThemeSectionRequest request;
    request.set_municipality("GM0034");
    request.set_period("2019H1");
    common::v1::ThemeSection section;
    EXPECT_TRUE(themes->GetThemeSection(CallContext().get(), request, &section).ok());
    return section.veilige_wijken().measures_decided_size();
  };
  const int before = decided_in_2019h1();
  EXPECT_EQ(decided_in_2019h1(), before);  // now from the cache

  std::string measure;
  const grpc::Status status = CreateDecidedMeasure(
      *suite_, "Cachegebied", "Alcoholverbod rond het winkelcentrum", &measure);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(decided_in_2019h1(), before + 1);

  ASSERT_TRUE(DeleteMeasure(*suite_, measure).ok());
  EXPECT_EQ(decided_in_2019h1(), before);
}

TEST_F(ThemeApiTest, EnforcementCasesOpenAndClose) {
  auto stub = om::OndermijningService::NewStub(suite_->Channel("ondermijning"));
  om::CreateCaseRequest create;
  create.set_parent(kAlmere);
  auto* c = create.mutable_enforcement_case();
  c->set_reference("HH-2019-0412");
  c->set_category("Drugshandel");
  c->set_subcategory("Productie/vervaardiging harddrugs");
  *c->mutable_opened_on() = DateFromIso("2019-05-02");
  c->set_source("Meld Misdaad Anoniem");
  om::EnforcementCase created;
  ASSERT_TRUE(stub->CreateCase(CallContext().get(), create, &created).ok());

  om::GetCaseCountsRequest counts_request;
  counts_request.set_parent(kAlmere);
  counts_request.set_period("2019H1");
  om::SectionData counts;
  ASSERT_TRUE(stub->GetCaseCounts(CallContext().get(), counts_request, &counts).ok());
  EXPECT_EQ(counts.counts(0).subcategories(0).count(), 3 + 1);  // aggregated + the new case

  om::CloseCaseRequest close;
  close.set_name(created.name());
  *close.mutable_closed_on() = DateFromIso("2019-06-20");
  close.set_outcome("Pand gesloten (art. 13b Opiumwet)");
  om::EnforcementCase closed;
  ASSERT_TRUE(stub->CloseCase(CallContext().get(), close, &closed).ok());
  EXPECT_EQ(IsoDate(closed.closed_on()), "2019-06-20");
  EXPECT_EQ(stub->CloseCase(CallContext().get(), close, &closed).error_code(),
            grpc::StatusCode::FAILED_PRECONDITION);

  create.mutable_enforcement_case()->set_reference("HH-2019-0413");
  create.mutable_enforcement_case()->set_subcategory("Witwassen");
  auto status = stub->CreateCase(CallContext().get(), create, &created);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(status.error_message().rfind("enforcement_case.subcategory:", 0), 0u);
}

TEST_F(ThemeApiTest, RegistersRefuseCitizenServiceNumbersAndWriteNothing) {
  auto stub = zv::ZorgVeiligheidService::NewStub(suite_->Channel("zorg-veiligheid"));
  zv::UpsertRegisterCountsRequest request;
  request.set_parent(kAlmere);
  auto* fine = request.add_counts();
  fine->set_register_(zv::REGISTER_CONFUSED_BEHAVIOUR_REPORTS);
  fine->set_period("2019H1");
  fine->set_count(40);
  auto* bad = request.add_counts();
  bad->set_register_(zv::REGISTER_RESTRAINING_ORDERS);
  bad->set_period("2019H2");
  bad->set_count(3);
  bad->set_note("gesprek met bsn 1234.56.782");
  zv::UpsertRegisterCountsResponse response;
  auto status = stub->UpsertRegisterCounts(CallContext().get(), request, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(status.error_message().rfind("counts[1].note:", 0), 0u) << status.error_message();

  zv::ListRegisterCountsRequest list;
  list.set_parent(kAlmere);
  list.set_period("2019H1");
  zv::ListRegisterCountsResponse counts;
  ASSERT_TRUE(stub->ListRegisterCounts(CallContext().get(), list, &counts).ok());
  for (const auto& c : counts.counts()) {
    EXPECT_NE(c.register_(), zv::REGISTER_CONFUSED_BEHAVIOUR_REPORTS);  // nothing half-written
  }
}

TEST_F(ThemeApiTest, IncidentsByPeriodAndGripAndUnderstaffedPools) {
  auto stub = cb::CrisisbeheersingService::NewStub(suite_->Channel("crisisbeheersing"));
  cb::ListIncidentsRequest request;
  request.set_parent(kAlmere);
  request.set_period("2019H1");
  request.set_min_grip(cb::GRIP_LEVEL_1);
  cb::ListIncidentsResponse response;
  ASSERT_TRUE(stub->ListIncidents(CallContext().get(), request, &response).ok());
  ASSERT_EQ(response.incidents_size(), 2);
  EXPECT_EQ(response.incidents(1).title(), "Landelijke 112-storing");

  cb::CountIncidentsRequest count;
  count.set_parent(kAlmere);
  count.set_period("2019Q2");
  cb::CountIncidentsResponse counted;
  ASSERT_TRUE(stub->CountIncidents(CallContext().get(), count, &counted).ok());
  EXPECT_EQ(counted.total(), 18);

  cb::UpsertOnCallPoolsRequest pools;
  pools.set_parent(kAlmere);
  auto* pool = pools.add_pools();
  pool->set_function("Leider CoPI");
  pool->set_scope(cb::POOL_SCOPE_INTERREGIONAL);
  pool->set_required(6);
  pool->set_filled(4);
  cb::UpsertOnCallPoolsResponse upserted;
  ASSERT_TRUE(stub->UpsertOnCallPools(CallContext().get(), pools, &upserted).ok());
  cb::ListOnCallPoolsRequest understaffed;
  understaffed.set_parent(kAlmere);
  understaffed.set_understaffed_only(true);
  cb::ListOnCallPoolsResponse listed;
  ASSERT_TRUE(stub->ListOnCallPools(CallContext().get(), understaffed, &listed).ok());
  ASSERT_EQ(listed.pools_size(), 1);
  EXPECT_EQ(listed.pools(0).function(), "Leider CoPI");

  cb::CreateIncidentRequest create;
  create.set_parent(kAlmere);
  *create.mutable_incident()->mutable_date() = DateFromIso("2019-07-02");
  create.mutable_incident()->set_title("Stormschade");
  create.mutable_incident()->set_location("Almere Haven");
  create.mutable_incident()->set_category("storm");
  cb::Incident incident;
  auto status = stub->CreateIncident(CallContext().get(), create, &incident);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(status.error_message().rfind("incident.grip:", 0), 0u);
}

TEST_F(ThemeApiTest, SingleCasesImportFromTheCaseRegisterWithoutDuplicates) {
  const auto dir = suite_->directory() / "case-register";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "enforcement_case_register.csv")
      << "reference,category,subcategory,opened_on,closed_on,source,outcome,district\n"
      << "HH-2019-0900,Overbewoning & mensonterende toestanden,Illegale kamerverhuur,2019-08-11,"
         "2019-09-02,Melding buren,Last onder dwangsom,\n"
      << "HH-2019-0901,Overbewoning & mensonterende toestanden,Illegale kamerverhuur,2019-09-05,,"
         "Meld Misdaad Anoniem,,\n";
  auto stub = om::OndermijningService::NewStub(suite_->Channel("ondermijning"));
  const auto housing = [&stub]() {
    // The second half of 2019: no other test touches it.
    om::GetCaseCountsRequest request;
    request.set_parent(kAlmere);
    request.set_period("2019H2");
    om::SectionData counts;
    EXPECT_TRUE(stub->GetCaseCounts(CallContext().get(), request, &counts).ok());
    for (const auto& line : counts.counts()) {
      if (line.category() == "Overbewoning & mensonterende toestanden") return line.total();
    }
    return 0;
  };
  const int before = housing();
  for (int run = 0; run < 2; ++run) {  // the second run must change nothing
    auto result = suite_->Ctl({"import", dir.string(), "--municipality=GM0034"});
    ASSERT_EQ(result.exit_code, 0) << result.output;
    EXPECT_NE(result.output.find("ondermijning: 2 enforcement cases"), std::string::npos);
  }
  EXPECT_EQ(housing(), before + 2);

  std::ofstream(dir / "enforcement_case_register.csv", std::ios::app)
      << "HH-2019-0902,Fraude,Witwassen,2019-09-06,,,,\n";
  auto result = suite_->Ctl({"import", dir.string(), "--municipality=GM0034"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.output.find("enforcement_case_register.csv line 4: category: 'Fraude'"),
            std::string::npos)
      << result.output;
  EXPECT_EQ(housing(), before + 2);
}

TEST_F(ThemeApiTest, TheSameDirectoryImportedForTwoMunicipalitiesGivesTwoIndependentSets) {
  const auto dir = suite_->directory() / "shared-register";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "incidents.csv") << "date,title_nl,location_nl,category,grip\n"
                                       << "2018-10-03,Gaslek in winkelcentrum,Centrum,gas,1\n";
  // No file says whose records these are: the import asks rather than guesses.
  auto unnamed = suite_->Ctl({"import", dir.string()});
  EXPECT_EQ(unnamed.exit_code, 1);
  EXPECT_NE(unnamed.output.find("--municipality"), std::string::npos) << unnamed.output;
  EXPECT_NE(unnamed.output.find("Nothing was imported"), std::string::npos);
  for (const std::string municipality : {"GM0034", "GM0995"}) {
    auto imported = suite_->Ctl({"import", dir.string(), "--municipality=" + municipality});
    ASSERT_EQ(imported.exit_code, 0) << imported.output;
  }
  std::vector<std::string> names;
  for (const std::string municipality : {"GM0034", "GM0995"}) {
    auto listed =
        suite_->Ctl({"list", "incidents", "--municipality=" + municipality, "--period=2018H2"});
    ASSERT_EQ(listed.exit_code, 0) << listed.output;
    EXPECT_EQ(std::count(listed.output.begin(), listed.output.end(), '\n'), 1) << listed.output;
    EXPECT_NE(listed.output.find("Gaslek in winkelcentrum"), std::string::npos);
    names.push_back(listed.output.substr(0, listed.output.find('\t')));
  }
  EXPECT_EQ(names[0].rfind("municipalities/GM0034/incidents/", 0), 0u) << names[0];
  EXPECT_EQ(names[1].rfind("municipalities/GM0995/incidents/", 0), 0u) << names[1];
}

TEST_F(ThemeApiTest, VeiligctlListsTheRegisters) {
  auto result = suite_->Ctl(
      {"list", "incidents", "--municipality=GM0034", "--period=2019H1", "--min-grip=1"});
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("Landelijke 112-storing"), std::string::npos);
  EXPECT_EQ(std::count(result.output.begin(), result.output.end(), '\n'), 2);

  result = suite_->Ctl(
      {"list", "measures", "--municipality=GM0034", "--date=2019-06-01", "--expiring-within=30"});
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("Alcohol- en blowverbod"), std::string::npos);

  result = suite_->Ctl({"list", "cases", "--municipality=GM0034", "--period=2019H1"});
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("Overbewoning & mensonterende toestanden\t15"), std::string::npos);

  result = suite_->Ctl({"list", "parkeerboetes", "--municipality=GM0034"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.output.find("unknown list 'parkeerboetes'"), std::string::npos);
  result = suite_->Ctl({"list", "registers", "--municipality=GM0034", "--period=2019H3"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.output.find("period:"), std::string::npos);
}

}  // namespace
}  // namespace veilig::testing
