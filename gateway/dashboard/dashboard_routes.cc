#include "gateway/dashboard/dashboard_routes.h"

#include <httplib.h>

#include <functional>
#include <optional>

#include "common/csv/csv_writer.h"
#include "common/domain/field_error.h"
#include "common/domain/strings.h"
#include "gateway/dashboard/area_page.h"
#include "gateway/dashboard/dashboard_csv.h"
#include "gateway/dashboard/map_page.h"
#include "gateway/dashboard/overview_page.h"
#include "gateway/dashboard/prescribed_page.h"
#include "gateway/dashboard/signals_page.h"
#include "gateway/dashboard/stylesheet.h"
#include "gateway/http/content_coding.h"
#include "gateway/http/http_answers.h"

namespace veilig::gateway {
namespace {

constexpr char kReadPublished[] = "veilig.report.v1.ReportService/GetProgressReport";
constexpr char kCsv[] = "text/csv; charset=utf-8";

enum class Format { kHtml, kCsv };

// formaat=csv (and scheiding=komma for RFC 4180) on a page; else HTML.
absl::StatusOr<Format> FormatOf(const httplib::Request& req, csv::CsvDialect* dialect) {
  const std::string format = req.get_param_value("formaat");
  const std::string separator = req.get_param_value("scheiding");
  if (!format.empty() && format != "csv" && format != "html") {
    return FieldError("formaat", "must be csv or html");
  }
  if (!separator.empty() && separator != "komma" && separator != "puntkomma") {
    return FieldError("scheiding", "must be komma (RFC 4180) or puntkomma (Excel, the default)");
  }
  *dialect = separator == "komma" ? csv::CsvDialect::kRfc4180 : csv::CsvDialect::kDutchExcel;
  return format == "csv" ? Format::kCsv : Format::kHtml;
}

void Csv(httplib::Response& res, const std::string& body, const std::string& file,
         csv::CsvDialect dialect) {
  res.set_header("Content-Disposition", StrCat("attachment; filename=\"", file, ".csv\""));
  res.set_content(body, dialect == csv::CsvDialect::kRfc4180
                            ? "text/csv; charset=utf-8; header=present"
                            : kCsv);
}

MapQuery MapQueryOf(const httplib::Request& req, bool api) {
  MapQuery query;
  query.indicator = req.get_param_value("indicator");
  query.period = req.get_param_value(api ? "period" : "periode");
  query.area = req.get_param_value(api ? "area" : "gebied");
  if (!api) {
    query.sort = req.get_param_value("sorteer");
    query.descending = req.get_param_value("richting") == "af";
  }
  return query;
}

// Errors name the parameter as the route spells it.
absl::Status InPageTerms(absl::Status status) {
  if (status.code() != absl::StatusCode::kInvalidArgument) return status;
  std::string message(status.message());
  for (const auto& [field, param] : std::vector<std::pair<std::string, std::string>>{
           {"period:", "periode:"}, {"area:", "gebied:"}, {"sort:", "sorteer:"}}) {
    if (message.starts_with(field)) message.replace(0, field.size(), param);
  }
  return absl::InvalidArgumentError(message);
}

// A page: admitted like a published report, then answered by `serve` with
// the CSV dialect asked for (none: HTML).
using PageServer = std::function<void(const httplib::Request&, httplib::Response&,
                                      const ReportCaller&, std::optional<csv::CsvDialect>)>;
httplib::Server::Handler Page(HttpApi& http, PageServer serve) {
  return [&http, serve = std::move(serve)](const httplib::Request& req, httplib::Response& res) {
    auto caller = http.Caller(req, kReadPublished);
    if (!caller.ok()) return Refuse(res, caller.status(), req);
    csv::CsvDialect dialect = csv::CsvDialect::kDutchExcel;
    auto format = FormatOf(req, &dialect);
    if (!format.ok()) return Fail(res, format.status(), req);
    serve(req, res, *caller, *format == Format::kCsv ? std::optional(dialect) : std::nullopt);
  };
}

// A JSON twin: admitted like a published report, then answered by `view`.
template <typename View>
httplib::Server::Handler Api(
    HttpApi& http,
    std::function<absl::StatusOr<View>(const httplib::Request&, const ReportCaller&)> view) {
  return [&http, view = std::move(view)](const httplib::Request& req, httplib::Response& res) {
    auto caller = http.Caller(req, kReadPublished);
    if (!caller.ok()) return Refuse(res, caller.status(), req);
    auto answer = view(req, *caller);
    if (!answer.ok()) return Fail(res, answer.status(), req);
    Json(res, *answer);
  };
}

}  // namespace

void AddDashboardRoutes(HttpApi& http, Dashboard& dashboard) {
  httplib::Server& s = http.server();

  s.Get("/dashboard/stijl/nlds.css", [](const httplib::Request& req, httplib::Response& res) {
    static const std::string gzipped = Gzip(Stylesheet());
    res.set_header("Cache-Control", "public, max-age=86400");
    res.set_header("Vary", "Accept-Encoding");
    if (AcceptsGzip(req.get_header_value("Accept-Encoding"))) {
      res.set_header("Content-Encoding", "gzip");
      return res.set_content(gzipped, "text/css; charset=utf-8");
    }
    res.set_content(std::string(Stylesheet()), "text/css; charset=utf-8");
  });

  s.Get(R"(/dashboard/([^/]+))",
        Page(http, [&dashboard](const httplib::Request& req, httplib::Response& res,
                                const ReportCaller& caller, std::optional<csv::CsvDialect> csv) {
          auto overview = dashboard.Overview(req.matches[1], caller);
          if (!overview.ok()) return Fail(res, overview.status(), req);
          if (csv) {
            return Csv(res, OverviewCsv(*overview, *csv),
                       StrCat("dashboard-", overview->municipality(), "-", overview->period()),
                       *csv);
          }
          res.set_content(RenderOverviewPage(*overview), kHtml);
        }));

  s.Get(R"(/dashboard/([^/]+)/kaart)",
        Page(http, [&dashboard](const httplib::Request& req, httplib::Response& res,
                                const ReportCaller& caller, std::optional<csv::CsvDialect> csv) {
          auto map = dashboard.Map(req.matches[1], MapQueryOf(req, false), caller);
          if (!map.ok()) return Fail(res, InPageTerms(map.status()), req);
          if (csv) {
            return Csv(res, MapCsv(map->map, map->query, *csv),
                       StrCat("kaart-", map->map.whole().area(), "-", map->query.indicator, "-",
                              map->query.period),
                       *csv);
          }
          res.set_content(RenderMapPage(*map), kHtml);
        }));

  s.Get(R"(/dashboard/([^/]+)/gebied/([^/]+))",
        Page(http, [&dashboard](const httplib::Request& req, httplib::Response& res,
                                const ReportCaller& caller, std::optional<csv::CsvDialect> csv) {
          auto area = dashboard.Area(req.matches[1], req.matches[2], caller);
          if (!area.ok()) return Fail(res, InPageTerms(area.status()), req);
          if (csv) {
            return Csv(res, AreaCsv(area->profile, *csv),
                       StrCat("gebied-", area->profile.area().code()), *csv);
          }
          res.set_content(RenderAreaPage(*area), kHtml);
        }));

  s.Get(R"(/dashboard/([^/]+)/bbv)",
        Page(http, [&dashboard](const httplib::Request& req, httplib::Response& res,
                                const ReportCaller& caller, std::optional<csv::CsvDialect> csv) {
          auto prescribed = dashboard.Prescribed(req.matches[1], caller);
          if (!prescribed.ok()) return Fail(res, prescribed.status(), req);
          if (csv) {
            return Csv(res, PrescribedCsv(*prescribed, *csv),
                       StrCat("beleidsindicatoren-", prescribed->municipality()), *csv);
          }
          res.set_content(RenderPrescribedPage(*prescribed), kHtml);
        }));

  s.Get(R"(/dashboard/([^/]+)/signalen)",
        Page(http, [&dashboard](const httplib::Request& req, httplib::Response& res,
                                const ReportCaller& caller, std::optional<csv::CsvDialect> csv) {
          auto signals = dashboard.Signals(req.matches[1], caller);
          if (!signals.ok()) return Fail(res, signals.status(), req);
          if (csv) {
            return Csv(res, SignalsCsv(*signals, *csv),
                       StrCat("signalen-", signals->municipality(), "-", signals->period()), *csv);
          }
          res.set_content(RenderSignalsPage(*signals), kHtml);
        }));

  s.Get(R"(/api/v1/municipalities/([^/]+)/dashboard)",
        Api<report::v1::DashboardOverview>(
            http, [&dashboard](const httplib::Request& req, const ReportCaller& caller) {
              return dashboard.Overview(req.matches[1], caller);
            }));

  s.Get(R"(/api/v1/municipalities/([^/]+)/area-figures)",
        Api<report::v1::AreaMap>(
            http,
            [&dashboard](const httplib::Request& req,
                         const ReportCaller& caller) -> absl::StatusOr<report::v1::AreaMap> {
              auto map = dashboard.Map(req.matches[1], MapQueryOf(req, true), caller);
              if (!map.ok()) return map.status();
              return std::move(map->map);
            }));

  s.Get(R"(/api/v1/municipalities/([^/]+)/signals)",
        Api<report::v1::SignalsOverview>(
            http, [&dashboard](const httplib::Request& req, const ReportCaller& caller) {
              return dashboard.Signals(req.matches[1], caller);
            }));

  s.Get(R"(/api/v1/municipalities/([^/]+)/bbv-indicators)",
        Api<report::v1::PrescribedIndicators>(
            http, [&dashboard](const httplib::Request& req, const ReportCaller& caller) {
              return dashboard.Prescribed(req.matches[1], caller);
            }));

  s.Get(R"(/api/v1/municipalities/([^/]+)/areas/([^/]+))",
        Api<report::v1::AreaProfile>(
            http,
            [&dashboard](const httplib::Request& req,
                         const ReportCaller& caller) -> absl::StatusOr<report::v1::AreaProfile> {
              auto area = dashboard.Area(req.matches[1], req.matches[2], caller);
              if (!area.ok()) return area.status();
              return std::move(area->profile);
            }));
}

}  // namespace veilig::gateway
