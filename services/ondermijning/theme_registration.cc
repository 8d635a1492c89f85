// The Ondermijning theme and its service.
#include "common/theme/themes.h"
#include "services/ondermijning/domain/section_tables.h"

namespace veilig::ondermijning {
namespace {

std::vector<common::v1::SectionTable> TablesFromV1Data(const common::v1::ThemeSection& section) {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  return SectionTables(section.ondermijning());
#pragma GCC diagnostic pop
}

const theme::ThemeRegistration kOndermijning(
    {.theme = common::v1::THEME_ONDERMIJNING,
     .slug = "ondermijning",
     .title = "Ondermijning en georganiseerde criminaliteit",
     .service = "ondermijning",
     .plan_order = 20,
     .default_port = 50052,
     .default_metrics_port = 9462,
     .tables_from_v1_data = TablesFromV1Data});

}  // namespace
}  // namespace veilig::ondermijning
