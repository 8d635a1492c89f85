// The gRPC adapter of OndermijningService.
#pragma once

#include "services/ondermijning/store/case_store.h"
#include "veilig/ondermijning/v1/ondermijning_service.grpc.pb.h"

namespace veilig::ondermijning {

class OndermijningServiceImpl : public v1::OndermijningService::Service {
 public:
  explicit OndermijningServiceImpl(CaseStore& store) : store_(store) {}

  grpc::Status CreateCase(grpc::ServerContext* context, const v1::CreateCaseRequest* request,
                          EnforcementCase* response) override;
  grpc::Status GetCase(grpc::ServerContext* context, const v1::GetCaseRequest* request,
                       EnforcementCase* response) override;
  grpc::Status ListCases(grpc::ServerContext* context, const v1::ListCasesRequest* request,
                         v1::ListCasesResponse* response) override;
  grpc::Status UpdateCase(grpc::ServerContext* context, const v1::UpdateCaseRequest* request,
                          EnforcementCase* response) override;
  grpc::Status CloseCase(grpc::ServerContext* context, const v1::CloseCaseRequest* request,
                         EnforcementCase* response) override;
  grpc::Status ImportCases(grpc::ServerContext* context, const v1::ImportCasesRequest* request,
                           v1::ImportCasesResponse* response) override;
  grpc::Status UpsertCaseCounts(grpc::ServerContext* context,
                                const v1::UpsertCaseCountsRequest* request,
                                v1::UpsertCaseCountsResponse* response) override;
  grpc::Status GetCaseCounts(grpc::ServerContext* context, const v1::GetCaseCountsRequest* request,
                             v1::SectionData* response) override;
  grpc::Status ListCategories(grpc::ServerContext* context,
                              const v1::ListCategoriesRequest* request,
                              v1::ListCategoriesResponse* response) override;
  grpc::Status UpsertCategories(grpc::ServerContext* context,
                                const v1::UpsertCategoriesRequest* request,
                                v1::UpsertCategoriesResponse* response) override;

 private:
  CaseStore& store_;
};

}  // namespace veilig::ondermijning
