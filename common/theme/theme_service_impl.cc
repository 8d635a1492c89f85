#include "common/theme/theme_service_impl.h"

#include "absl/strings/numbers.h"
#include "common/domain/codes.h"
#include "common/domain/period.h"
#include "common/domain/strings.h"
#include "common/server/grpc_status.h"
#include "common/theme/figures.h"
#include "common/theme/section_builder.h"
#include "common/theme/validation.h"

namespace veilig::theme {
namespace {

using server::ToGrpcStatus;

constexpr int kDefaultPageSize = 100;
constexpr int kMaxPageSize = 1000;
// Twenty years of months: more is a mistake, not a question.
constexpr int kMaxSeriesPeriods = 240;

absl::Status Invalid(std::string_view field, std::string_view problem) {
  return absl::InvalidArgumentError(StrCat(field, ": ", problem));
}

absl::StatusOr<Period> ParseHalfYear(std::string_view field, const std::string& text) {
  if (text.empty()) return Invalid(field, "is required, e.g. 2019H1");
  auto period = Period::Parse(text);
  if (!period.ok()) return Invalid(field, View(period.status().message()));
  if (period->grain() != Grain::kHalfYear) {
    return Invalid(field, StrCat("'", text, "' is not a half year, e.g. 2019H1"));
  }
  return period;
}

absl::Status CheckMunicipality(const std::string& code) {
  if (code.empty()) return Invalid("municipality", "is required, e.g. GM0034");
  if (!IsMunicipalityCode(code)) {
    return Invalid("municipality", StrCat("'", code, "' is not a CBS municipality code"));
  }
  return absl::OkStatus();
}

}  // namespace

grpc::Status ThemeServiceImpl::UpsertThemeData(grpc::ServerContext* context,
                                               const v1::UpsertThemeDataRequest* request,
                                               v1::UpsertThemeDataResponse* response) {
  if (auto s = server::CheckDeadline(*context); !s.ok()) return ToGrpcStatus(s);
  if (auto s = ValidateUpsert(*request, ownership_.themes); !s.ok()) return ToGrpcStatus(s);
  auto result = store_.Upsert(*request, [request](const auto& indicators, const auto& areas) {
    return ValidateReferences(*request, indicators, areas);
  });
  if (!result.ok()) return ToGrpcStatus(result.status());
  *response = std::move(*result);
  return grpc::Status::OK;
}

grpc::Status ThemeServiceImpl::ListIndicators(grpc::ServerContext* context,
                                              const v1::ListIndicatorsRequest* request,
                                              v1::ListIndicatorsResponse* response) {
  if (auto s = server::CheckDeadline(*context); !s.ok()) return ToGrpcStatus(s);
  if (request->page_size() < 0) {
    return ToGrpcStatus(Invalid("page_size", "must not be negative"));
  }
  const int page_size =
      request->page_size() == 0 ? kDefaultPageSize : std::min(request->page_size(), kMaxPageSize);
  int offset = 0;
  if (!request->page_token().empty() &&
      (!absl::SimpleAtoi(request->page_token(), &offset) || offset < 0)) {
    return ToGrpcStatus(Invalid("page_token", "is not a token this service issued"));
  }
  // One extra row tells whether another page follows.
  auto indicators = store_.ListIndicators(offset, page_size + 1);
  if (!indicators.ok()) return ToGrpcStatus(indicators.status());
  const bool more = static_cast<int>(indicators->size()) > page_size;
  if (more) indicators->pop_back();
  for (auto& indicator : *indicators) *response->add_indicators() = std::move(indicator);
  if (more) response->set_next_page_token(StrCat(offset + page_size));
  return grpc::Status::OK;
}

grpc::Status ThemeServiceImpl::GetSeries(grpc::ServerContext* context,
                                         const v1::GetSeriesRequest* request,
                                         v1::GetSeriesResponse* response) {
  if (auto s = server::CheckDeadline(*context); !s.ok()) return ToGrpcStatus(s);
  if (!IsIndicatorId(request->indicator())) {
    return ToGrpcStatus(Invalid("indicator", "is required and must be an indicator id"));
  }
  if (!IsAreaCode(request->area())) {
    return ToGrpcStatus(Invalid("area", "is required and must be an area code"));
  }
  auto from = Period::Parse(request->from_period());
  if (!from.ok()) return ToGrpcStatus(Invalid("from_period", View(from.status().message())));
  auto to = Period::Parse(request->to_period());
  if (!to.ok()) return ToGrpcStatus(Invalid("to_period", View(to.status().message())));
  if (from->grain() != to->grain()) {
    return ToGrpcStatus(Invalid("to_period", "must have the same grain as from_period"));
  }
  if (*to < *from) return ToGrpcStatus(Invalid("to_period", "must not precede from_period"));
  if (to->Shifted(-kMaxSeriesPeriods) >= *from) {
    return ToGrpcStatus(
        Invalid("to_period", StrCat("the range may span at most ", kMaxSeriesPeriods, " periods")));
  }

  auto indicator = store_.GetIndicator(request->indicator());
  if (!indicator.ok()) return ToGrpcStatus(indicator.status());
  if (!indicator->has_value()) {
    return grpc::Status(grpc::StatusCode::NOT_FOUND,
                        StrCat("indicator '", request->indicator(), "' does not exist"));
  }
  auto input = store_.LoadSectionInput(request->area(), from->year(), to->year());
  if (!input.ok()) return ToGrpcStatus(input.status());
  const Figures figures(*input);
  const common::v1::Area* area = figures.FindArea(request->area());
  if (area == nullptr) {
    return grpc::Status(grpc::StatusCode::NOT_FOUND,
                        StrCat("area '", request->area(), "' does not exist"));
  }
  *response->mutable_indicator() = **indicator;
  auto* series = response->mutable_series();
  series->set_area(area->code());
  series->set_area_name(area->name());
  series->set_area_kind(area->kind());
  for (Period p = *from; p <= *to; p = p.Next()) {
    const Figure figure = figures.At(**indicator, request->area(), p);
    auto* point = series->add_points();
    point->set_period(p.ToString());
    if (figure.count) point->set_count(*figure.count);
    if (figure.rate) point->set_rate(*figure.rate);
    if (figure.denominator) point->set_denominator(*figure.denominator);
    point->set_complete(figure.complete);
    point->set_rate_imported(figure.rate_imported);
  }
  return grpc::Status::OK;
}

grpc::Status ThemeServiceImpl::GetThemeSection(grpc::ServerContext* context,
                                               const v1::GetThemeSectionRequest* request,
                                               common::v1::ThemeSection* response) {
  if (auto s = server::CheckDeadline(*context); !s.ok()) return ToGrpcStatus(s);
  if (auto s = CheckMunicipality(request->municipality()); !s.ok()) return ToGrpcStatus(s);
  auto period = ParseHalfYear("period", request->period());
  if (!period.ok()) return ToGrpcStatus(period.status());

  auto municipality = store_.GetArea(request->municipality());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  if (!municipality->has_value()) {
    return grpc::Status(
        grpc::StatusCode::NOT_FOUND,
        StrCat("municipality '", request->municipality(), "' has no data in this service"));
  }
  auto baseline_year = store_.PlanBaselineYear(request->municipality());
  if (!baseline_year.ok()) return ToGrpcStatus(baseline_year.status());
  auto input = store_.LoadSectionInput(request->municipality(),
                                       FirstYearNeeded(*baseline_year, *period), period->year());
  if (!input.ok()) return ToGrpcStatus(input.status());

  SectionRequest section_request;
  section_request.municipality = request->municipality();
  section_request.period = *period;
  section_request.theme = ownership_.primary;
  section_request.themes = ownership_.themes;
  *response = BuildSection(*input, section_request);
  return grpc::Status::OK;
}

}  // namespace veilig::theme
