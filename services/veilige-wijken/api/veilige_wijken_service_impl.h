// The gRPC adapter of VeiligeWijkenService.
#pragma once

#include "services/veilige-wijken/store/measure_store.h"
#include "veilig/veiligewijken/v1/veilige_wijken_service.grpc.pb.h"

namespace veilig::veiligewijken {

class VeiligeWijkenServiceImpl : public v1::VeiligeWijkenService::Service {
 public:
  explicit VeiligeWijkenServiceImpl(MeasureStore& store) : store_(store) {}

  grpc::Status CreateMeasure(grpc::ServerContext* context, const v1::CreateMeasureRequest* request,
                             v1::Measure* response) override;
  grpc::Status GetMeasure(grpc::ServerContext* context, const v1::GetMeasureRequest* request,
                          v1::Measure* response) override;
  grpc::Status ListMeasures(grpc::ServerContext* context, const v1::ListMeasuresRequest* request,
                            v1::ListMeasuresResponse* response) override;
  grpc::Status UpdateMeasure(grpc::ServerContext* context, const v1::UpdateMeasureRequest* request,
                             v1::Measure* response) override;
  grpc::Status DeleteMeasure(grpc::ServerContext* context, const v1::DeleteMeasureRequest* request,
                             google::protobuf::Empty* response) override;
  grpc::Status ListMeasuresInForce(grpc::ServerContext* context,
                                   const v1::ListMeasuresInForceRequest* request,
                                   v1::ListMeasuresResponse* response) override;
  grpc::Status ListExpiringMeasures(grpc::ServerContext* context,
                                    const v1::ListExpiringMeasuresRequest* request,
                                    v1::ListMeasuresResponse* response) override;
  grpc::Status ImportMeasures(grpc::ServerContext* context,
                              const v1::ImportMeasuresRequest* request,
                              v1::ImportMeasuresResponse* response) override;
  grpc::Status UpsertWatchTeams(grpc::ServerContext* context,
                                const v1::UpsertWatchTeamsRequest* request,
                                v1::UpsertWatchTeamsResponse* response) override;
  grpc::Status ListWatchTeams(grpc::ServerContext* context,
                              const v1::ListWatchTeamsRequest* request,
                              v1::ListWatchTeamsResponse* response) override;
  grpc::Status UpsertKvoCertificates(grpc::ServerContext* context,
                                     const v1::UpsertKvoCertificatesRequest* request,
                                     v1::UpsertKvoCertificatesResponse* response) override;
  grpc::Status ListKvoCertificates(grpc::ServerContext* context,
                                   const v1::ListKvoCertificatesRequest* request,
                                   v1::ListKvoCertificatesResponse* response) override;

 private:
  // One page of `municipality`'s measures that pass `filter`, as `request`
  // (a List request with page_size and page_token) asks.
  grpc::Status List(const std::string& municipality, const MeasureFilter& filter,
                    const google::protobuf::Message& request, v1::ListMeasuresResponse* response);

  MeasureStore& store_;
};

}  // namespace veilig::veiligewijken
