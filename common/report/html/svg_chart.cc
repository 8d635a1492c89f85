#include "common/report/html/svg_chart.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "common/report/dutch_number.h"
#include "common/report/dutch_period.h"
#include "common/report/html_escape.h"

namespace veilig::report {
namespace {

namespace cv1 = common::v1;

constexpr double kWidth = 640;
constexpr double kLeft = 64, kRight = 64, kTop = 16, kPlotHeight = 190;
constexpr double kPlotWidth = kWidth - kLeft - kRight;
// Below the plot: the period labels, then one legend line per series.
constexpr double kLegendTop = kTop + kPlotHeight + 34, kLegendLine = 18;
// Colours with at least 3:1 contrast against white (WCAG 1.4.11).
constexpr const char* kBarColour = "#5b7fb5";
constexpr const char* kLineColours[] = {"#0b3d6b", "#b03a2e", "#6e5a00", "#4a235a"};
constexpr const char* kDashes[] = {"", "6 3", "2 3", "8 3 2 3"};

// A round axis maximum at or above `value`: 1, 2 or 5 times a power of ten.
double NiceMax(double value) {
  if (value <= 0) return 1;
  const double magnitude = std::pow(10, std::floor(std::log10(value)));
  for (double step : {1.0, 2.0, 5.0, 10.0}) {
    if (value <= step * magnitude) return step * magnitude;
  }
  return 10 * magnitude;
}

std::string Num(double v) {
  std::ostringstream out;
  out.precision(1);
  out << std::fixed << v;
  return out.str();
}

std::string ShortPeriod(const std::string& period) {
  // "2019H1" -> "1e hj 2019": short enough for an axis, still Dutch.
  if (period.size() == 6 && period[4] == 'H') {
    return std::string(1, period[5]) + "e hj " + period.substr(0, 4);
  }
  return period;
}

}  // namespace

std::string RenderChart(const cv1::IndicatorBlock& block, const std::string& id) {
  const auto& indicator = block.indicator();
  const bool has_rates = indicator.unit() != cv1::UNIT_COUNT;
  if (block.series().empty()) return "";
  const auto& own = block.series(0);
  const int n = own.points_size();
  if (n == 0) return "";

  double max_count = 0, max_rate = 0;
  for (const auto& p : own.points()) {
    if (p.has_count()) max_count = std::max(max_count, static_cast<double>(p.count()));
  }
  for (const auto& s : block.series()) {
    for (const auto& p : s.points()) {
      if (p.has_rate()) max_rate = std::max(max_rate, p.rate());
    }
  }
  const double count_axis = NiceMax(max_count);
  const double rate_axis = NiceMax(max_rate);
  const double slot = kPlotWidth / n;
  const auto x_center = [slot](int i) { return kLeft + slot * (i + 0.5); };
  const auto y_count = [count_axis](double v) { return kTop + kPlotHeight * (1 - v / count_axis); };
  const auto y_rate = [rate_axis](double v) { return kTop + kPlotHeight * (1 - v / rate_axis); };

  const int legend_lines =
      (max_count > 0 ? 1 : 0) + (has_rates && max_rate > 0 ? block.series_size() : 0);
  const double height = kLegendTop + legend_lines * kLegendLine + 4;
  std::ostringstream svg;
  const std::string title = EscapeHtml(indicator.title());
  svg << "<svg class=\"chart\" viewBox=\"0 0 " << kWidth << " " << Num(height) << "\" width=\""
      << kWidth << "\" height=\"" << Num(height) << "\" role=\"img\" aria-labelledby=\"" << id
      << "-title " << id << "-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
      << "<title id=\"" << id << "-title\">" << title << "</title><desc id=\"" << id << "-desc\">";
  // The text alternative states every plotted value.
  for (const auto& s : block.series()) {
    svg << EscapeHtml(s.area_name()) << ":";
    for (const auto& p : s.points()) {
      svg << " " << EscapeHtml(report::DutchPeriod(p.period())) << " ";
      if (p.has_count()) svg << report::FormatCount(p.count());
      if (p.has_count() && p.has_rate()) svg << " (";
      if (p.has_rate()) svg << report::FormatRate(p.rate()) << " per 1.000";
      if (p.has_count() && p.has_rate()) svg << ")";
      if (!p.has_count() && !p.has_rate()) svg << "geen gegevens";
      svg << ";";
    }
    svg << " ";
  }
  svg << "</desc>";

  // Grid and axes.
  svg << "<g class=\"axes\" font-size=\"11\" fill=\"#222\">";
  for (int t = 0; t <= 4; ++t) {
    const double y = kTop + kPlotHeight * t / 4.0;
    svg << "<line x1=\"" << kLeft << "\" x2=\"" << kWidth - kRight << "\" y1=\"" << Num(y)
        << "\" y2=\"" << Num(y) << "\" stroke=\"#ddd\"/>";
    if (max_count > 0) {
      svg << "<text x=\"" << kLeft - 6 << "\" y=\"" << Num(y + 4) << "\" text-anchor=\"end\">"
          << report::FormatCount(static_cast<int64_t>(std::llround(count_axis * (4 - t) / 4.0)))
          << "</text>";
    }
    if (has_rates && max_rate > 0) {
      svg << "<text x=\"" << kWidth - kRight + 6 << "\" y=\"" << Num(y + 4) << "\">"
          << report::FormatRate(rate_axis * (4 - t) / 4.0) << "</text>";
    }
  }
  svg << "<line x1=\"" << kLeft << "\" x2=\"" << kWidth - kRight << "\" y1=\"" << kTop + kPlotHeight
      << "\" y2=\"" << kTop + kPlotHeight << "\" stroke=\"#222\"/>";
  for (int i = 0; i < n; ++i) {
    svg << "<text x=\"" << Num(x_center(i)) << "\" y=\"" << kTop + kPlotHeight + 16
        << "\" text-anchor=\"middle\">" << EscapeHtml(ShortPeriod(own.points(i).period()))
        << "</text>";
  }
  if (max_count > 0) {
    svg << "<text x=\"12\" y=\"" << Num(kTop + kPlotHeight / 2) << "\" transform=\"rotate(-90 12 "
        << Num(kTop + kPlotHeight / 2) << ")\" text-anchor=\"middle\">aantal</text>";
  }
  if (has_rates && max_rate > 0) {
    svg << "<text x=\"" << kWidth - 10 << "\" y=\"" << Num(kTop + kPlotHeight / 2)
        << "\" transform=\"rotate(90 " << kWidth - 10 << " " << Num(kTop + kPlotHeight / 2)
        << ")\" text-anchor=\"middle\">per 1.000</text>";
  }
  svg << "</g>";

  // Bars: the municipality's counts.
  svg << "<g class=\"bars\">";
  for (int i = 0; i < n; ++i) {
    const auto& p = own.points(i);
    if (!p.has_count()) continue;
    const double y = y_count(static_cast<double>(p.count()));
    svg << "<rect x=\"" << Num(x_center(i) - slot * 0.3) << "\" y=\"" << Num(y) << "\" width=\""
        << Num(slot * 0.6) << "\" height=\"" << Num(kTop + kPlotHeight - y) << "\" fill=\""
        << kBarColour << "\"><title>" << EscapeHtml(own.area_name()) << ", "
        << EscapeHtml(report::DutchPeriod(p.period())) << ": " << report::FormatCount(p.count())
        << "</title></rect>";
  }
  svg << "</g>";

  // Lines: rates of every area.
  std::vector<std::string> legend;
  if (max_count > 0) {
    legend.push_back("<rect width=\"14\" height=\"10\" fill=\"" + std::string(kBarColour) +
                     "\"/><text x=\"20\" y=\"10\">" + EscapeHtml(own.area_name()) +
                     " (aantal)</text>");
  }
  if (has_rates && max_rate > 0) {
    for (int s = 0; s < block.series_size(); ++s) {
      const auto& series = block.series(s);
      const char* colour = kLineColours[s % 4];
      const char* dash = kDashes[s % 4];
      std::string points;
      svg << "<g class=\"line\">";
      for (int i = 0; i < series.points_size(); ++i) {
        const auto& p = series.points(i);
        if (!p.has_rate()) continue;
        const std::string xy = Num(x_center(i)) + "," + Num(y_rate(p.rate()));
        points += (points.empty() ? "" : " ") + xy;
        svg << "<circle cx=\"" << Num(x_center(i)) << "\" cy=\"" << Num(y_rate(p.rate()))
            << "\" r=\"3.5\" fill=\"" << colour << "\"><title>" << EscapeHtml(series.area_name())
            << ", " << EscapeHtml(report::DutchPeriod(p.period())) << ": "
            << report::FormatRate(p.rate()) << " per 1.000</title></circle>";
      }
      if (!points.empty()) {
        svg << "<polyline points=\"" << points << "\" fill=\"none\" stroke=\"" << colour
            << "\" stroke-width=\"2.5\""
            << (*dash ? std::string(" stroke-dasharray=\"") + dash + "\"" : "") << "/>";
      }
      svg << "</g>";
      legend.push_back("<line x1=\"0\" x2=\"14\" y1=\"5\" y2=\"5\" stroke=\"" +
                       std::string(colour) + "\" stroke-width=\"2.5\"" +
                       (*dash ? std::string(" stroke-dasharray=\"") + dash + "\"" : "") +
                       "/><text x=\"20\" y=\"10\">" + EscapeHtml(series.area_name()) +
                       " (per 1.000)</text>");
    }
  }
  svg << "<g class=\"legend\" font-size=\"11\" fill=\"#222\">";
  for (size_t i = 0; i < legend.size(); ++i) {
    const double x = kLeft;
    const double y = kLegendTop + i * kLegendLine;
    svg << "<g transform=\"translate(" << Num(x) << " " << Num(y) << ")\">" << legend[i] << "</g>";
  }
  svg << "</g></svg>";
  return svg.str();
}

}  // namespace veilig::report
