#include "common/report/html/svg_chart.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <sstream>
#include <string_view>
#include <vector>

#include "common/report/chart_ticks.h"
#include "common/report/dutch_number.h"
#include "common/report/dutch_period.h"
#include "common/report/dutch_text.h"
#include "common/report/html_escape.h"

namespace veilig::report {
namespace {

namespace cv1 = common::v1;

enum class Marker { kCircle, kSquare, kTriangle, kDiamond };

// Colour is never the only carrier: each series has its own dash pattern and
// marker too, so it survives grey-scale printing and colour blindness. Every
// colour has at least 4.5:1 against white because it also colours the
// series' direct label (text), and the hues (blue, orange, green, purple) stay
// apart for the common colour-vision deficiencies.
struct SeriesStyle {
  const char* colour;
  const char* dash;  // stroke-dasharray; empty for a solid line
  Marker marker;
};
// In block order, so the municipality (first) always looks the same.
constexpr SeriesStyle kStyles[] = {
    {"#0b3d6b", "", Marker::kCircle},
    {"#b35000", "9 5", Marker::kSquare},
    {"#007a5e", "1 6", Marker::kTriangle},  // with round caps, 1-unit dashes are dots
    {"#7b2d8b", "12 4 1 4", Marker::kDiamond},
};
// A block holds the municipality and its few comparison groups; a fifth
// series would repeat the first style.
constexpr size_t kStyleCount = sizeof(kStyles) / sizeof(kStyles[0]);
constexpr char kBarColour[] = "#1f5f99";
constexpr char kTextColour[] = "#1a1a1a";  // 17:1 on white
constexpr char kGridColour[] = "#d9d9d9";
constexpr char kAxisColour[] = "#595959";

// The page (body at most 60rem with 1.5rem padding) shows the wide variant
// from 40em = 640 px up, where the chart is at least 592 px wide: 16 units ×
// 592 / 720 = 13.2 px, and 21 px at 1280 px. The narrow one at a 390 px phone
// is 342 px wide: 15 units × 342 / 360 = 14.3 px. Body text is 16 px, so chart
// text stays at or above 80% of it at every width the variant is shown.
struct Variant {
  const char* name;  // class and id suffix
  double width;
  double font;
  double plot_height;
  // At the end of each line, the area's name; only where there is room.
  bool direct_labels;
  // "1e hj" rather than "1e helft" under the axis.
  bool short_periods;
};
constexpr Variant kWide{"wide", 720, 16, 200, true, false};
constexpr Variant kNarrow{"narrow", 360, 15, 170, false, true};

// Characters per direct label line in the wide variant.
constexpr size_t kDirectLabelChars = 18;
// From the plot's right edge to a direct label: room for a leader line where a
// label had to move away from its line's end.
constexpr double kLabelGap = 20;

// One decimal, as "%.1f" writes it; std::to_chars, because a stream per
// number made this the chart's hottest function.
std::string Num(double v) {
  char buffer[64];
  const auto end = std::to_chars(buffer, buffer + sizeof(buffer), v, std::chars_format::fixed, 1);
  return std::string(buffer, end.ptr);
}

// No font metrics on the server: an estimate as wide as DejaVu Sans (where
// Arial and Segoe UI are missing) sets mixed text, so that labels rather leave
// room than collide or get clipped.
constexpr double kCharWidth = 0.6;  // em
double TextWidth(std::string_view text, double font) {
  return static_cast<double>(Utf8Length(text)) * kCharWidth * font;
}

// Lines of at most `max_chars` characters, broken at spaces; a word that is
// longer, or text beyond `max_lines`, is cut with an ellipsis.
std::vector<std::string> Wrap(std::string_view text, size_t max_chars, size_t max_lines) {
  std::vector<std::string> lines;
  std::string line;
  size_t start = 0;
  bool cut = false;
  while (start <= text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    std::string word(text.substr(start, end - start));
    start = end + 1;
    if (word.empty()) continue;
    if (!line.empty() && Utf8Length(line) + 1 + Utf8Length(word) <= max_chars) {
      line += " " + word;
      continue;
    }
    if (!line.empty()) {
      if (lines.size() + 1 == max_lines) {
        cut = true;
        break;
      }
      lines.push_back(line);
    }
    line = word;
  }
  if (!line.empty()) lines.push_back(cut ? line + "\u2026" : line);
  if (lines.empty()) lines.push_back("");
  for (auto& l : lines) {
    if (Utf8Length(l) > max_chars) l = Utf8Prefix(l, max_chars - 1) + "\u2026";
  }
  return lines;
}

// A direct label: the area's name without a trailing "(gemiddelde)"-like
// remark (the legend keeps the full name), on at most two lines.
std::vector<std::string> ShortName(const std::string& name) {
  std::string_view text = name;
  if (text.ends_with(')')) {
    const size_t open = text.rfind(" (");
    if (open != std::string_view::npos && open > 0) text = text.substr(0, open);
  }
  return Wrap(text, kDirectLabelChars, 2);
}

// A period under the axis, on two lines (the second is empty where the year
// need not be repeated): "2019H1" -> {"1e helft", "2019"} wide, {"1e hj",
// "2019"} narrow.
std::pair<std::string, std::string> PeriodLabel(const std::string& period, bool narrow) {
  static constexpr const char* kMonths[] = {"jan", "feb", "mrt", "apr", "mei", "jun",
                                            "jul", "aug", "sep", "okt", "nov", "dec"};
  if (period.size() < 4) return {period, ""};
  const std::string year = period.substr(0, 4);
  if (period.size() == 6 && period[4] == 'H') {
    return {std::string(1, period[5]) + (narrow ? "e hj" : "e helft"), year};
  }
  if (period.size() == 6 && period[4] == 'Q') {
    return {std::string(1, period[5]) + (narrow ? "e kw" : "e kwartaal"), year};
  }
  if (period.size() == 7 && period[4] == 'M') {
    const int month = std::atoi(period.c_str() + 5);
    if (month >= 1 && month <= 12) return {kMonths[month - 1], year};
  }
  return {period, ""};
}

std::string UnitText(cv1::Unit unit) {
  switch (unit) {
    case cv1::UNIT_PER_1000_INHABITANTS:
      return "per 1.000 inwoners";
    case cv1::UNIT_PER_1000_DWELLINGS:
      return "per 1.000 woningen";
    case cv1::UNIT_PER_1000_RESIDENTS_12_24:
      return "per 1.000 jongeren van 12 t/m 24 jaar";
    case cv1::UNIT_PER_1000_RESIDENTS_12_17:
      return "per 1.000 jongeren van 12 t/m 17 jaar";
    default:
      return "per 1.000";
  }
}

struct PlotSeries {
  std::string name;
  const SeriesStyle* style;
  std::vector<std::optional<double>> values;  // one per period; unset is a gap, never zero
  std::vector<bool> complete;
};

// What one chart shows, worked out once for both variants.
struct Plot {
  std::string title;
  bool bars = false;  // counts as bars, else rates as lines
  std::string axis_title;
  std::string unit_suffix;  // after a value in the text: " per 1.000 woningen"
  std::vector<std::string> periods;
  std::vector<PlotSeries> series;
  AxisTicks axis;

  std::string Value(double v) const {
    return bars ? FormatCount(static_cast<int64_t>(std::llround(v))) : FormatRate(v) + unit_suffix;
  }
};

// The series' values by the first series' periods (so that a series with its
// points in another order or with fewer points still lines up).
PlotSeries Collect(const cv1::AreaSeries& area, const std::vector<std::string>& periods, bool rates,
                   const SeriesStyle& style) {
  std::map<std::string, const cv1::SeriesPoint*> by_period;
  for (const auto& p : area.points()) by_period[p.period()] = &p;
  PlotSeries series{area.area_name(), &style, {}, {}};
  for (const auto& period : periods) {
    const auto it = by_period.find(period);
    const cv1::SeriesPoint* p = it == by_period.end() ? nullptr : it->second;
    std::optional<double> value;
    if (p != nullptr && rates && p->has_rate() && std::isfinite(p->rate())) value = p->rate();
    if (p != nullptr && !rates && p->has_count()) value = static_cast<double>(p->count());
    series.values.push_back(value);
    series.complete.push_back(p == nullptr || p->complete());
  }
  return series;
}

bool HasValues(const PlotSeries& series) {
  return std::any_of(series.values.begin(), series.values.end(),
                     [](const auto& v) { return v.has_value(); });
}

std::optional<Plot> MakePlot(const cv1::IndicatorBlock& block) {
  if (block.series().empty()) return std::nullopt;
  Plot plot;
  plot.title = block.indicator().title();
  for (const auto& p : block.series(0).points()) plot.periods.push_back(p.period());
  if (plot.periods.empty()) return std::nullopt;
  // Counts and rates never share a plot: two unrelated axes invite comparing
  // a bar with a line. A rate indicator shows every area's rate (its counts
  // are in the table); a count indicator, or one without any rate, shows the
  // municipality's counts, the only area whose counts are its own.
  if (block.indicator().unit() != cv1::UNIT_COUNT) {
    for (int i = 0; i < block.series_size(); ++i) {
      PlotSeries series = Collect(block.series(i), plot.periods, true, kStyles[i % kStyleCount]);
      if (HasValues(series)) plot.series.push_back(std::move(series));
    }
    plot.axis_title = UnitText(block.indicator().unit());
    plot.unit_suffix = " " + plot.axis_title;
  }
  if (plot.series.empty()) {
    PlotSeries counts = Collect(block.series(0), plot.periods, false, kStyles[0]);
    if (!HasValues(counts)) return std::nullopt;
    plot.series.push_back(std::move(counts));
    plot.bars = true;
    plot.axis_title = "aantal";
    plot.unit_suffix.clear();
  }
  double lo = 0, hi = 0;
  for (const auto& series : plot.series) {
    for (const auto& v : series.values) {
      if (!v) continue;
      lo = std::min(lo, *v);
      hi = std::max(hi, *v);
    }
  }
  plot.axis = NiceTicks(lo, hi, {.max_ticks = 6, .whole_numbers = plot.bars});
  return plot;
}

// The text alternative: what is plotted and every value, in Dutch.
std::string Description(const Plot& plot) {
  std::string text = plot.bars ? "Staafdiagram, aantal" : "Lijndiagram, " + plot.axis_title;
  text += ", " + DutchPeriod(plot.periods.front());
  if (plot.periods.size() > 1) text += " tot en met " + DutchPeriod(plot.periods.back());
  text += ".";
  for (const auto& series : plot.series) {
    text += " " + series.name + ":";
    for (size_t i = 0; i < plot.periods.size(); ++i) {
      text += (i == 0 ? " " : "; ") + DutchPeriod(plot.periods[i]) + " ";
      text += series.values[i] ? plot.Value(*series.values[i]) : "geen gegevens";
      if (series.values[i] && !series.complete[i]) text += " (onvolledig)";
    }
    text += ".";
  }
  return EscapeHtml(text);
}

// A marker centred on (x, y); `inner` (a <title>) goes inside it.
std::string MarkerShape(const SeriesStyle& style, double x, double y, double r,
                        const std::string& inner = "") {
  std::string tag, geometry;
  switch (style.marker) {
    case Marker::kCircle:
      tag = "circle";
      geometry = "cx=\"" + Num(x) + "\" cy=\"" + Num(y) + "\" r=\"" + Num(r) + "\"";
      break;
    case Marker::kSquare: {
      const double h = r * 0.9;  // about the circle's visual weight
      tag = "rect";
      geometry = "x=\"" + Num(x - h) + "\" y=\"" + Num(y - h) + "\" width=\"" + Num(2 * h) +
                 "\" height=\"" + Num(2 * h) + "\"";
      break;
    }
    case Marker::kTriangle: {
      const double h = r * 1.25;
      tag = "polygon";
      geometry = "points=\"" + Num(x) + "," + Num(y - h) + " " + Num(x + h) + "," +
                 Num(y + h * 0.8) + " " + Num(x - h) + "," + Num(y + h * 0.8) + "\"";
      break;
    }
    case Marker::kDiamond: {
      const double h = r * 1.3;
      tag = "polygon";
      geometry = "points=\"" + Num(x) + "," + Num(y - h) + " " + Num(x + h) + "," + Num(y) + " " +
                 Num(x) + "," + Num(y + h) + " " + Num(x - h) + "," + Num(y) + "\"";
      break;
    }
  }
  // A white rim keeps markers of different series apart where they overlap.
  std::string out = "<" + tag + " class=\"marker\" " + geometry + " fill=\"" + style.colour +
                    "\" stroke=\"#fff\" stroke-width=\"1.5\"";
  return out + (inner.empty() ? "/>" : ">" + inner + "</" + tag + ">");
}

std::string LineAttributes(const SeriesStyle& style, double stroke_width) {
  std::string out = std::string(" fill=\"none\" stroke=\"") + style.colour + "\" stroke-width=\"" +
                    Num(stroke_width) + "\" stroke-linecap=\"round\" stroke-linejoin=\"round\"";
  if (*style.dash) out += std::string(" stroke-dasharray=\"") + style.dash + "\"";
  return out;
}

struct LegendEntry {
  const PlotSeries* series;
  std::vector<std::string> lines;
  double width;
};

// What both variants of a chart say alike, worked out once: the description
// and each point's tooltip (a page of twenty charts spent most of its time on
// them).
struct PlotTexts {
  std::string description;
  // [series][period]: "<title>...</title>".
  std::vector<std::vector<std::string>> point_titles;
};

PlotTexts TextsOf(const Plot& plot) {
  PlotTexts texts{Description(plot), {}};
  std::vector<std::string> periods;
  periods.reserve(plot.periods.size());
  for (const auto& period : plot.periods) periods.push_back(DutchPeriod(period));
  for (const auto& series : plot.series) {
    auto& titles = texts.point_titles.emplace_back();
    titles.reserve(periods.size());
    for (size_t i = 0; i < periods.size(); ++i) {
      std::string text = series.name + ", " + periods[i] + ": " +
                         (series.values[i] ? plot.Value(*series.values[i]) : "geen gegevens");
      if (series.values[i] && !series.complete[i]) text += " (onvolledig)";
      titles.push_back("<title>" + EscapeHtml(text) + "</title>");
    }
  }
  return texts;
}

std::string RenderVariant(const Plot& plot, const PlotTexts& texts, const Variant& v,
                          const std::string& id) {
  const double f = v.font;
  const double line_height = 1.2 * f;
  const size_t n = plot.periods.size();

  // Horizontal layout: tick labels left of the plot, direct labels right.
  double tick_label_width = 0;
  for (const auto& t : plot.axis.ticks) {
    tick_label_width = std::max(tick_label_width, TextWidth(t.label, f));
  }
  const double left = 8 + tick_label_width + 8;
  const bool direct_labels = v.direct_labels && !plot.bars;
  std::vector<std::vector<std::string>> short_names;
  double right = 14;
  if (direct_labels) {
    double widest = 0;
    for (const auto& series : plot.series) {
      short_names.push_back(ShortName(series.name));
      for (const auto& l : short_names.back()) widest = std::max(widest, TextWidth(l, f));
    }
    right = widest + kLabelGap + 8;
  }
  const double plot_right = v.width - right;
  const double plot_width = plot_right - left;
  const double plot_top = 2 * f + 8;  // the axis title sits above the plot
  const double plot_bottom = plot_top + v.plot_height;

  std::vector<std::pair<std::string, std::string>> period_labels;
  double period_label_width = 0;
  for (const auto& p : plot.periods) {
    period_labels.push_back(PeriodLabel(p, v.short_periods));
    period_label_width = std::max({period_label_width, TextWidth(period_labels.back().first, f),
                                   TextWidth(period_labels.back().second, f)});
  }
  // Bars take a slot each; line points start and end a little inside the
  // plot, far enough for the outer period labels not to stick out.
  const double slot = plot_width / static_cast<double>(n);
  const double inset =
      std::max({f, period_label_width / 2 - left + 6, period_label_width / 2 - right + 6});
  const double spacing =
      plot.bars ? slot : (n > 1 ? (plot_width - 2 * inset) / static_cast<double>(n - 1) : 0);
  const auto x_at = [&](size_t i) {
    if (plot.bars) return left + slot * (static_cast<double>(i) + 0.5);
    return n > 1 ? left + inset + spacing * static_cast<double>(i) : left + plot_width / 2;
  };
  const double axis_min = plot.axis.Min(), axis_max = plot.axis.Max();
  const auto y_at = [&](double value) {
    return plot_bottom - (value - axis_min) / (axis_max - axis_min) * v.plot_height;
  };

  // Legend under the plot, entries flowing left to right.
  const double period_bottom = plot_bottom + 6 + f + line_height;
  const double swatch = 40;
  const double legend_left = 8, legend_right = v.width - 8;
  std::vector<LegendEntry> legend;
  for (const auto& series : plot.series) {
    const auto max_chars = static_cast<size_t>(
        std::max(8.0, (legend_right - legend_left - swatch - 8) / (kCharWidth * f)));
    std::string name = series.name + (plot.bars ? " (aantal)" : "");
    auto lines = Wrap(name, max_chars, 3);
    double width = 0;
    for (const auto& l : lines) width = std::max(width, TextWidth(l, f));
    legend.push_back({&series, std::move(lines), swatch + 8 + width});
  }
  std::vector<std::pair<double, double>> legend_at;  // top-left of each entry
  double x = legend_left, y = period_bottom + 12, row_height = 0;
  for (const auto& entry : legend) {
    if (x > legend_left && x + entry.width > legend_right) {
      x = legend_left;
      y += row_height + 6;
      row_height = 0;
    }
    legend_at.push_back({x, y});
    x += entry.width + 24;
    row_height = std::max(row_height, static_cast<double>(entry.lines.size()) * line_height);
  }
  const double height = std::ceil(y + row_height + 8);

  const std::string title_id = EscapeHtml(id) + "-" + v.name + "-title";
  const std::string desc_id = EscapeHtml(id) + "-" + v.name + "-desc";
  std::ostringstream svg;
  svg << "<svg class=\"chart chart-" << v.name << "\" viewBox=\"0 0 " << Num(v.width) << " "
      << Num(height) << "\" style=\"width:100%;height:auto\" font-size=\"" << Num(f)
      << "\" role=\"img\" aria-labelledby=\"" << title_id << " " << desc_id
      << "\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"" << title_id << "\">"
      << EscapeHtml(plot.title) << "</title><desc id=\"" << desc_id << "\">" << texts.description
      << "</desc>";

  // Axis: title above, gridlines at the ticks, zero darker.
  svg << "<g class=\"axis\" fill=\"" << kTextColour << "\">";
  svg << "<text class=\"axis-title\" x=\"8\" y=\"" << Num(f + 2) << "\">"
      << EscapeHtml(plot.axis_title) << "</text>";
  for (const auto& t : plot.axis.ticks) {
    const double ty = y_at(t.value);
    svg << "<line x1=\"" << Num(left) << "\" x2=\"" << Num(plot_right) << "\" y1=\"" << Num(ty)
        << "\" y2=\"" << Num(ty) << "\" stroke=\"" << (t.value == 0 ? kAxisColour : kGridColour)
        << "\"/><text x=\"" << Num(left - 8) << "\" y=\"" << Num(ty + 0.35 * f)
        << "\" text-anchor=\"end\">" << t.label << "</text>";
  }
  // As many period labels as fit, always the last (the report period).
  const size_t every = std::max<size_t>(
      1, static_cast<size_t>(std::ceil((period_label_width + 0.6 * f) / std::max(spacing, 1.0))));
  std::string shown_year;
  for (size_t i = 0; i < n; ++i) {
    if ((n - 1 - i) % every != 0) continue;
    const auto& [first, year] = period_labels[i];
    svg << "<text x=\"" << Num(x_at(i)) << "\" y=\"" << Num(plot_bottom + 6 + f)
        << "\" text-anchor=\"middle\">" << EscapeHtml(first);
    if (!year.empty() && year != shown_year) {
      svg << "<tspan x=\"" << Num(x_at(i)) << "\" dy=\"" << Num(line_height) << "\">"
          << EscapeHtml(year) << "</tspan>";
    }
    shown_year = year;
    svg << "</text>";
  }
  svg << "</g>";

  const auto point_title = [&](const PlotSeries& series, size_t i) -> const std::string& {
    return texts.point_titles[static_cast<size_t>(&series - plot.series.data())][i];
  };

  if (plot.bars) {
    const PlotSeries& series = plot.series.front();
    const double bar = std::min(slot * 0.6, 4 * f);
    svg << "<g class=\"bars\">";
    for (size_t i = 0; i < n; ++i) {
      if (!series.values[i]) continue;
      const double top = y_at(std::max(*series.values[i], 0.0));
      const double bottom = y_at(std::min(*series.values[i], 0.0));
      svg << "<rect x=\"" << Num(x_at(i) - bar / 2) << "\" y=\"" << Num(top) << "\" width=\""
          << Num(bar) << "\" height=\"" << Num(bottom - top) << "\" fill=\"" << kBarColour << "\">"
          << point_title(series, i) << "</rect>";
    }
    svg << "</g>";
    // The value above each bar where it fits; a missing figure is marked, so
    // that it does not read as zero.
    svg << "<g class=\"values\" fill=\"" << kTextColour << "\" text-anchor=\"middle\">";
    for (size_t i = 0; i < n; ++i) {
      const std::string text = series.values[i] ? plot.Value(*series.values[i]) : "n.b.";
      if (TextWidth(text, f) > slot - 4) continue;
      const double top = series.values[i] ? y_at(std::max(*series.values[i], 0.0)) : y_at(0);
      svg << "<text x=\"" << Num(x_at(i)) << "\" y=\"" << Num(top - 5) << "\">" << EscapeHtml(text)
          << (series.values[i] ? "" : point_title(series, i)) << "</text>";
    }
    svg << "</g>";
  } else {
    const double stroke = 2.5;
    const double r = 0.34 * f;
    for (const auto& series : plot.series) {
      svg << "<g class=\"series\">";
      // Consecutive points only: a missing figure leaves a gap.
      std::string run;
      size_t run_points = 0;
      const auto flush = [&] {
        if (run_points > 1) {
          svg << "<polyline points=\"" << run << "\"" << LineAttributes(*series.style, stroke)
              << "/>";
        }
        run.clear();
        run_points = 0;
      };
      for (size_t i = 0; i < n; ++i) {
        if (!series.values[i]) {
          flush();
          continue;
        }
        run += (run.empty() ? "" : " ") + Num(x_at(i)) + "," + Num(y_at(*series.values[i]));
        ++run_points;
      }
      flush();
      for (size_t i = 0; i < n; ++i) {
        if (!series.values[i]) continue;
        svg << MarkerShape(*series.style, x_at(i), y_at(*series.values[i]), r,
                           point_title(series, i));
      }
      svg << "</g>";
    }
  }

  if (direct_labels) {
    // At the height of each line's last value, pushed apart where they would
    // overlap, then kept inside the chart.
    struct Label {
      size_t series;
      double wanted;  // the centre at the line's last value
      double top;
      double height;
    };
    std::vector<Label> labels;
    for (size_t s = 0; s < plot.series.size(); ++s) {
      const auto& values = plot.series[s].values;
      const auto last = std::find_if(values.rbegin(), values.rend(),
                                     [](const auto& value) { return value.has_value(); });
      const double h = static_cast<double>(short_names[s].size()) * line_height;
      labels.push_back({s, y_at(**last), y_at(**last) - h / 2, h});
    }
    std::sort(labels.begin(), labels.end(),
              [](const Label& a, const Label& b) { return a.top < b.top; });
    for (size_t i = 1; i < labels.size(); ++i) {
      labels[i].top = std::max(labels[i].top, labels[i - 1].top + labels[i - 1].height + 2);
    }
    double limit = plot_bottom + f;
    for (size_t i = labels.size(); i-- > 0;) {
      labels[i].top = std::min(labels[i].top, limit - labels[i].height);
      limit = labels[i].top - 2;
    }
    svg << "<g class=\"labels\">";
    for (const auto& label : labels) {
      const auto& lines = short_names[label.series];
      const char* colour = plot.series[label.series].style->colour;
      const double top = std::max(label.top, 0.0);
      const double centre = top + label.height / 2;
      if (std::fabs(centre - label.wanted) > 2) {
        svg << "<line x1=\"" << Num(plot_right + 2) << "\" x2=\"" << Num(plot_right + kLabelGap - 4)
            << "\" y1=\"" << Num(label.wanted) << "\" y2=\"" << Num(centre) << "\" stroke=\""
            << colour << "\"/>";
      }
      const double lx = plot_right + kLabelGap;
      svg << "<text x=\"" << Num(lx) << "\" y=\"" << Num(top + 0.85 * f) << "\" fill=\"" << colour
          << "\">" << EscapeHtml(lines.front());
      for (size_t l = 1; l < lines.size(); ++l) {
        svg << "<tspan x=\"" << Num(lx) << "\" dy=\"" << Num(line_height) << "\">"
            << EscapeHtml(lines[l]) << "</tspan>";
      }
      svg << "</text>";
    }
    svg << "</g>";
  }

  svg << "<g class=\"legend\" fill=\"" << kTextColour << "\">";
  for (size_t e = 0; e < legend.size(); ++e) {
    const auto& entry = legend[e];
    const auto [ex, ey] = legend_at[e];
    const double mid = ey + line_height / 2;
    svg << "<g>";
    if (plot.bars) {
      svg << "<rect x=\"" << Num(ex + 12) << "\" y=\"" << Num(mid - 8) << "\" width=\"16\""
          << " height=\"16\" fill=\"" << kBarColour << "\"/>";
    } else {
      const auto& style = *entry.series->style;
      svg << "<line x1=\"" << Num(ex) << "\" x2=\"" << Num(ex + swatch) << "\" y1=\"" << Num(mid)
          << "\" y2=\"" << Num(mid) << "\"" << LineAttributes(style, 2.5) << "/>"
          << MarkerShape(style, ex + swatch / 2, mid, 0.34 * f);
    }
    svg << "<text x=\"" << Num(ex + swatch + 8) << "\" y=\"" << Num(mid + 0.35 * f) << "\">"
        << EscapeHtml(entry.lines.front());
    for (size_t l = 1; l < entry.lines.size(); ++l) {
      svg << "<tspan x=\"" << Num(ex + swatch + 8) << "\" dy=\"" << Num(line_height) << "\">"
          << EscapeHtml(entry.lines[l]) << "</tspan>";
    }
    svg << "</text></g>";
  }
  svg << "</g></svg>";
  return svg.str();
}

}  // namespace

std::string RenderChart(const cv1::IndicatorBlock& block, const std::string& id) {
  const auto plot = MakePlot(block);
  if (!plot) return "<p class=\"chart-empty\">Geen cijfers om in een grafiek te tonen.</p>";
  const PlotTexts texts = TextsOf(*plot);
  return RenderVariant(*plot, texts, kWide, id) + RenderVariant(*plot, texts, kNarrow, id);
}

}  // namespace veilig::report
