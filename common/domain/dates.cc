#include "common/domain/dates.h"

#include <chrono>
#include <cstdio>

namespace veilig {

std::string AddDays(const std::string& date, int days) {
  using namespace std::chrono;
  int y = 0;
  unsigned m = 0, d = 0;
  std::sscanf(date.c_str(), "%d-%u-%u", &y, &m, &d);
  const year_month_day moved{sys_days{year{y} / month{m} / day{d}} + std::chrono::days{days}};
  char out[32];
  std::snprintf(out, sizeof(out), "%04d-%02u-%02u", static_cast<int>(moved.year()),
                static_cast<unsigned>(moved.month()), static_cast<unsigned>(moved.day()));
  return out;
}

}  // namespace veilig
