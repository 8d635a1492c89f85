// ThemeService's RPCs for the figures of the areas below a municipality:
// one indicator's for the parts of an area (the dashboard's maps and
// tables), and several indicators' for one area (its page).
#include <algorithm>
#include <map>
#include <set>

#include "common/domain/calendar_date.h"
#include "common/domain/codes.h"
#include "common/domain/field_error.h"
#include "common/domain/strings.h"
#include "common/server/grpc_status.h"
#include "common/server/paging.h"
#include "common/theme/figures.h"
#include "common/theme/note_scope.h"
#include "common/theme/series_request.h"
#include "common/theme/theme_service_impl.h"

namespace veilig::theme {

using server::ToGrpcStatus;

namespace {

// As many as a page of a wijk shows several times over.
constexpr int kMostIndicatorsAsked = 100;

// The notes in force by the range's last day on `indicator`'s figures for
// `area`: those on the indicator and those on the areas below one of its
// ancestors.
void AddNotesInForce(const SectionInput& input, const common::v1::Indicator& indicator,
                     const std::string& area, const PeriodRange& range,
                     google::protobuf::RepeatedPtrField<common::v1::SeriesNote>& notes) {
  const std::string last_day = range.to.LastDay();
  for (const auto& note : input.notes) {
    if (IsoDate(note.effective_from()) <= last_day &&
        (NoteAppliesToIndicator(note, indicator) || NoteAppliesBelow(note, area))) {
      *notes.Add() = note;
    }
  }
}

}  // namespace

grpc::Status ThemeServiceImpl::ListAreaFigures(grpc::ServerContext* context,
                                               const v1::ListAreaFiguresRequest* request,
                                               v1::ListAreaFiguresResponse* response) {
  if (!IsAreaCode(request->area())) {
    return ToGrpcStatus(FieldError("area", "is required and must be an area code"));
  }
  if (!IsIndicatorId(request->indicator())) {
    return ToGrpcStatus(FieldError("indicator", "is required and must be an indicator id"));
  }
  auto range = ParsePeriodRange(request->from_period(), request->to_period());
  if (!range.ok()) return ToGrpcStatus(range.status());
  auto page = server::ParsePage(*request);
  if (!page.ok()) return ToGrpcStatus(page.status());

  std::vector<std::string> children;
  auto input = store_.LoadAreaFiguresInput(request->area(), range->from.year(), range->to.year(),
                                           children, {request->indicator()});
  if (!input.ok()) return ToGrpcStatus(input.status());
  // The input holds every stored definition: no read of its own.
  const auto indicator =
      std::find_if(input->indicators.begin(), input->indicators.end(),
                   [&request](const auto& stored) { return stored.id() == request->indicator(); });
  if (indicator == input->indicators.end()) {
    return grpc::Status(grpc::StatusCode::NOT_FOUND,
                        StrCat("indicator '", request->indicator(), "' does not exist"));
  }
  const Figures figures(*input);
  const common::v1::Area* whole = figures.FindArea(request->area());
  if (whole == nullptr) {
    return grpc::Status(grpc::StatusCode::NOT_FOUND,
                        StrCat("area '", request->area(), "' does not exist"));
  }
  *response->mutable_indicator() = *indicator;
  *response->mutable_whole() = SeriesOf(figures, *indicator, *whole, *range);
  // Only the parts of this page (and one more, which tells whether another
  // page follows) are worked out: a caller after the whole asks for one.
  const auto [first, last] = page->Window(children.size());
  std::vector<common::v1::AreaSeries> series;
  series.reserve(last - first);
  for (size_t i = first; i < last; ++i) {
    series.push_back(SeriesOf(figures, *indicator, *figures.FindArea(children[i]), *range));
  }
  response->set_next_page_token(page->Take(series, [response](auto&& one) {
    *response->add_parts() = std::forward<decltype(one)>(one);
  }));
  AddNotesInForce(*input, *indicator, request->area(), *range, *response->mutable_notes());
  return grpc::Status::OK;
}

grpc::Status ThemeServiceImpl::BatchGetAreaFigures(grpc::ServerContext* context,
                                                   const v1::BatchGetAreaFiguresRequest* request,
                                                   v1::BatchGetAreaFiguresResponse* response) {
  if (!IsAreaCode(request->area())) {
    return ToGrpcStatus(FieldError("area", "is required and must be an area code"));
  }
  if (request->indicators().empty() || request->indicators_size() > kMostIndicatorsAsked) {
    return ToGrpcStatus(FieldError(
        "indicators", StrCat("must name between 1 and ", kMostIndicatorsAsked, " indicators")));
  }
  for (int i = 0; i < request->indicators_size(); ++i) {
    if (!IsIndicatorId(request->indicators(i))) {
      return ToGrpcStatus(
          FieldError(StrCat("indicators[", i, "]"), "must be an indicator id, e.g. woninginbraak"));
    }
  }
  auto range = ParsePeriodRange(request->from_period(), request->to_period());
  if (!range.ok()) return ToGrpcStatus(range.status());

  std::vector<std::string> children;
  auto input = store_.LoadAreaFiguresInput(
      request->area(), range->from.year(), range->to.year(), children,
      std::set<std::string>(request->indicators().begin(), request->indicators().end()));
  if (!input.ok()) return ToGrpcStatus(input.status());
  const Figures figures(*input);
  const common::v1::Area* whole = figures.FindArea(request->area());
  if (whole == nullptr) {
    return grpc::Status(grpc::StatusCode::NOT_FOUND,
                        StrCat("area '", request->area(), "' does not exist"));
  }
  std::map<std::string, const common::v1::Indicator*> stored;
  for (const auto& indicator : input->indicators) stored.emplace(indicator.id(), &indicator);
  std::set<std::string> answered;
  for (const auto& id : request->indicators()) {
    const auto it = stored.find(id);
    // One asked twice is answered once.
    if (it == stored.end() || !answered.insert(id).second) continue;
    v1::ListAreaFiguresResponse& one = *response->add_figures();
    *one.mutable_indicator() = *it->second;
    *one.mutable_whole() = SeriesOf(figures, *it->second, *whole, *range);
    AddNotesInForce(*input, *it->second, request->area(), *range, *one.mutable_notes());
  }
  return grpc::Status::OK;
}

}  // namespace veilig::theme
