// veiligctl list WHAT: the theme services' own registers, one line each.
#include <iostream>

#include "common/client/channels.h"
#include "common/domain/calendar_date.h"
#include "common/domain/codes.h"
#include "common/domain/resource_name.h"
#include "services/crisisbeheersing/domain/crisis_labels.h"
#include "services/crisisbeheersing/domain/crisis_rules.h"
#include "services/veilige-wijken/domain/measure_labels.h"
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
  std::string what, municipality, period, date;
  // "municipalities/{municipality}".
  std::string parent;
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

// Asks for `request` page after page, handing each response to `each`.
template <typename Response, typename Request, typename List, typename Each>
grpc::Status EveryPage(Request request, List list, Each each) {
  do {
    Response response;
    if (grpc::Status status = list(request, &response); !status.ok()) return status;
    each(response);
    request.set_page_token(response.next_page_token());
  } while (!request.page_token().empty());
  return grpc::Status::OK;
}

int ListMeasures(const CallOptions& call, const ListOptions& o) {
  auto stub = Stub<vw::VeiligeWijkenService>(call, "veilige-wijken");
  const auto print = [](const vw::ListMeasuresResponse& response) {
    for (const auto& m : response.measures()) {
      std::cout << m.name() << "\t" << veiligewijken::MeasureKindLabel(m.kind()) << "\t"
                << IsoDate(m.valid_from()) << "\t"
                << (IsSet(m.valid_until()) ? IsoDate(m.valid_until()) : "-") << "\t" << m.area()
                << "\n";
    }
  };
  grpc::Status status;
  if (o.within_days > 0) {
    vw::ListExpiringMeasuresRequest request;
    request.set_parent(o.parent);
    *request.mutable_date() = DateFromIso(o.date);
    request.set_within_days(o.within_days);
    status = EveryPage<vw::ListMeasuresResponse>(
        request,
        [&](const auto& r, auto* out) {
          return stub->ListExpiringMeasures(call.NewContext().get(), r, out);
        },
        print);
  } else if (!o.date.empty()) {
    vw::ListMeasuresInForceRequest request;
    request.set_parent(o.parent);
    *request.mutable_date() = DateFromIso(o.date);
    status = EveryPage<vw::ListMeasuresResponse>(
        request,
        [&](const auto& r, auto* out) {
          return stub->ListMeasuresInForce(call.NewContext().get(), r, out);
        },
        print);
  } else {
    vw::ListMeasuresRequest request;
    request.set_parent(o.parent);
    request.set_period(o.period);
    status = EveryPage<vw::ListMeasuresResponse>(
        request,
        [&](const auto& r, auto* out) {
          return stub->ListMeasures(call.NewContext().get(), r, out);
        },
        print);
  }
  return status.ok() ? 0 : Failed(status);
}

int ListCases(const CallOptions& call, const ListOptions& o) {
  auto stub = Stub<om::OndermijningService>(call, "ondermijning");
  if (!o.period.empty()) {
    om::GetCaseCountsRequest request;
    request.set_parent(o.parent);
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
  request.set_parent(o.parent);
  auto status = EveryPage<om::ListCasesResponse>(
      request,
      [&](const auto& r, auto* out) { return stub->ListCases(call.NewContext().get(), r, out); },
      [](const om::ListCasesResponse& response) {
        for (const auto& c : response.cases()) {
          std::cout << c.name() << "\t" << c.reference() << "\t" << c.category() << "\t"
                    << IsoDate(c.opened_on()) << "\t"
                    << (IsSet(c.closed_on()) ? IsoDate(c.closed_on()) : "open") << "\n";
        }
      });
  return status.ok() ? 0 : Failed(status);
}

int ListRegisters(const CallOptions& call, const ListOptions& o) {
  auto stub = Stub<zv::ZorgVeiligheidService>(call, "zorg-veiligheid");
  zv::ListRegisterCountsRequest request;
  request.set_parent(o.parent);
  request.set_period(o.period);
  auto status = EveryPage<zv::ListRegisterCountsResponse>(
      request,
      [&](const auto& r, auto* out) {
        return stub->ListRegisterCounts(call.NewContext().get(), r, out);
      },
      [](const zv::ListRegisterCountsResponse& response) {
        for (const auto& c : response.counts()) {
          std::cout << zv::Register_Name(c.register_()) << "\t" << c.period() << "\t" << c.count()
                    << "\n";
        }
      });
  return status.ok() ? 0 : Failed(status);
}

int ListIncidents(const CallOptions& call, const ListOptions& o) {
  auto stub = Stub<cb::CrisisbeheersingService>(call, "crisisbeheersing");
  cb::ListIncidentsRequest request;
  request.set_parent(o.parent);
  request.set_period(o.period);
  if (!o.min_grip.empty()) {
    auto grip = crisisbeheersing::ParseGripLevel(o.min_grip);
    if (!grip) {
      std::cerr << "veiligctl list: --min-grip must be 0-5 or Rijk\n";
      return 2;
    }
    request.set_min_grip(*grip);
  }
  auto status = EveryPage<cb::ListIncidentsResponse>(
      request,
      [&](const auto& r, auto* out) {
        return stub->ListIncidents(call.NewContext().get(), r, out);
      },
      [](const cb::ListIncidentsResponse& response) {
        for (const auto& i : response.incidents()) {
          std::cout << i.name() << "\t" << IsoDate(i.date()) << "\t"
                    << crisisbeheersing::GripLabel(i.grip()) << "\t" << i.title() << "\n";
        }
      });
  return status.ok() ? 0 : Failed(status);
}

int ListPools(const CallOptions& call, const ListOptions& o) {
  auto stub = Stub<cb::CrisisbeheersingService>(call, "crisisbeheersing");
  cb::ListOnCallPoolsRequest request;
  request.set_parent(o.parent);
  request.set_understaffed_only(o.understaffed);
  auto status = EveryPage<cb::ListOnCallPoolsResponse>(
      request,
      [&](const auto& r, auto* out) {
        return stub->ListOnCallPools(call.NewContext().get(), r, out);
      },
      [](const cb::ListOnCallPoolsResponse& response) {
        for (const auto& p : response.pools()) {
          std::cout << p.function() << "\t" << p.filled() << "/" << p.required()
                    << (p.understaffed() ? "\tonderbezet" : "") << "\n";
        }
      });
  return status.ok() ? 0 : Failed(status);
}

int ListEvents(const CallOptions& call, const ListOptions& o) {
  auto stub = Stub<cb::CrisisbeheersingService>(call, "crisisbeheersing");
  cb::ListEventAdviceRequest request;
  request.set_parent(o.parent);
  request.set_period(o.period);
  auto status = EveryPage<cb::ListEventAdviceResponse>(
      request,
      [&](const auto& r, auto* out) {
        return stub->ListEventAdvice(call.NewContext().get(), r, out);
      },
      [](const cb::ListEventAdviceResponse& response) {
        for (const auto& e : response.events()) {
          std::cout << IsoDate(e.start_date()) << "\t" << IsoDate(e.end_date()) << "\t"
                    << e.risk_class() << "\t" << e.event() << "\n";
        }
      });
  return status.ok() ? 0 : Failed(status);
}

}  // namespace

int RunList(int argc, char** argv) {
  CallOptions call;
  ListOptions o;
  namespace po = config::po;
  po::options_description description;
  description.add_options()("what", po::value(&o.what)->required(),
                            "measures, cases, registers, incidents, pools or events")(
      "municipality", po::value(&o.municipality)->required(),
      "CBS code of the municipality whose records to list, e.g. GM0034")(
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
  if (!IsMunicipalityCode(o.municipality)) {
    std::cerr << "veiligctl list: --municipality must be a CBS code such as GM0034\n";
    return 2;
  }
  o.parent = MunicipalityName(o.municipality);
  if (!o.date.empty() && !IsIsoDate(o.date)) {
    std::cerr << "veiligctl list: --date must be a date written YYYY-MM-DD\n";
    return 2;
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
