// A figure as the dashboard prints it, in Dutch: rates with the report's
// rounding and their unit, counts with thousands dots, changes signed.
#pragma once

#include <optional>
#include <string>

#include "veilig/common/v1/indicator.pb.h"
#include "veilig/common/v1/section.pb.h"
#include "veilig/report/v1/dashboard.pb.h"

namespace veilig::gateway {

// "4,3 per 1.000 woningen (158)" for a rate indicator, "158" for a count
// indicator; "geen cijfer" without a figure.
std::string FigureText(const common::v1::Indicator& indicator,
                       const common::v1::SeriesPoint& point);

// "+16%", "−21%"; "–" when unknown.
std::string ChangeText(std::optional<double> percent);

// "4,3" (rate) or "158" (count): the value the map classes, for a table
// cell; "–" without one.
std::string MappedValueCell(const common::v1::Indicator& indicator,
                            const common::v1::SeriesPoint& point);

// The months of a part's signals: "maart 2019", "maart en april 2019";
// empty without any.
std::string SignalMonthsText(const report::v1::AreaFigure& figure);

// What the map's table says of a part's signals: "maart 2019", "brandpunt",
// "maart 2019; brandpunt"; empty without any.
std::string SignalCellText(const report::v1::AreaFigure& figure);

// What the mapped value is: "per 1.000 woningen", or "aantal".
std::string MappedValueLabel(const common::v1::Indicator& indicator);

}  // namespace veilig::gateway
