#include "services/ondermijning/api/ondermijning_service_impl.h"

#include "common/domain/calendar_date.h"
#include "common/domain/field_checks.h"
#include "common/domain/field_error.h"
#include "common/domain/resource_name.h"
#include "common/domain/validate_each.h"
#include "common/server/grpc_status.h"
#include "common/server/paging.h"
#include "common/server/update_mask.h"
#include "common/storage/request_ids.h"
#include "services/ondermijning/case_counts.h"

namespace veilig::ondermijning {
namespace {

using server::ToGrpcStatus;

constexpr char kCollection[] = "cases";

}  // namespace

grpc::Status OndermijningServiceImpl::CreateCase(grpc::ServerContext* context,
                                                 const v1::CreateCaseRequest* request,
                                                 EnforcementCase* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  if (!request->enforcement_case().name().empty()) {
    return ToGrpcStatus(
        FieldError("enforcement_case.name", "is assigned by the service; leave it empty"));
  }
  auto taxonomy = store_.LoadTaxonomy(*municipality);
  if (!taxonomy.ok()) return ToGrpcStatus(taxonomy.status());
  if (auto s = ValidateCase(request->enforcement_case(), "enforcement_case", *taxonomy); !s.ok()) {
    return ToGrpcStatus(s);
  }
  if (auto s = storage::CheckRequestId("request_id", request->request_id()); !s.ok()) {
    return ToGrpcStatus(s);
  }
  auto created =
      store_.CreateCase(*municipality, request->enforcement_case(), request->request_id());
  if (!created.ok()) return ToGrpcStatus(created.status());
  *response = std::move(*created);
  return grpc::Status::OK;
}

grpc::Status OndermijningServiceImpl::GetCase(grpc::ServerContext* context,
                                              const v1::GetCaseRequest* request,
                                              EnforcementCase* response) {
  auto name = ParseResourceName("name", request->name(), kCollection);
  if (!name.ok()) return ToGrpcStatus(name.status());
  auto found = store_.GetCase(name->municipality, name->id);
  if (!found.ok()) return ToGrpcStatus(found.status());
  if (!found->has_value()) {
    return grpc::Status(grpc::StatusCode::NOT_FOUND, StrCat(request->name(), " does not exist"));
  }
  *response = std::move(**found);
  return grpc::Status::OK;
}

grpc::Status OndermijningServiceImpl::ListCases(grpc::ServerContext* context,
                                                const v1::ListCasesRequest* request,
                                                v1::ListCasesResponse* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  CaseFilter filter;
  filter.category = request->category();
  if (!request->period().empty()) {
    auto period = ParsePeriodField("period", request->period());
    if (!period.ok()) return ToGrpcStatus(period.status());
    filter.opened_from = period->FirstDay();
    filter.opened_to = period->LastDay();
  }
  auto page = server::ParsePage(*request);
  if (!page.ok()) return ToGrpcStatus(page.status());
  auto cases = store_.ListCases(*municipality, filter, page->offset, page->probe_size());
  if (!cases.ok()) return ToGrpcStatus(cases.status());
  response->set_next_page_token(page->Take(*cases, [response](auto&& row) {
    *response->add_cases() = std::forward<decltype(row)>(row);
  }));
  return grpc::Status::OK;
}

grpc::Status OndermijningServiceImpl::UpdateCase(grpc::ServerContext* context,
                                                 const v1::UpdateCaseRequest* request,
                                                 EnforcementCase* response) {
  auto name =
      ParseResourceName("enforcement_case.name", request->enforcement_case().name(), kCollection);
  if (!name.ok()) return ToGrpcStatus(name.status());
  auto taxonomy = store_.LoadTaxonomy(name->municipality);
  if (!taxonomy.ok()) return ToGrpcStatus(taxonomy.status());
  auto updated = store_.ChangeCase(
      name->municipality, name->id,
      [request, &taxonomy](const EnforcementCase& current) -> absl::StatusOr<EnforcementCase> {
        EnforcementCase next = current;
        if (auto s = server::ApplyUpdateMask(request->enforcement_case(), request->update_mask(),
                                             "update_mask", next);
            !s.ok()) {
          return s;
        }
        if (auto s = ValidateCase(next, "enforcement_case", *taxonomy); !s.ok()) return s;
        return next;
      });
  if (!updated.ok()) return ToGrpcStatus(updated.status());
  *response = std::move(*updated);
  return grpc::Status::OK;
}

grpc::Status OndermijningServiceImpl::CloseCase(grpc::ServerContext* context,
                                                const v1::CloseCaseRequest* request,
                                                EnforcementCase* response) {
  auto name = ParseResourceName("name", request->name(), kCollection);
  if (!name.ok()) return ToGrpcStatus(name.status());
  if (auto s = CheckDateField("closed_on", request->closed_on(), true); !s.ok()) {
    return ToGrpcStatus(s);
  }
  if (auto s = CheckTextField("outcome", request->outcome()); !s.ok()) return ToGrpcStatus(s);
  auto closed = store_.ChangeCase(name->municipality, name->id, [request](const auto& open) {
    return ondermijning::CloseCase(open, request->closed_on(), request->outcome());
  });
  if (!closed.ok()) return ToGrpcStatus(closed.status());
  *response = std::move(*closed);
  return grpc::Status::OK;
}

grpc::Status OndermijningServiceImpl::ImportCases(grpc::ServerContext* context,
                                                  const v1::ImportCasesRequest* request,
                                                  v1::ImportCasesResponse* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  auto taxonomy = store_.LoadTaxonomy(*municipality);
  if (!taxonomy.ok()) return ToGrpcStatus(taxonomy.status());
  auto s = ValidateEach(request->cases(), "cases",
                        [&taxonomy](const EnforcementCase& c, const std::string& path) {
                          return ValidateCase(c, path, *taxonomy);
                        });
  if (!s.ok()) return ToGrpcStatus(s);
  if (!request->validate_only()) {
    const std::vector<EnforcementCase> cases(request->cases().begin(), request->cases().end());
    if (auto w = store_.ImportCases(*municipality, cases); !w.ok()) return ToGrpcStatus(w);
  }
  response->set_cases(request->cases_size());
  return grpc::Status::OK;
}

grpc::Status OndermijningServiceImpl::UpsertCaseCounts(grpc::ServerContext* context,
                                                       const v1::UpsertCaseCountsRequest* request,
                                                       v1::UpsertCaseCountsResponse* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  auto taxonomy = store_.LoadTaxonomy(*municipality);
  if (!taxonomy.ok()) return ToGrpcStatus(taxonomy.status());
  auto s = ValidateEach(request->counts(), "counts",
                        [&taxonomy](const CaseCount& count, const std::string& path) {
                          return ValidateCaseCount(count, path, *taxonomy);
                        });
  if (!s.ok()) return ToGrpcStatus(s);
  if (!request->validate_only()) {
    const std::vector<CaseCount> counts(request->counts().begin(), request->counts().end());
    if (auto w = store_.UpsertCounts(*municipality, counts); !w.ok()) return ToGrpcStatus(w);
  }
  response->set_counts(request->counts_size());
  return grpc::Status::OK;
}

grpc::Status OndermijningServiceImpl::GetCaseCounts(grpc::ServerContext* context,
                                                    const v1::GetCaseCountsRequest* request,
                                                    v1::SectionData* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  auto period = ParsePeriodField("period", request->period());
  if (!period.ok()) return ToGrpcStatus(period.status());
  auto data = CountCasesIn(store_, *municipality, *period);
  if (!data.ok()) return ToGrpcStatus(data.status());
  *response = std::move(*data);
  return grpc::Status::OK;
}

grpc::Status OndermijningServiceImpl::ListCategories(grpc::ServerContext* context,
                                                     const v1::ListCategoriesRequest* request,
                                                     v1::ListCategoriesResponse* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  auto page = server::ParsePage(*request);
  if (!page.ok()) return ToGrpcStatus(page.status());
  auto taxonomy = store_.LoadTaxonomy(*municipality);
  if (!taxonomy.ok()) return ToGrpcStatus(taxonomy.status());
  response->set_next_page_token(page->TakeFrom(taxonomy->categories(), [response](auto&& c) {
    *response->add_categories() = std::forward<decltype(c)>(c);
  }));
  return grpc::Status::OK;
}

grpc::Status OndermijningServiceImpl::UpsertCategories(grpc::ServerContext* context,
                                                       const v1::UpsertCategoriesRequest* request,
                                                       v1::UpsertCategoriesResponse* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  if (auto s = ValidateEach(request->categories(), "categories", ValidateCategory); !s.ok()) {
    return ToGrpcStatus(s);
  }
  const std::vector<Category> categories(request->categories().begin(),
                                         request->categories().end());
  if (auto s = store_.AddToTaxonomy(*municipality, categories); !s.ok()) return ToGrpcStatus(s);
  auto taxonomy = store_.LoadTaxonomy(*municipality);
  if (!taxonomy.ok()) return ToGrpcStatus(taxonomy.status());
  for (const auto& c : taxonomy->categories()) *response->add_categories() = c;
  return grpc::Status::OK;
}

}  // namespace veilig::ondermijning
