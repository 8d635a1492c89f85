#include "services/ondermijning/api/ondermijning_service_impl.h"

#include "common/domain/field_checks.h"
#include "common/domain/field_error.h"
#include "common/domain/resource_name.h"
#include "common/domain/validate_each.h"
#include "common/server/grpc_status.h"
#include "common/server/paging.h"
#include "services/ondermijning/case_counts.h"

namespace veilig::ondermijning {
namespace {

using server::ToGrpcStatus;

}  // namespace

grpc::Status OndermijningServiceImpl::CreateCase(grpc::ServerContext* context,
                                                 const v1::CreateCaseRequest* request,
                                                 EnforcementCase* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  if (!request->enforcement_case().name().empty()) {
    return ToGrpcStatus(
        FieldError("enforcement_case.name", "is assigned by the service; leave it empty"));
  }
  auto taxonomy = store_.LoadTaxonomy();
  if (!taxonomy.ok()) return ToGrpcStatus(taxonomy.status());
  if (auto s = ValidateCase(request->enforcement_case(), "enforcement_case", *taxonomy); !s.ok()) {
    return ToGrpcStatus(s);
  }
  auto created = store_.CreateCase(request->enforcement_case());
  if (!created.ok()) return ToGrpcStatus(created.status());
  *response = std::move(*created);
  return grpc::Status::OK;
}

grpc::Status OndermijningServiceImpl::GetCase(grpc::ServerContext* context,
                                              const v1::GetCaseRequest* request,
                                              EnforcementCase* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  auto id = ParseResourceName("name", request->name(), "cases");
  if (!id.ok()) return ToGrpcStatus(id.status());
  auto found = store_.GetCase(*id);
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
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  CaseFilter filter;
  filter.category = request->category();
  if (!request->period().empty()) {
    auto period = ParsePeriodField("period", request->period());
    if (!period.ok()) return ToGrpcStatus(period.status());
    filter.opened_from = period->FirstDay();
    filter.opened_to = period->LastDay();
  }
  auto page = server::ParsePage(request->page_size(), request->page_token());
  if (!page.ok()) return ToGrpcStatus(page.status());
  auto cases = store_.ListCases(filter, page->offset, page->probe_size());
  if (!cases.ok()) return ToGrpcStatus(cases.status());
  response->set_next_page_token(
      page->Take(*cases, [response](auto&& row) { *response->add_cases() = std::move(row); }));
  return grpc::Status::OK;
}

grpc::Status OndermijningServiceImpl::UpdateCase(grpc::ServerContext* context,
                                                 const v1::UpdateCaseRequest* request,
                                                 EnforcementCase* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  auto id = ParseResourceName("enforcement_case.name", request->enforcement_case().name(), "cases");
  if (!id.ok()) return ToGrpcStatus(id.status());
  auto taxonomy = store_.LoadTaxonomy();
  if (!taxonomy.ok()) return ToGrpcStatus(taxonomy.status());
  if (auto s = ValidateCase(request->enforcement_case(), "enforcement_case", *taxonomy); !s.ok()) {
    return ToGrpcStatus(s);
  }
  auto updated = store_.UpdateCase(*id, request->enforcement_case());
  if (!updated.ok()) return ToGrpcStatus(updated.status());
  *response = std::move(*updated);
  return grpc::Status::OK;
}

grpc::Status OndermijningServiceImpl::CloseCase(grpc::ServerContext* context,
                                                const v1::CloseCaseRequest* request,
                                                EnforcementCase* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  auto id = ParseResourceName("name", request->name(), "cases");
  if (!id.ok()) return ToGrpcStatus(id.status());
  if (auto s = CheckDateField("closed_on", request->closed_on(), true); !s.ok()) {
    return ToGrpcStatus(s);
  }
  if (auto s = CheckTextField("outcome", request->outcome()); !s.ok()) return ToGrpcStatus(s);
  auto found = store_.GetCase(*id);
  if (!found.ok()) return ToGrpcStatus(found.status());
  if (!found->has_value()) {
    return grpc::Status(grpc::StatusCode::NOT_FOUND, StrCat(request->name(), " does not exist"));
  }
  EnforcementCase closed = **found;
  if (!closed.closed_on().empty()) {
    return grpc::Status(grpc::StatusCode::FAILED_PRECONDITION,
                        StrCat(request->name(), " was already closed on ", closed.closed_on()));
  }
  if (request->closed_on() < closed.opened_on()) {
    return ToGrpcStatus(FieldError("closed_on", "must not precede the opening date"));
  }
  closed.set_closed_on(request->closed_on());
  closed.set_outcome(request->outcome());
  auto updated = store_.UpdateCase(*id, closed);
  if (!updated.ok()) return ToGrpcStatus(updated.status());
  *response = std::move(*updated);
  return grpc::Status::OK;
}

grpc::Status OndermijningServiceImpl::ImportCases(grpc::ServerContext* context,
                                                  const v1::ImportCasesRequest* request,
                                                  v1::ImportCasesResponse* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  auto taxonomy = store_.LoadTaxonomy();
  if (!taxonomy.ok()) return ToGrpcStatus(taxonomy.status());
  auto s = ValidateEach(request->cases(), "cases",
                        [&taxonomy](const EnforcementCase& c, const std::string& path) {
                          return ValidateCase(c, path, *taxonomy);
                        });
  if (!s.ok()) return ToGrpcStatus(s);
  if (!request->validate_only()) {
    const std::vector<EnforcementCase> cases(request->cases().begin(), request->cases().end());
    if (auto w = store_.ImportCases(cases); !w.ok()) return ToGrpcStatus(w);
  }
  response->set_cases(request->cases_size());
  return grpc::Status::OK;
}

grpc::Status OndermijningServiceImpl::UpsertCaseCounts(grpc::ServerContext* context,
                                                       const v1::UpsertCaseCountsRequest* request,
                                                       v1::UpsertCaseCountsResponse* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  auto taxonomy = store_.LoadTaxonomy();
  if (!taxonomy.ok()) return ToGrpcStatus(taxonomy.status());
  auto s = ValidateEach(request->counts(), "counts",
                        [&taxonomy](const CaseCount& count, const std::string& path) {
                          return ValidateCaseCount(count, path, *taxonomy);
                        });
  if (!s.ok()) return ToGrpcStatus(s);
  if (!request->validate_only()) {
    const std::vector<CaseCount> counts(request->counts().begin(), request->counts().end());
    if (auto w = store_.UpsertCounts(counts); !w.ok()) return ToGrpcStatus(w);
  }
  response->set_counts(request->counts_size());
  return grpc::Status::OK;
}

grpc::Status OndermijningServiceImpl::GetCaseCounts(grpc::ServerContext* context,
                                                    const v1::GetCaseCountsRequest* request,
                                                    v1::SectionData* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  auto period = ParsePeriodField("period", request->period());
  if (!period.ok()) return ToGrpcStatus(period.status());
  auto data = CountCasesIn(store_, *period);
  if (!data.ok()) return ToGrpcStatus(data.status());
  *response = std::move(*data);
  return grpc::Status::OK;
}

grpc::Status OndermijningServiceImpl::ListCategories(grpc::ServerContext* context,
                                                     const v1::ListCategoriesRequest*,
                                                     v1::ListCategoriesResponse* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  auto taxonomy = store_.LoadTaxonomy();
  if (!taxonomy.ok()) return ToGrpcStatus(taxonomy.status());
  for (const auto& c : taxonomy->categories()) *response->add_categories() = c;
  return grpc::Status::OK;
}

grpc::Status OndermijningServiceImpl::UpsertCategories(grpc::ServerContext* context,
                                                       const v1::UpsertCategoriesRequest* request,
                                                       v1::ListCategoriesResponse* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  if (auto s = ValidateEach(request->categories(), "categories", ValidateCategory); !s.ok()) {
    return ToGrpcStatus(s);
  }
  const std::vector<Category> categories(request->categories().begin(),
                                         request->categories().end());
  if (auto s = store_.AddToTaxonomy(categories); !s.ok()) return ToGrpcStatus(s);
  return ListCategories(context, nullptr, response);
}

}  // namespace veilig::ondermijning
