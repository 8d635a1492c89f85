// The themes the veilige-wijken service owns: general development (the
// city's total registered crime) and Veilige wijken.
#include "common/theme/themes.h"
#include "services/veilige-wijken/domain/section_tables.h"

namespace veilig::veiligewijken {
namespace {

std::vector<common::v1::SectionTable> TablesFromV1Data(const common::v1::ThemeSection& section) {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  return SectionTables(section.veilige_wijken());
#pragma GCC diagnostic pop
}

const theme::ThemeRegistration kGeneral({.theme = common::v1::THEME_GENERAL,
                                         .slug = "algemeen",
                                         .title = "Algemene ontwikkeling",
                                         .service = "veilige-wijken",
                                         .plan_order = 0,
                                         .default_port = 50051,
                                         .default_metrics_port = 9461});
const theme::ThemeRegistration kVeiligeWijken({.theme = common::v1::THEME_VEILIGE_WIJKEN,
                                               .slug = "veilige_wijken",
                                               .title = "Veilige wijken",
                                               .service = "veilige-wijken",
                                               .plan_order = 10,
                                               .default_port = 50051,
                                               .default_metrics_port = 9461,
                                               .tables_from_v1_data = TablesFromV1Data});

}  // namespace
}  // namespace veilig::veiligewijken
