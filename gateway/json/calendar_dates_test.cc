#include "gateway/json/calendar_dates.h"

#include <google/protobuf/util/json_util.h>
#include <gtest/gtest.h>

#include "common/domain/calendar_date.h"
#include "veilig/report/v1/report_service.pb.h"

// These tests read the typed v1 section fields, deprecated but still filled
// for v1 clients, to show that they are.
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

namespace veilig::gateway {
namespace {

report::v1::ProgressReport ReportWithDates() {
  report::v1::ProgressReport report;
  report.set_municipality("GM0034");
  auto* section = report.add_sections();
  auto* measure = section->mutable_veilige_wijken()->add_measures_in_force();
  *measure->mutable_valid_from() = DateFromIso("2019-03-12");
  *measure->mutable_decided_on() = DateFromIso("2019-03-01");
  auto* incident = report.add_sections()->mutable_crisisbeheersing()->add_incidents();
  *incident->mutable_date() = DateFromIso("2019-06-24");
  incident->set_title("year month day");
  return report;
}

TEST(CalendarDatesTest, TheHttpApiWritesDatesAsIsoText) {
  std::string json;
  ASSERT_TRUE(google::protobuf::util::MessageToJsonString(ReportWithDates(), &json).ok());
  ASSERT_NE(json.find("\"year\":2019"), std::string::npos) << json;
  auto text = DatesAsIsoText(json, report::v1::ProgressReport::descriptor());
  ASSERT_TRUE(text.ok()) << text.status();
  EXPECT_NE(text->find("\"validFrom\":\"2019-03-12\""), std::string::npos) << *text;
  EXPECT_NE(text->find("\"decidedOn\":\"2019-03-01\""), std::string::npos) << *text;
  EXPECT_NE(text->find("\"date\":\"2019-06-24\""), std::string::npos) << *text;
  EXPECT_EQ(text->find("\"year\""), std::string::npos) << *text;
  EXPECT_NE(text->find("year month day"), std::string::npos);  // text is left alone
}

TEST(CalendarDatesTest, JsonWithIsoTextDatesReadsBackIntoTheMessage) {
  std::string json;
  ASSERT_TRUE(google::protobuf::util::MessageToJsonString(ReportWithDates(), &json).ok());
  auto text = DatesAsIsoText(json, report::v1::ProgressReport::descriptor());
  ASSERT_TRUE(text.ok());
  auto objects = DatesAsObjects(*text, report::v1::ProgressReport::descriptor());
  ASSERT_TRUE(objects.ok());
  report::v1::ProgressReport read;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(*objects, &read).ok()) << *objects;
  EXPECT_EQ(IsoDate(read.sections(0).veilige_wijken().measures_in_force(0).valid_from()),
            "2019-03-12");
  EXPECT_EQ(IsoDate(read.sections(1).crisisbeheersing().incidents(0).date()), "2019-06-24");
  // Objects are left as they are.
  auto again = DatesAsObjects(json, report::v1::ProgressReport::descriptor());
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(*again, &read).ok());
}

}  // namespace
}  // namespace veilig::gateway
