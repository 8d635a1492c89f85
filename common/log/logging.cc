#include "common/log/logging.h"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "common/log/json_formatter.h"

namespace veilig::log {

void InitLogging(const std::string& service, const std::string& level) {
  auto logger = spdlog::stderr_logger_mt(service);
  logger->set_formatter(std::make_unique<JsonLinesFormatter>(service));
  auto parsed = spdlog::level::from_str(level);
  logger->set_level(parsed == spdlog::level::off ? spdlog::level::info : parsed);
  logger->flush_on(spdlog::level::info);
  spdlog::set_default_logger(std::move(logger));
}

}  // namespace veilig::log
