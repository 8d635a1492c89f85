// The gRPC adapter of ZorgVeiligheidService.
#pragma once

#include "services/zorg-veiligheid/store/register_store.h"
#include "veilig/zorgveiligheid/v1/zorg_veiligheid_service.grpc.pb.h"

namespace veilig::zorgveiligheid {

class ZorgVeiligheidServiceImpl : public v1::ZorgVeiligheidService::Service {
 public:
  explicit ZorgVeiligheidServiceImpl(RegisterStore& store) : store_(store) {}

  grpc::Status UpsertRegisterCounts(grpc::ServerContext* context,
                                    const v1::UpsertRegisterCountsRequest* request,
                                    v1::UpsertRegisterCountsResponse* response) override;
  grpc::Status ListRegisterCounts(grpc::ServerContext* context,
                                  const v1::ListRegisterCountsRequest* request,
                                  v1::ListRegisterCountsResponse* response) override;

 private:
  RegisterStore& store_;
};

}  // namespace veilig::zorgveiligheid
