// The gRPC adapter of CrisisbeheersingService.
#pragma once

#include "services/crisisbeheersing/store/crisis_store.h"
#include "veilig/crisisbeheersing/v1/crisisbeheersing_service.grpc.pb.h"

namespace veilig::crisisbeheersing {

class CrisisServiceImpl : public v1::CrisisbeheersingService::Service {
 public:
  explicit CrisisServiceImpl(CrisisStore& store) : store_(store) {}

  grpc::Status CreateIncident(grpc::ServerContext* context,
                              const v1::CreateIncidentRequest* request,
                              v1::Incident* response) override;
  grpc::Status GetIncident(grpc::ServerContext* context, const v1::GetIncidentRequest* request,
                           v1::Incident* response) override;
  grpc::Status ListIncidents(grpc::ServerContext* context, const v1::ListIncidentsRequest* request,
                             v1::ListIncidentsResponse* response) override;
  grpc::Status UpdateIncident(grpc::ServerContext* context,
                              const v1::UpdateIncidentRequest* request,
                              v1::Incident* response) override;
  grpc::Status DeleteIncident(grpc::ServerContext* context,
                              const v1::DeleteIncidentRequest* request,
                              google::protobuf::Empty* response) override;
  grpc::Status CountIncidents(grpc::ServerContext* context,
                              const v1::CountIncidentsRequest* request,
                              v1::CountIncidentsResponse* response) override;
  grpc::Status ImportIncidents(grpc::ServerContext* context,
                               const v1::ImportIncidentsRequest* request,
                               v1::ImportIncidentsResponse* response) override;
  grpc::Status UpsertOnCallPools(grpc::ServerContext* context,
                                 const v1::UpsertOnCallPoolsRequest* request,
                                 v1::UpsertOnCallPoolsResponse* response) override;
  grpc::Status ListOnCallPools(grpc::ServerContext* context,
                               const v1::ListOnCallPoolsRequest* request,
                               v1::ListOnCallPoolsResponse* response) override;
  grpc::Status UpsertEventAdvice(grpc::ServerContext* context,
                                 const v1::UpsertEventAdviceRequest* request,
                                 v1::UpsertEventAdviceResponse* response) override;
  grpc::Status ListEventAdvice(grpc::ServerContext* context,
                               const v1::ListEventAdviceRequest* request,
                               v1::ListEventAdviceResponse* response) override;

 private:
  CrisisStore& store_;
};

}  // namespace veilig::crisisbeheersing
