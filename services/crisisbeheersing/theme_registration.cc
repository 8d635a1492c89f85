// The Rampenbestrijding en crisisbeheersing theme and its service.
#include "common/theme/themes.h"
#include "services/crisisbeheersing/domain/section_tables.h"

namespace veilig::crisisbeheersing {
namespace {

std::vector<common::v1::SectionTable> TablesFromV1Data(const common::v1::ThemeSection& section) {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  return SectionTables(section.crisisbeheersing());
#pragma GCC diagnostic pop
}

const theme::ThemeRegistration kCrisisbeheersing({.theme = common::v1::THEME_CRISISBEHEERSING,
                                                  .slug = "crisisbeheersing",
                                                  .title = "Rampenbestrijding en crisisbeheersing",
                                                  .service = "crisisbeheersing",
                                                  .plan_order = 40,
                                                  .default_port = 50054,
                                                  .default_metrics_port = 9464,
                                                  .tables_from_v1_data = TablesFromV1Data});

}  // namespace
}  // namespace veilig::crisisbeheersing
