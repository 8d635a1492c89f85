// veiligctl list WHAT: the theme services' own registers, one line each.
#include <iostream>

#include "common/client/channels.h"
#include "common/report/labels.h"
#include "services/crisisbeheersing/domain/crisis_rules.h"
#include "tools/veiligctl/call_options.h"
#include "tools/veiligctl/commands.h"
#include "veilig/crisisbeheersing/v1/crisisbeheersing_service.grpc.pb.h"
#include "veilig/ondermijning/v1/ondermijning_service.grpc.pb.h"
#include "veilig/veiligewijken/v1/veilige_wijken_service.grpc.pb.h"
#include "veilig/zorgveiligheid/v1/zorg_veiligheid_service.grpc.pb.h"

namespace veilig::ctl {
namespace {

namespace vw = veiligewijken::v1;
namespace om = ondermijning::v1;
namespace zv = zorgveiligheid::v1;
namespace cb = crisisbeheersing::v1;

struct ListOptions {
  std::string what, period, date;
  int within_days = 0;
  std::string min_grip;
  bool understaffed = false;
};

int Failed(const grpc::Status& status) {
  std::cerr << "veiligctl list: " << ErrorText(status) << "\n";
  return 1;
}

template <typename Service>
std::unique_ptr<typename Service::Stub> Stub(const CallOptions& call, const std::string& service) {
  return Service::NewStub(call.ServiceChannel(service));
}

int ListMeasures(const CallOptions& call, const ListOptions& o) {
  auto stub = Stub<vw::VeiligeWijkenService>(call, "veilige-wijken");
  vw::ListMeasuresResponse response;
  grpc::Status status;
  if (o.within_days > 0) {
    vw::ListExpiringMeasuresRequest request;
    request.set_date(o.date);
    request.set_within_days(o.within_days);
    status = stub->ListExpiringMeasures(call.NewContext().get(), request, &response);
  } else if (!o.date.empty()) {
    vw::ListMeasuresInForceRequest request;
    request.set_date(o.date);
    status = stub->ListMeasuresInForce(call.NewContext().get(), request, &response);
  } else {
    vw::ListMeasuresRequest request;
    request.set_period(o.period);
    request.set_page_size(1000);
    status = stub->ListMeasures(call.NewContext().get(), request, &response);
  }
  if (!status.ok()) return Failed(status);
  for (const auto& m : response.measures()) {
    std::cout << m.name() << "\t" << report::MeasureKindLabel(m.kind()) << "\t" << m.valid_from()
              << "\t" << (m.valid_until().empty() ? "-" : m.valid_until()) << "\t" << m.area()
              << "\n";
  }
  return 0;
}

int ListCases(const CallOptions& call, const ListOptions& o) {
  auto stub = Stub<om::OndermijningService>(call, "ondermijning");
  if (!o.period.empty()) {
    om::GetCaseCountsRequest request;
    request.set_period(o.period);
    om::SectionData counts;
    auto status = stub->GetCaseCounts(call.NewContext().get(), request, &counts);
    if (!status.ok()) return Failed(status);
    for (const auto& line : counts.counts()) {
      std::cout << line.category() << "\t" << line.total() << "\n";
      for (const auto& sub : line.subcategories()) {
        std::cout << "  " << sub.subcategory() << "\t" << sub.count() << "\n";
      }
    }
    return 0;
  }
  om::ListCasesRequest request;
  request.set_page_size(1000);
  om::ListCasesResponse response;
  auto status = stub->ListCases(call.NewContext().get(), request, &response);
  if (!status.ok()) return Failed(status);
  for (const auto& c : response.cases()) {
    std::cout << c.name() << "\t" << c.reference() << "\t" << c.category() << "\t" << c.opened_on()
              << "\t" << (c.closed_on().empty() ? "open" : c.closed_on()) << "\n";
  }
  return 0;
}

int ListRegisters(const CallOptions& call, const ListOptions& o) {
  auto stub = Stub<zv::ZorgVeiligheidService>(call, "zorg-veiligheid");
  zv::ListRegisterCountsRequest request;
  request.set_period(o.period);
  zv::ListRegisterCountsResponse response;
  auto status = stub->ListRegisterCounts(call.NewContext().get(), request, &response);
  if (!status.ok()) return Failed(status);
  for (const auto& c : response.counts()) {
    std::cout << zv::Register_Name(c.register_()) << "\t" << c.period() << "\t" << c.count()
              << "\n";
  }
  return 0;
}

int ListIncidents(const CallOptions& call, const ListOptions& o) {
  auto stub = Stub<cb::CrisisbeheersingService>(call, "crisisbeheersing");
  cb::ListIncidentsRequest request;
  request.set_period(o.period);
  request.set_page_size(1000);
  if (!o.min_grip.empty()) {
    auto grip = crisisbeheersing::ParseGripLevel(o.min_grip);
    if (!grip) {
      std::cerr << "veiligctl list: --min-grip must be 0-5 or Rijk\n";
      return 2;
    }
    request.set_min_grip(*grip);
  }
  cb::ListIncidentsResponse response;
  auto status = stub->ListIncidents(call.NewContext().get(), request, &response);
  if (!status.ok()) return Failed(status);
  for (const auto& i : response.incidents()) {
    std::cout << i.name() << "\t" << i.date() << "\t" << report::GripLabel(i.grip()) << "\t"
              << i.title() << "\n";
  }
  return 0;
}

int ListPools(const CallOptions& call, const ListOptions& o) {
  auto stub = Stub<cb::CrisisbeheersingService>(call, "crisisbeheersing");
  cb::ListOnCallPoolsRequest request;
  request.set_understaffed_only(o.understaffed);
  cb::ListOnCallPoolsResponse response;
  auto status = stub->ListOnCallPools(call.NewContext().get(), request, &response);
  if (!status.ok()) return Failed(status);
  for (const auto& p : response.pools()) {
    std::cout << p.function() << "\t" << p.filled() << "/" << p.required()
              << (p.understaffed() ? "\tonderbezet" : "") << "\n";
  }
  return 0;
}

int ListEvents(const CallOptions& call, const ListOptions& o) {
  auto stub = Stub<cb::CrisisbeheersingService>(call, "crisisbeheersing");
  cb::ListEventAdviceRequest request;
  request.set_period(o.period);
  cb::ListEventAdviceResponse response;
  auto status = stub->ListEventAdvice(call.NewContext().get(), request, &response);
  if (!status.ok()) return Failed(status);
  for (const auto& e : response.events()) {
    std::cout << e.start_date() << "\t" << e.end_date() << "\t" << e.risk_class() << "\t"
              << e.event() << "\n";
  }
  return 0;
}

}  // namespace

int RunList(int argc, char** argv) {
  CallOptions call;
  ListOptions o;
  namespace po = config::po;
  po::options_description description;
  description.add_options()("what", po::value(&o.what)->required(),
                            "measures, cases, registers, incidents, pools or events")(
      "period", po::value(&o.period), "canonical period, e.g. 2019H1")(
      "date", po::value(&o.date), "measures: in force on this date (YYYY-MM-DD)")(
      "expiring-within", po::value(&o.within_days),
      "measures: ending within this many days after --date")(
      "min-grip", po::value(&o.min_grip), "incidents: lowest GRIP level (0-5 or Rijk)")(
      "understaffed", po::bool_switch(&o.understaffed), "pools: only understaffed ones");
  call.AddTo(description);
  po::positional_options_description positional;
  positional.add("what", 1);
  if (auto exit_code = config::ExitCodeIfNotRunning(
          config::ParseOptions(argc, argv, description, "veiligctl list",
                               "Usage: veiligctl list WHAT [OPTIONS]\n"
                               "Lists a theme service's own registers.",
                               &positional))) {
    return *exit_code;
  }
  if (o.what == "measures") return ListMeasures(call, o);
  if (o.what == "cases") return ListCases(call, o);
  if (o.what == "registers") return ListRegisters(call, o);
  if (o.what == "incidents") return ListIncidents(call, o);
  if (o.what == "pools") return ListPools(call, o);
  if (o.what == "events") return ListEvents(call, o);
  std::cerr << "veiligctl list: unknown list '" << o.what
            << "'; choose measures, cases, registers, incidents, pools or events\n";
  return 2;
}

}  // namespace veilig::ctl
