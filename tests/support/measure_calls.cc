#include "tests/support/measure_calls.h"

#include "common/domain/calendar_date.h"
#include "tests/support/call_context.h"
#include "veilig/veiligewijken/v1/veilige_wijken_service.grpc.pb.h"

namespace veilig::testing {

namespace vw = veiligewijken::v1;

grpc::Status CreateDecidedMeasure(Suite& suite, const std::string& area,
                                  const std::string& description, std::string* name) {
  auto stub = vw::VeiligeWijkenService::NewStub(suite.Channel("veilige-wijken"));
  vw::CreateMeasureRequest create;
  create.set_parent("municipalities/GM0034");
  auto* m = create.mutable_measure();
  m->set_kind(vw::MEASURE_KIND_ALCOHOL_BAN);
  *m->mutable_decided_on() = DateFromIso("2019-03-14");
  *m->mutable_valid_from() = DateFromIso("2019-04-01");
  m->set_area(area);
  m->set_description(description);
  vw::Measure created;
  grpc::Status status = stub->CreateMeasure(CallContext().get(), create, &created);
  *name = created.name();
  return status;
}

grpc::Status DeleteMeasure(Suite& suite, const std::string& name) {
  auto stub = vw::VeiligeWijkenService::NewStub(suite.Channel("veilige-wijken"));
  vw::DeleteMeasureRequest remove;
  remove.set_name(name);
  google::protobuf::Empty empty;
  return stub->DeleteMeasure(CallContext().get(), remove, &empty);
}

}  // namespace veilig::testing
