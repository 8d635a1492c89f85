// Every dashboard view as CSV: exactly the rows and figures the page shows
// (rates with the page's rounding), with Dutch headers. A note on the
// figures (e.g. that they are invented) is repeated in a last column, so
// that it travels with every row a reader copies elsewhere.
#pragma once

#include <string>

#include "common/csv/csv_writer.h"
#include "gateway/dashboard/dashboard_urls.h"
#include "veilig/report/v1/dashboard.pb.h"

namespace veilig::gateway {

std::string OverviewCsv(const report::v1::DashboardOverview& overview, csv::CsvDialect dialect);
std::string MapCsv(const report::v1::AreaMap& map, const MapQuery& query, csv::CsvDialect dialect);
std::string AreaCsv(const report::v1::AreaProfile& profile, csv::CsvDialect dialect);
// Full precision: the CSV is for checking the numbers.
std::string SignalsCsv(const report::v1::SignalsOverview& overview, csv::CsvDialect dialect);
std::string PrescribedCsv(const report::v1::PrescribedIndicators& prescribed,
                          csv::CsvDialect dialect);

}  // namespace veilig::gateway
