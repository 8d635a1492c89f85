// The dashboard's addresses, in one place: its pages (Dutch, for people),
// their CSV downloads (the same address with formaat=csv) and their JSON
// twins under /api/v1 (English, NLGov naming).
#pragma once

#include <string>

namespace veilig::gateway {

struct MapQuery {
  std::string indicator;
  std::string period;
  // Empty: the municipality's wijken; a wijk's code: its buurten.
  std::string area;
  // Table order: "naam" (default), "aantal", "waarde", "verandering" or
  // "verschil"; descending when `descending`.
  std::string sort;
  bool descending = false;
};

// The map of an indicator in a period, over the wijken or (with a wijk as
// `area`) its buurten, in name order.
MapQuery MapOf(const std::string& indicator, const std::string& period,
               const std::string& area = "");

std::string OverviewUrl(const std::string& municipality);
std::string MapUrl(const std::string& municipality, const MapQuery& query);
std::string AreaUrl(const std::string& municipality, const std::string& area);
// The BBV policy indicators against Nederland, per year.
std::string PrescribedUrl(const std::string& municipality);
// Where the indicators rose beyond chance in the wijken and buurten.
std::string SignalsUrl(const std::string& municipality);
// A page's CSV: `page_url` with formaat=csv, RFC 4180 with `rfc4180`.
std::string CsvUrl(const std::string& page_url, bool rfc4180 = false);

std::string OverviewApiUrl(const std::string& municipality);
std::string MapApiUrl(const std::string& municipality, const MapQuery& query);
std::string AreaApiUrl(const std::string& municipality, const std::string& area);
std::string PrescribedApiUrl(const std::string& municipality);
std::string SignalsApiUrl(const std::string& municipality);

}  // namespace veilig::gateway
