#include "services/veilige-wijken/domain/measure_rules.h"

#include <gtest/gtest.h>

#include "common/domain/calendar_date.h"

namespace veilig::veiligewijken {
namespace {

Measure Designation() {
  Measure m;
  m.set_kind(v1::MEASURE_KIND_ALCOHOL_CANNABIS_BAN);
  *m.mutable_decided_on() = DateFromIso("2019-03-12");
  *m.mutable_valid_from() = DateFromIso("2019-03-12");
  *m.mutable_valid_until() = DateFromIso("2019-06-30");
  m.set_area("Omgeving Giethoornpad en Olstgracht");
  m.set_legal_basis("APV");
  m.set_description("Wijziging aanwijzingsbesluit alcohol- en blowverbod");
  return m;
}

TEST(MeasureRulesTest, ValidMeasurePasses) {
  EXPECT_TRUE(ValidateMeasure(Designation(), "measure").ok());
}

TEST(MeasureRulesTest, ErrorsNameTheField) {
  const std::vector<std::pair<std::function<void(Measure&)>, std::string>> cases = {
      {[](Measure& m) { m.clear_kind(); }, "measure.kind"},
      {[](Measure& m) { *m.mutable_decided_on() = DateFromIso("12-03-2019"); },
       "measure.decided_on"},
      {[](Measure& m) { m.clear_valid_from(); }, "measure.valid_from"},
      {[](Measure& m) { *m.mutable_valid_until() = DateFromIso("2019-01-01"); },
       "measure.valid_until"},
      {[](Measure& m) { m.clear_area(); }, "measure.area"},
      {[](Measure& m) { m.set_persons(0); }, "measure.persons"},
      {[](Measure& m) { m.set_kind(v1::MEASURE_KIND_AREA_BAN); }, "measure.persons"},
      {[](Measure& m) { m.clear_description(); }, "measure.description"},
  };
  for (const auto& [spoil, field] : cases) {
    Measure m = Designation();
    spoil(m);
    auto status = ValidateMeasure(m, "measure");
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << field;
    EXPECT_TRUE(std::string(status.message()).starts_with(field + ":")) << status.message();
  }
}

TEST(MeasureRulesTest, InForceFromFirstToLastDayAndOpenEnded) {
  const Measure m = Designation();
  EXPECT_FALSE(InForce(m, "2019-03-11"));
  EXPECT_TRUE(InForce(m, "2019-03-12"));
  EXPECT_TRUE(InForce(m, "2019-06-30"));
  EXPECT_FALSE(InForce(m, "2019-07-01"));
  Measure open = m;
  open.clear_valid_until();
  EXPECT_TRUE(InForce(open, "2030-01-01"));
}

TEST(MeasureRulesTest, InForceDuringAPeriodMeansOnAnyDayOfIt) {
  const Measure m = Designation();  // 12 March to 30 June 2019
  EXPECT_TRUE(InForceDuring(m, "2019-01-01", "2019-06-30"));
  EXPECT_TRUE(InForceDuring(m, "2019-06-30", "2019-12-31"));
  EXPECT_FALSE(InForceDuring(m, "2019-07-01", "2019-12-31"));
  EXPECT_FALSE(InForceDuring(m, "2018-07-01", "2019-03-11"));
  Measure open_ended = m;
  open_ended.clear_valid_until();
  EXPECT_TRUE(InForceDuring(open_ended, "2025-01-01", "2025-06-30"));
}

TEST(MeasureRulesTest, WarningsAndReportsAreOneOffActsBansAreNot) {
  for (auto kind : {v1::MEASURE_KIND_FORMAL_WARNING, v1::MEASURE_KIND_AREA_BAN_WARNING,
                    v1::MEASURE_KIND_ROSA_REPORT, v1::MEASURE_KIND_HOUSING_NUISANCE_WARNING,
                    v1::MEASURE_KIND_COLLECTIVE_BAR_BAN}) {
    EXPECT_TRUE(IsOneOffAct(kind)) << kind;
  }
  for (auto kind : {v1::MEASURE_KIND_ALCOHOL_CANNABIS_BAN, v1::MEASURE_KIND_KNIFE_BAN,
                    v1::MEASURE_KIND_AREA_BAN, v1::MEASURE_KIND_SECURITY_RISK_AREA}) {
    EXPECT_FALSE(IsOneOffAct(kind)) << kind;
  }
}

TEST(MeasureRulesTest, ExpiringWithinADayWindow) {
  const Measure m = Designation();
  EXPECT_TRUE(ExpiresWithin(m, "2019-06-01", 30));
  EXPECT_TRUE(ExpiresWithin(m, "2019-06-30", 0));
  EXPECT_FALSE(ExpiresWithin(m, "2019-05-01", 30));
  EXPECT_FALSE(ExpiresWithin(m, "2019-07-01", 30));
  Measure open = m;
  open.clear_valid_until();
  EXPECT_FALSE(ExpiresWithin(open, "2019-06-01", 3650));
}

TEST(MeasureRulesTest, KindsAsWrittenInRegisters) {
  EXPECT_EQ(ParseMeasureKind("alcohol_blowverbod"), v1::MEASURE_KIND_ALCOHOL_CANNABIS_BAN);
  EXPECT_EQ(ParseMeasureKind("messenverbod"), v1::MEASURE_KIND_KNIFE_BAN);
  EXPECT_EQ(ParseMeasureKind("rosa_melding"), v1::MEASURE_KIND_ROSA_REPORT);
  EXPECT_FALSE(ParseMeasureKind("parkeerverbod").has_value());
  EXPECT_TRUE(TargetsPersons(v1::MEASURE_KIND_COLLECTIVE_BAR_BAN));
  EXPECT_FALSE(TargetsPersons(v1::MEASURE_KIND_KNIFE_BAN));
}

TEST(MeasureRulesTest, WatchTeamsAndCertificates) {
  WatchTeam team;
  team.set_name("Buurtpreventie Hoofdstedenbuurt");
  team.set_status(v1::WATCH_TEAM_STATUS_BEING_SET_UP);
  team.set_volunteers(12);
  EXPECT_TRUE(ValidateWatchTeam(team, "watch_teams[0]").ok());
  team.set_district("Stad");
  EXPECT_TRUE(std::string(ValidateWatchTeam(team, "watch_teams[0]").message())
                  .starts_with("watch_teams[0].district:"));
  KvoCertificate certificate;
  certificate.set_park("De Vaart");
  certificate.set_level("KVO-B");
  *certificate.mutable_certified_until() = DateFromIso("2021-12-31");
  EXPECT_TRUE(ValidateCertificate(certificate, "certificates[0]").ok());
  *certificate.mutable_certified_until() = DateFromIso("eind 2021");
  EXPECT_FALSE(ValidateCertificate(certificate, "certificates[0]").ok());
}

}  // namespace
}  // namespace veilig::veiligewijken
