#include "common/import/police_open_data.h"

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "common/csv/csv_reader.h"
#include "common/domain/period.h"
#include "common/domain/strings.h"

namespace veilig::import {
namespace {

std::string Trimmed(std::string_view text) {
  const absl::string_view stripped =
      absl::StripAsciiWhitespace(absl::string_view(text.data(), text.size()));
  return std::string(stripped.data(), stripped.size());
}

}  // namespace

std::optional<std::string> CanonicalOpenDataPeriod(std::string_view key) {
  if (key.size() != 8) return std::nullopt;
  int year = 0, number = 0;
  if (!absl::SimpleAtoi(absl::string_view(key.data(), 4), &year) ||
      !absl::SimpleAtoi(absl::string_view(key.data() + 6, 2), &number)) {
    return std::nullopt;
  }
  const std::string_view kind = key.substr(4, 2);
  auto text = [](absl::StatusOr<Period> p) -> std::optional<std::string> {
    if (!p.ok()) return std::nullopt;
    return p->ToString();
  };
  if (kind == "JJ" && number == 0) return text(Period::Parse(std::to_string(year)));
  if (kind == "KW") return text(Period::Parse(StrCat(year, "Q", number)));
  if (kind == "MM") {
    return text(Period::Parse(StrCat(year, "M", number < 10 ? "0" : "", number)));
  }
  return std::nullopt;
}

absl::StatusOr<PoliceOpenDataRow> MakePoliceOpenDataRow(std::string_view crime_type,
                                                        std::string_view region,
                                                        std::string_view period_key,
                                                        std::string_view value) {
  PoliceOpenDataRow row;
  row.crime_type = Trimmed(crime_type);
  row.region = Trimmed(region);
  const auto period = CanonicalOpenDataPeriod(Trimmed(period_key));
  if (!period) {
    return absl::InvalidArgumentError(StrCat("Perioden: '", period_key, "' is not a period key"));
  }
  row.period = *period;
  const std::string count = Trimmed(value);
  if (!count.empty() && count != ".") {
    int64_t parsed = 0;
    if (!absl::SimpleAtoi(count, &parsed) || parsed < 0) {
      return absl::InvalidArgumentError(
          StrCat("GeregistreerdeMisdrijven_1: '", count, "' is not a count"));
    }
    row.count = parsed;
  }
  if (row.crime_type.empty()) return absl::InvalidArgumentError("SoortMisdrijf: empty");
  if (row.region.empty()) return absl::InvalidArgumentError("region: empty");
  return row;
}

absl::Status ReadPoliceOpenData(
    std::istream& in, char delimiter,
    const std::function<absl::Status(const PoliceOpenDataRow&)>& on_row) {
  auto table = csv::CsvTable::Open(in, {"SoortMisdrijf", "Perioden", "GeregistreerdeMisdrijven_1"},
                                   delimiter);
  if (!table.ok()) return table.status();
  const bool neighbourhoods = table->Has("WijkenEnBuurten");
  if (!neighbourhoods && !table->Has("RegioS")) {
    return absl::InvalidArgumentError("missing column(s): RegioS or WijkenEnBuurten");
  }
  while (true) {
    auto more = table->Next();
    if (!more.ok()) return more.status();
    if (!*more) return absl::OkStatus();
    auto row = MakePoliceOpenDataRow(
        table->Get("SoortMisdrijf"), table->Get(neighbourhoods ? "WijkenEnBuurten" : "RegioS"),
        table->Get("Perioden"), table->Get("GeregistreerdeMisdrijven_1"));
    if (!row.ok()) {
      return absl::InvalidArgumentError(
          StrCat("line ", table->line(), ": ", View(row.status().message())));
    }
    row->line = table->line();
    if (auto s = on_row(*row); !s.ok()) return s;
  }
}

}  // namespace veilig::import
